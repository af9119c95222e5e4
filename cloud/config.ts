import type { ReaderConfig } from './access/read-access.js';
import { readConfigFile, validateConfig } from '../common/config.js';
import { WxError } from '../common/errors.js';
import { analysisConfigSchema, type AnalysisConfig } from './analysis/config.js';
import { forecastConfigSchema, type ForecastConfig } from './forecast/config.js';

/**
 * The hub's configuration file (YAML or JSON, `--config` / WX_CLOUD_CONFIG). Everything is optional:
 * with no file the hub accepts only the `--gateway-token` bearer token and writes to SQLite alone.
 *
 * ```yaml
 * gateways:
 *   - id: gw-beijing
 *     tokenSha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * influx:
 *   url: http://127.0.0.1:8428
 *   token: secret
 *   org: wx
 *   bucket: observations
 * ```
 */
export interface GatewayConfig {
  /** Gateway id, [A-Za-z0-9_.-]{1,64}; the id its batches are stored under. */
  id: string;
  /** SHA-256 (hex) of the gateway's bearer token (`hashToken` in common/credentials.ts). */
  tokenSha256: string;
}

export interface InfluxConfig {
  url: string;
  token: string;
  org: string;
  bucket: string;
  /** Measurement name; VictoriaMetrics names series `<measurement>_<field>`. */
  measurement: string;
  /** [100...60000] ms between flushes of the write buffer. */
  flushIntervalMs: number;
  /** [1...100000] points per HTTP write. */
  batchSize: number;
  /** [1000...10000000] lines kept for retry before the oldest are dropped (and counted). */
  maxBufferLines: number;
  /** [0...20] retries of a failed write. */
  maxRetries: number;
  /**
   * [1000...3600000] ms between tries to write again, from the store, what was dropped while
   * InfluxDB did not answer (cloud/store/influx.ts).
   */
  backfillIntervalMs: number;
}

export interface IngestConfig {
  /**
   * [64...1048576] KiB of HTTP/2 receive window per gateway stream and connection: what a gateway
   * may send ahead of the hub's reading. 64 KiB (HTTP/2's default) caps a gateway at a few thousand
   * readings/s over a 100 ms link and slows it even on loopback; 4096 by default.
   */
  flowControlWindowKiB: number;
}

export interface StoreConfig {
  /**
   * FULL (default): a batch is acknowledged to its gateway only once it would survive a power cut
   * (the gateway deletes what the hub acknowledged). NORMAL: survives a hub crash, not a power cut;
   * only for a hub on a battery-backed or replicated volume.
   */
  synchronous: 'FULL' | 'NORMAL';
  /**
   * [8...65536] MiB of SQLite page cache for the store's writer (default 256). Most of the hub's
   * memory: inserts land on every active station's B-tree leaf, and those pages should stay cached
   * (bench:pipeline: hub peak 403-516 MB at 256 MiB, 240 MB at 32 MiB). A small hub may lower it.
   */
  cacheSizeMiB: number;
}

export interface CloudConfig {
  gateways: GatewayConfig[];
  ingest: IngestConfig;
  store: StoreConfig;
  influx?: InfluxConfig;
  /** Cycling analysis (cloud/analysis/config.ts); off unless `analysis.enabled`. */
  analysis?: AnalysisConfig;
  /** Forecast cycle after each analysis (cloud/forecast/config.ts); off unless `forecast.enabled`. */
  forecast?: ForecastConfig;
  /** Model registry and rollouts (cloud/models/): REST writes and gRPC ModelOps need this operator token. */
  models?: { operatorTokenSha256: string; chunkSizeBytes: number };
  /** Who may read over REST and gRPC (cloud/access/read-access.ts): none listed, anyone. */
  api: { readers: ReaderConfig[]; dashboard: boolean };
}

/** A gateway's or a reader's entry: its name under `key`, and SHA-256 of its token (printf %s "$TOKEN" | sha256sum). */
function namedToken(key: 'id' | 'name') {
  return {
    type: 'object',
    additionalProperties: false,
    required: [key, 'tokenSha256'],
    properties: {
      [key]: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
      tokenSha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'SHA-256 (hex) of the bearer token' },
    },
  } as const;
}

export const cloudConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    gateways: {
      type: 'array',
      default: [],
      items: namedToken('id'),
    },
    ingest: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        flowControlWindowKiB: { type: 'integer', minimum: 64, maximum: 1_048_576, default: 4096 },
      },
    },
    store: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        synchronous: { enum: ['FULL', 'NORMAL'], default: 'FULL' },
        cacheSizeMiB: { type: 'integer', minimum: 8, maximum: 65_536, default: 256 },
      },
    },
    influx: {
      type: 'object',
      additionalProperties: false,
      required: ['url', 'token', 'org', 'bucket'],
      properties: {
        url: { type: 'string', format: 'uri', pattern: '^https?://' },
        token: { type: 'string' },
        org: { type: 'string', minLength: 1 },
        bucket: { type: 'string', minLength: 1 },
        measurement: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'wx_observation' },
        flushIntervalMs: { type: 'integer', minimum: 100, maximum: 60000, default: 1000 },
        batchSize: { type: 'integer', minimum: 1, maximum: 100000, default: 5000 },
        maxBufferLines: { type: 'integer', minimum: 1000, maximum: 10000000, default: 100000 },
        maxRetries: { type: 'integer', minimum: 0, maximum: 20, default: 3 },
        backfillIntervalMs: { type: 'integer', minimum: 1000, maximum: 3_600_000, default: 30_000 },
      },
    },
    analysis: analysisConfigSchema,
    forecast: forecastConfigSchema,
    api: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        readers: {
          type: 'array',
          default: [],
          description: 'bearer tokens that may read stations, observations, fields and nowcasts; none: reads are open to anyone who reaches the ports',
          items: namedToken('name'),
        },
        dashboard: { type: 'boolean', default: true, description: 'serve the web dashboard at / (false: the REST API only)' },
      },
    },
    models: {
      type: 'object',
      additionalProperties: false,
      required: ['operatorTokenSha256'],
      properties: {
        operatorTokenSha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'SHA-256 (hex) of the operator bearer token' },
        chunkSizeBytes: { type: 'integer', minimum: 1024, maximum: 1_048_576, default: 32_768, description: '[1024...1048576] bytes per chunk a device asks for (MQTT payload size)' },
      },
    },
  },
} as const;

/** "gateways.2.id: duplicates gateways.0.id (gw-a)" for each value met before in the list. */
function repeats(values: readonly string[], list: string, field: string): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  values.forEach((v, i) => {
    const first = seen.get(v);
    if (first !== undefined) out.push(`${list}.${i}.${field}: duplicates ${list}.${first}.${field} (${v})`);
    else seen.set(v, i);
  });
  return out;
}

/** Validates a parsed config object (every problem listed by field) and checks gateway ids and reader names are unique. */
export function validateCloudConfig(data: unknown, source: string): CloudConfig {
  const config = validateConfig<CloudConfig>(cloudConfigSchema, data ?? {}, source);
  const details = [...repeats(config.gateways.map((g) => g.id), 'gateways', 'id'), ...repeats(config.api.readers.map((r) => r.name), 'api.readers', 'name')];
  if (details.length > 0) {
    throw new WxError('WX_ERR_CONFIG_INVALID', `${source}: configuration is invalid (${details.length} error${details.length === 1 ? '' : 's'})`, { details });
  }
  return config;
}

export function loadCloudConfig(path: string | undefined): CloudConfig {
  if (path === undefined) return validateCloudConfig({}, '(defaults)');
  return validateCloudConfig(readConfigFile(path), path);
}
