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

  // Extensions (all optional; see device-agent/qc/defaults.ts for the values used and why).
  /** A step larger than this many times the allowed step is bad rather than suspect. [> 1] */
  stepBadFactor?: number;
  /** A flat line lasting this many persistence windows is bad rather than suspect. [>= 1] */
  persistenceBadFactor?: number;
  /**
   * Window used instead of `persistenceWindowMs` while the series reads at coarse resolution (most
   * recent changes are multiples of `persistenceCoarseResolution`), where a real flat line is far more
   * common: Beijing's whole-number months. ms; absent = `persistenceWindowMs`.
   */
  persistenceCoarseWindowMs?: number;
  /** The coarse resolution, in the variable's unit; default 1 (whole numbers). */
  persistenceCoarseResolution?: number;
  /** Values at or below this never count as a flat line (calm wind, no rain). */
  persistenceExemptAtOrBelow?: number;
  /** Values at or above this never count as a flat line (humidity saturated at 100 %). */
  persistenceExemptAtOrAbove?: number;
  /** A spike larger than this many times the threshold is bad rather than suspect. [> 1] */
  spikeBadFactor?: number;
}

export interface QcConfig {
  variables: Partial<Record<VariableName, VariableQcConfig>>;
  /** Readings stamped further than this ahead of the device's own notion of now are clock-suspect. */
  maxFutureSkewMs: number;
  /** Wind speed at or below this is calm (direction is then meaningless). m/s. */
  calmWindMs: number;

  // Extensions (all optional; defaults in device-agent/qc/defaults.ts).
  /** Dew point above temperature by more than this is suspect (both flagged). °C, default 0.5. */
  dewPointMarginC?: number;
  /** Dew point above temperature by more than this is bad (dew point). °C, default 3. */
  dewPointBadMarginC?: number;
  /**
   * Relative humidity further than this from the humidity implied by temperature and dew point
   * (Magnus formula) flags both as suspect. %, default 10; only when all three are measured.
   */
  rhDewPointTolerancePct?: number;
  /** A gap between samples longer than this restarts the step, spike and persistence tests. ms, default 6 h. */
  gapResetMs?: number;
}
