import type { VariableName } from '../../common/variables.js';

/**
 * The contract between the agent and its quality control. QC never changes or drops a value: it
 * returns a flag (wx.v1.QcFlag number) and a bitmask of the tests that fired (wx.v1.QcTest bits).
 */
export interface QcSample {
  seq: number;
  /** Device clock, Unix ms. */
  timeMs: number;
  clockSynced: boolean;
  /** Raw values; NaN or absent = missing. */
  values: Partial<Record<VariableName, number>>;
}

export interface QcVariableResult {
  value: number;
  /** wx.v1.QcFlag: 1 good, 2 suspect, 3 bad, 4 missing. */
  flag: number;
  /** wx.v1.QcTest bitmask of the tests that fired. */
  tests: number;
}

export interface QcOutcome {
  seq: number;
  timeMs: number;
  /** Timestamp before 2000-01-01 or beyond the allowed clock skew into the future. */
  clockSuspect: boolean;
  variables: Partial<Record<VariableName, QcVariableResult>>;
}

/**
 * Streaming QC with a one-sample look-ahead: the spike test needs both neighbours, so a sample is
 * decided when its successor arrives (or when flush() is called: a timeout or shutdown, in which case
 * the spike test is not applied to it). Samples are pushed in time order.
 */
export interface QcEngine {
  /** Feeds the next sample; returns the outcomes now decided (normally the previous sample's). */
  push(sample: QcSample, nowMs: number): QcOutcome[];
  /** Decides the held sample without its right neighbour. */
  flush(nowMs: number): QcOutcome[];
  /** Restores history after a restart (already-decided samples, oldest first); emits nothing. */
  prime(history: QcSample[]): void;
}

/**
 * Per-variable thresholds. Every field is optional; an absent field disables that test. Units are
 * the variable's unit (common/variables.ts).
 */
export interface VariableQcConfig {
  /** Sensor measuring range: outside is bad. */
  sensorMin?: number;
  sensorMax?: number;
  /** Plausible climate limits for the site: outside is suspect. */
  climateMin?: number;
  climateMax?: number;
  /** Largest plausible change per hour (scaled to the actual time step). */
  maxStepPerHour?: number;
  /** Flat line: a change below `persistenceMinChange` over `persistenceWindowMs` is suspect. */
  persistenceWindowMs?: number;
  persistenceMinChange?: number;
  /** Spike: |x - mean(neighbours)| - |x_prev - x_next|/2 above this is a spike. */
  spikeThreshold?: number;
}

export interface QcConfig {
  variables: Partial<Record<VariableName, VariableQcConfig>>;
  /** Readings stamped further than this ahead of the device's own notion of now are clock-suspect. */
  maxFutureSkewMs: number;
  /** Wind speed at or below this is calm (direction is then meaningless). m/s. */
  calmWindMs: number;
}
