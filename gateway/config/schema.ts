/**
 * The gateway configuration: one JSON Schema (checked at start, every error listed by field, defaults
 * filled in) and the TypeScript shape it produces. Units are in the names; ranges in the schema.
 */
import { MAX_MQTT_PAYLOAD_BYTES } from '../../protos/index.js';
import { fusionRunConfigSchema, type FusionRunConfig } from '../fusion-runner/config.js';

const ID = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } as const;

export interface DeviceConfig {
  deviceId: string;
  site: string;
  /** `scrypt$N$salt$hash` from `wx-gateway hash-password`; never the password itself. */
  passwordHash: string;
  enabled: boolean;
}

export interface ForwardingConfig {
  /** [1...10000] readings/statuses per ForwardBatch. */
  batchMaxReadings: number;
  /** [1...1024] batches sent and not yet acknowledged by the cloud; 256 by default (maxInflightReadings bounds the memory). */
  maxInflightBatches: number;
  maxInflightReadings: number;
  /** [10...60000] ms, first reconnect delay; doubles per failure up to retryMaxMs (with jitter). */
  retryInitialMs: number;
  /** [100...600000] ms */
  retryMaxMs: number;
  /** [1000...600000] ms without an ack for the oldest in-flight batch before the stream is restarted. */
  ackTimeoutMs: number;
  /** [10...60000] ms, how often the outbox is polled when nothing new was announced. */
  pollIntervalMs: number;
}

export interface OutboxConfig {
  /** [1000...1e9] rows (readings + statuses) kept while the cloud is away; beyond it devices are refused. */
  maxRows: number;
  /** FULL: every PUBACKed reading survives a power cut; NORMAL: survives a process crash only. */
  synchronous: 'FULL' | 'NORMAL';
  /**
   * [0...1048576] MiB: once a drained backlog has left at least this much of the file free, give it
   * back to the disk (common/sqlite-space.ts); 0 = keep the file at its largest.
   */
  reclaimFreeMiB: number;
  /**
   * [1...65536] MiB of disk held in a reserve file beside the outbox (common/disk-reserve.ts): on a
   * full disk it is given up so acknowledged rows can still be deleted. At least the WAL's size
   * (16 MiB at most between checkpoints), or a full disk may need an operator to free space.
   */
  reserveMiB: number;
}

/**
 * Backpressure to devices (gateway/ingest/backpressure.ts): beyond a high-water mark, and only while
 * the cloud is reachable, PUBACKs are held until the backlog is under the low-water mark. A mark of 0
 * turns that criterion off.
 */
export interface BackpressureConfig {
  /** [0...1e9] outbox rows (readings + statuses) at which PUBACKs start to be held; 0 = off. */
  highWaterRows: number;
  /** [0...1e9] rows under which held PUBACKs are released (at most highWaterRows). */
  lowWaterRows: number;
  /** [0...86400000] ms, age of the oldest outbox row at which PUBACKs start to be held; 0 = off. */
  highWaterAgeMs: number;
  /** [0...86400000] ms, oldest-row age under which held PUBACKs are released (at most highWaterAgeMs). */
  lowWaterAgeMs: number;
}

export interface LimitsConfig {
  /** [64...MAX_MQTT_PAYLOAD_BYTES] bytes per MQTT payload. */
  maxPayloadBytes: number;
  /** [0...] ms a reading's time may be ahead of the gateway clock before it is flagged clock_suspect. */
  maxFutureSkewMs: number;
}

export interface BridgeConfig {
  url?: string;
  username?: string;
  password?: string;
  /** Fixed client id so the external broker keeps a persistent session (QoS 1 queued while away). */
  clientId?: string;
  topics: string[];
}

export interface GatewayConfig {
  gatewayId: string;
  devices: DeviceConfig[];
  /** Optional YAML/JSON file with more devices (a list, or `{ devices: [...] }`), relative to the config. */
  devicesFile?: string;
  forwarding: ForwardingConfig;
  outbox: OutboxConfig;
  backpressure: BackpressureConfig;
  limits: LimitsConfig;
  bridge?: BridgeConfig;
  /** Fusion and spatial QC at run time (gateway/fusion-runner/config.ts); off unless enabled. */
  fusion?: FusionRunConfig;
}

export const deviceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['deviceId', 'site', 'passwordHash'],
  properties: {
    deviceId: ID,
    site: ID,
    passwordHash: { type: 'string', pattern: '^scrypt\\$\\d+\\$[0-9a-f]+\\$[0-9a-f]+$' },
    enabled: { type: 'boolean', default: true },
  },
} as const;

export const devicesFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['devices'],
  properties: { devices: { type: 'array', items: deviceSchema } },
} as const;

export const gatewayConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['gatewayId'],
  properties: {
    gatewayId: ID,
    devices: { type: 'array', items: deviceSchema, default: [] },
    devicesFile: { type: 'string', minLength: 1 },
    forwarding: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        batchMaxReadings: { type: 'integer', minimum: 1, maximum: 10000, default: 4000 },
        // The window is bounded in readings (memory: ~150 B each) and in batches. Under a steady
        // load batches are small (each holds what arrived since the last one), and a window of 8
        // batches capped throughput at ~50k readings/s by round trips alone (docs/perf-notes.md); 64
        // filled within ~0.2 s whenever a hub commit waited on a slow fsync, holding readings back.
        maxInflightBatches: { type: 'integer', minimum: 1, maximum: 1024, default: 256 },
        maxInflightReadings: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 32_000 },
        retryInitialMs: { type: 'integer', minimum: 10, maximum: 60000, default: 500 },
        retryMaxMs: { type: 'integer', minimum: 100, maximum: 600000, default: 30000 },
        ackTimeoutMs: { type: 'integer', minimum: 1000, maximum: 600000, default: 30000 },
        pollIntervalMs: { type: 'integer', minimum: 10, maximum: 60000, default: 1000 },
      },
    },
    outbox: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxRows: { type: 'integer', minimum: 1000, maximum: 1000000000, default: 5000000 },
        synchronous: { enum: ['FULL', 'NORMAL'], default: 'FULL' },
        reclaimFreeMiB: { type: 'integer', minimum: 0, maximum: 1048576, default: 64 },
        reserveMiB: { type: 'integer', minimum: 1, maximum: 65536, default: 32 },
      },
    },
    backpressure: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        highWaterRows: { type: 'integer', minimum: 0, maximum: 1000000000, default: 200000 },
        lowWaterRows: { type: 'integer', minimum: 0, maximum: 1000000000, default: 100000 },
        highWaterAgeMs: { type: 'integer', minimum: 0, maximum: 86400000, default: 10000 },
        lowWaterAgeMs: { type: 'integer', minimum: 0, maximum: 86400000, default: 5000 },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxPayloadBytes: { type: 'integer', minimum: 64, maximum: MAX_MQTT_PAYLOAD_BYTES, default: MAX_MQTT_PAYLOAD_BYTES },
        maxFutureSkewMs: { type: 'integer', minimum: 0, default: 86400000 },
      },
    },
    bridge: {
      type: 'object',
      additionalProperties: false,
      properties: {
        url: { type: 'string', pattern: '^(mqtt|mqtts|tcp|ssl|ws|wss)://' },
        username: { type: 'string' },
        password: { type: 'string' },
        clientId: { type: 'string', minLength: 1, maxLength: 64 },
        topics: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, default: ['wx/v1/+/+/readings', 'wx/v1/+/+/status'] },
      },
    },
    fusion: fusionRunConfigSchema,
  },
} as const;
