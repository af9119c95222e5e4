import type { VariableName } from '../../common/variables.js';
import type { QcConfig } from '../qc/index.js';

/** A validated firmware config (see schema.ts for ranges and defaults). Frozen after validation. */
export type SourceKind = 'replay-beijing' | 'replay-jena' | 'simulated' | 'iio';
export type FaultKind = 'spike' | 'stuck' | 'drift' | 'offset' | 'dropout';
export type IioVariable = 'temperature' | 'pressure' | 'relative_humidity';

export interface ReplayOptions {
  file: string;
  speedup: number;
  startLocalTime?: string;
  loop: boolean;
}

export interface FaultSpec {
  kind: FaultKind;
  variable: VariableName;
  atSample: number;
  durationSamples: number;
  magnitude: number;
}

export interface SimulatedOptions {
  seed: number;
  speedup: number;
  startTime?: string;
  meanTemperatureC: number;
  diurnalAmplitudeC: number;
  meanPressureHpa: number;
  meanRelativeHumidityPct: number;
  meanWindSpeedMs: number;
  noiseScale: number;
  faults: FaultSpec[];
}

export interface IioDeviceSpec {
  name: string;
  variables?: IioVariable[];
}

export interface IioOptions {
  sysfsRoot: string;
  devices?: IioDeviceSpec[];
  derivedDewPoint: boolean;
}

export interface FirmwareConfig {
  deviceId: string;
  site: string;
  station: { name: string; latitude: number; longitude: number; elevationM: number | null };
  hardware: string;
  samplingIntervalMs: number;
  source: { kind: SourceKind; replay?: ReplayOptions; simulated?: SimulatedOptions; iio?: IioOptions };
  gateway: { url: string; username?: string; caFile?: string; password?: string; protocolVersion: 4 | 5; keepaliveS: number; reconnectPeriodMs: number; reconnectMaxMs: number; connectTimeoutMs: number };
  /** Whatever the QC schema accepts; merged over defaultQcConfig() before use (see effectiveQcConfig). */
  qc?: Partial<QcConfig>;
  outbox: { maxReadings: number; onFull: 'drop-oldest' | 'stop-sampling'; historyMaxAgeMs: number; reserveMiB: number };
  publish: { batchMaxReadings: number; inflightMax: number; statusIntervalMs: number };
  clock: { syncCheck: 'systemd-timesync' | 'assume-synced' | 'assume-unsynced'; syncFlagFile: string; maxFutureSkewMs: number };
  nowcast: NowcastConfig;
}

export interface NowcastConfig {
  enabled: boolean;
  cardPath?: string;
  precision: 'int8' | 'fp32';
  cycleIntervalMs: number;
  threads: number;
  providers: ('tensorrt' | 'cuda' | 'cpu')[];
  minHistoryReadings: number;
  maxPending: number;
  clock: 'auto' | 'data' | 'wall';
  update?: { publicKeyPem: string; watchCycles: number; chunkTimeoutMs: number };
}
