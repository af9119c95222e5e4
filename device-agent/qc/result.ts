import { QC_FLAGS } from '../../common/variables.js';

/** What one QC test says about one value: the flag it asks for and its wx.v1.QcTest bit. */
export interface TestResult {
  flag: typeof QC_FLAGS.suspect | typeof QC_FLAGS.bad;
  bit: number;
}

/** A timestamped value, the unit every time-aware test works on. */
export interface TimedValue {
  timeMs: number;
  value: number;
}

export const HOUR_MS = 3_600_000;

/**
 * How thresholds given "per hour" (step) or "at hourly neighbours" (spike) scale to another gap:
 * as a random walk does, with the square root of the gap, never below half. Measured on the data: the
 * largest 10-minute temperature change at Jena is 4.9 °C against 7.8 °C in an hour (ratio 0.62), so a
 * linear scaling (1/6) would flag ordinary 10-minute weather, while √(1/6) = 0.41 floored at 0.5 does not.
 */
export function gapScale(gapMs: number): number {
  return Math.max(0.5, Math.sqrt(gapMs / HOUR_MS));
}

export function suspect(bit: number): TestResult {
  return { flag: QC_FLAGS.suspect, bit };
}

export function bad(bit: number): TestResult {
  return { flag: QC_FLAGS.bad, bit };
}
