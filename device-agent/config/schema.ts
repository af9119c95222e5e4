import { ID_PATTERN } from '../../common/topics.js';
import { VARIABLE_NAMES } from '../../common/variables.js';
import { qcConfigSchema } from '../qc/index.js';

/**
 * JSON Schema of a station's firmware config (firmware-configs/*.yaml). The source of truth:
 * firmware-configs/schema.json is written from it by `node --import tsx device-agent/config/write-schema.ts`
 * and a test fails when the two drift. Ranges are documented with their unit in each description.
 */
const id = { type: 'string', pattern: ID_PATTERN.source };

const replaySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['file'],
  properties: {
    file: { type: 'string', minLength: 1, description: 'station file, relative to the shared data folder ($WX_SHARED_DATA) or absolute' },
    speedup: { type: 'number', exclusiveMinimum: 0, maximum: 1e9, default: 3600, description: 'simulated seconds per real second (3600 = one hour of data per second)' },
    startLocalTime: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$', description: "first row to replay, in the file's local time 'YYYY-MM-DD[ HH:MM]' (used only without a saved cursor)" },
    loop: { type: 'boolean', default: false, description: 'start again at the end, shifting times by whole laps so they keep increasing' },
  },
} as const;

const faultSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'variable', 'atSample'],
  properties: {
    kind: { enum: ['spike', 'stuck', 'drift', 'offset', 'dropout'] },
    variable: { enum: [...VARIABLE_NAMES] },
    atSample: { type: 'integer', minimum: 0, description: 'sample index (0 = first sample) where the fault starts' },
    durationSamples: { type: 'integer', minimum: 1, default: 1, description: 'samples affected (spike: always 1)' },
    magnitude: { type: 'number', default: 0, description: "in the variable's unit: spike/offset size, drift reached at the end" },
  },
} as const;

const simulatedSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    seed: { type: 'integer', minimum: 0, default: 1 },
    speedup: { type: 'number', exclusiveMinimum: 0, maximum: 1e9, default: 1, description: 'simulated seconds per real second' },
    startTime: { type: 'string', format: 'date-time', description: 'time of the first sample (default: the clock at first start)' },
    meanTemperatureC: { type: 'number', minimum: -60, maximum: 50, default: 12 },
    diurnalAmplitudeC: { type: 'number', minimum: 0, maximum: 30, default: 6, description: 'half the day-night range, °C' },
    meanPressureHpa: { type: 'number', minimum: 500, maximum: 1100, default: 1013 },
    meanRelativeHumidityPct: { type: 'number', minimum: 1, maximum: 100, default: 70 },
    meanWindSpeedMs: { type: 'number', minimum: 0, maximum: 60, default: 3 },
    noiseScale: { type: 'number', minimum: 0, maximum: 10, default: 1, description: 'multiplies the built-in noise levels (0 = noiseless)' },
    faults: { type: 'array', items: faultSchema, default: [] },
  },
} as const;

const iioSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sysfsRoot: { type: 'string', minLength: 1, default: '/sys/bus/iio/devices' },
    devices: {
      type: 'array',
      minItems: 1,
      description: 'IIO devices to read, found by the driver name in their `name` file',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1, description: 'driver name: bme280, bmp280, bme680, sht3x, ...' },
          variables: { type: 'array', uniqueItems: true, items: { enum: ['temperature', 'pressure', 'relative_humidity'] }, description: 'channels to take from this device (default: every one it has)' },
        },
      },
    },
    derivedDewPoint: { type: 'boolean', default: true, description: 'compute dew point (Magnus formula) from temperature and humidity' },
  },
} as const;

export const firmwareConfigSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://wx-edge.example/firmware-config.schema.json',
  title: 'wx-agent firmware config',
  type: 'object',
  additionalProperties: false,
  required: ['deviceId', 'site', 'station', 'hardware', 'samplingIntervalMs', 'source', 'gateway'],
  properties: {
    deviceId: { ...id, description: 'unique per device; also the MQTT username by default' },
    site: { ...id, description: 'site (gateway) the device belongs to' },
    station: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'latitude', 'longitude'],
      properties: {
        name: { type: 'string', minLength: 1 },
        latitude: { type: 'number', minimum: -90, maximum: 90, description: 'WGS-84 degrees' },
        longitude: { type: 'number', minimum: -180, maximum: 180, description: 'WGS-84 degrees' },
        elevationM: { type: ['number', 'null'], minimum: -500, maximum: 9000, default: null, description: 'metres above sea level; null when unknown' },
      },
    },
    hardware: { type: 'string', minLength: 1, description: "e.g. 'raspberry-pi-4+bme280', 'replay'" },
    samplingIntervalMs: { type: 'integer', minimum: 1000, maximum: 86_400_000, description: '[1000...86400000] ms between samples (replay: the file step)' },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: ['replay-beijing', 'replay-jena', 'simulated', 'iio'] },
        replay: replaySchema,
        simulated: simulatedSchema,
        iio: iioSchema,
      },
      // The options block of the chosen kind is required (ajv strict mode wants the property named in `then`).
      allOf: [
        { if: { type: 'object', properties: { kind: { enum: ['replay-beijing', 'replay-jena'] } } }, then: { type: 'object', required: ['replay'], properties: { replay: { type: 'object' } } } },
        { if: { type: 'object', properties: { kind: { const: 'simulated' } } }, then: { type: 'object', required: ['simulated'], properties: { simulated: { type: 'object' } } } },
        { if: { type: 'object', properties: { kind: { const: 'iio' } } }, then: { type: 'object', required: ['iio'], properties: { iio: { type: 'object' } } } },
      ],
    },
    gateway: {
      type: 'object',
      additionalProperties: false,
      required: ['url'],
      properties: {
        url: { type: 'string', pattern: '^mqtts?://[^\\s/]+$', description: 'mqtt://host:port (or mqtts://)' },
        username: { type: 'string', minLength: 1, description: 'default: deviceId' },
        caFile: { type: 'string', minLength: 1, description: "mqtts:// only: PEM CA bundle to trust for the gateway's certificate (a private CA); default: the system CAs" },
        password: { type: 'string', description: 'better: $WX_AGENT_PASSWORD or --password' },
        protocolVersion: { enum: [4, 5], default: 4, description: 'MQTT 3.1.1 (4, what the gateway\'s aedes broker speaks) or MQTT 5' },
        keepaliveS: { type: 'integer', minimum: 5, maximum: 3600, default: 30, description: '[5...3600] s' },
        reconnectPeriodMs: { type: 'integer', minimum: 100, maximum: 600_000, default: 2000, description: '[100...600000] ms: the longest wait before the first try after a drop; it doubles after each failed try, up to reconnectMaxMs (each wait random below that cap)' },
        reconnectMaxMs: { type: 'integer', minimum: 100, maximum: 3_600_000, default: 30_000, description: '[100...3600000] ms: the cap of the wait between tries (at least reconnectPeriodMs)' },
        connectTimeoutMs: { type: 'integer', minimum: 1000, maximum: 600_000, default: 10_000, description: '[1000...600000] ms' },
      },
    },
    qc: qcConfigSchema,
    outbox: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxReadings: { type: 'integer', minimum: 100, maximum: 10_000_000, default: 100_000, description: 'readings kept unacknowledged at most (default ~69 days at one a minute)' },
        onFull: { enum: ['drop-oldest', 'stop-sampling'], default: 'drop-oldest' },
        historyMaxAgeMs: { type: 'integer', minimum: 0, maximum: 31 * 86_400_000, default: 7 * 86_400_000, description: 'decided readings kept for QC priming and nowcasts, ms of data time' },
        reserveMiB: { type: 'integer', minimum: 1, maximum: 1024, default: 8, description: 'disk held in outbox.reserve beside the outbox and given up when the disk fills, so readings are still stored and acknowledged ones deleted while an operator frees space' },
      },
    },
    publish: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        batchMaxReadings: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
        inflightMax: { type: 'integer', minimum: 1, maximum: 100, default: 4, description: 'batches awaiting PUBACK at once' },
        statusIntervalMs: { type: 'integer', minimum: 1000, maximum: 3_600_000, default: 60_000, description: 'retained status refresh, ms' },
      },
    },
    nowcast: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'on-device nowcasting (issue 3): the model runs on the QC-passed history every cycle and the result goes out on the nowcast topic',
      properties: {
        enabled: { type: 'boolean', default: false },
        cardPath: { type: 'string', minLength: 1, description: "model card (card.json) to start with; relative paths from the agent's working folder. Default: the committed model models/nowcast/station-nowcast-1.2.0" },
        precision: { enum: ['int8', 'fp32'], default: 'int8', description: 'which of the card\'s files to run' },
        cycleIntervalMs: { type: 'integer', minimum: 1000, maximum: 86_400_000, default: 600_000, description: '[1000...86400000] ms of wall-clock time between nowcast cycles' },
        threads: { type: 'integer', minimum: 1, maximum: 64, default: 1, description: '[1...64] onnxruntime intra-op threads (1 on a Raspberry Pi leaves cores for the rest)' },
        providers: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['tensorrt', 'cuda', 'cpu'] }, default: ['cpu'], description: 'execution providers in order of preference; CPU is always the last resort' },
        minHistoryReadings: { type: 'integer', minimum: 1, maximum: 100_000, default: 12, description: 'decided readings needed before the model is asked at all (fewer: an INSUFFICIENT_HISTORY nowcast that says so)' },
        maxPending: { type: 'integer', minimum: 1, maximum: 100_000, default: 200, description: 'unacknowledged nowcasts kept (SQLite) across a disconnect; the oldest go first' },
        update: {
          type: 'object',
          additionalProperties: false,
          required: ['publicKeyPem'],
          description: 'over-the-air model updates: without this section model.deploy commands are refused',
          properties: {
            publicKeyPem: { type: 'string', minLength: 40, description: "the operator's Ed25519 public key (PEM, SPKI); every model file must carry its signature" },
            watchCycles: { type: 'integer', minimum: 1, maximum: 1000, default: 3, description: '[1...1000] nowcasts watched after a swap; a failed one rolls back to the previous model' },
            chunkTimeoutMs: { type: 'integer', minimum: 100, maximum: 600_000, default: 10_000, description: '[100...600000] ms to wait for one chunk before asking again' },
          },
        },
        clock: { enum: ['auto', 'data', 'wall'], default: 'auto', description: "what 'now' is for staleness: 'data' = the newest reading's time (replay), 'wall' = the device clock; auto picks data for replay sources" },
      },
    },
    clock: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        syncCheck: { enum: ['systemd-timesync', 'assume-synced', 'assume-unsynced'], default: 'systemd-timesync', description: 'how a live source decides clockSynced (replay is always synced: times are the file\'s)' },
        syncFlagFile: { type: 'string', default: '/run/systemd/timesync/synchronized' },
        maxFutureSkewMs: { type: 'integer', minimum: 0, default: 86_400_000, description: 'readings stamped further ahead of the clock are clock-suspect, ms' },
      },
    },
  },
} as const;
