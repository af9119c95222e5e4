import { QC_TESTS } from '../../../common/variables.js';
import { suspect, type TestResult } from '../result.js';

/** 2000-01-01T00:00:00Z: anything earlier is a clock that never synchronised (a Pi without RTC boots at 1970). */
export const EARLIEST_VALID_TIME_MS = Date.UTC(2000, 0, 1);

/** Clock: a timestamp before 2000 or more than `maxFutureSkewMs` ahead of the device's now. */
export function isClockSuspect(timeMs: number, nowMs: number, maxFutureSkewMs: number): boolean {
  return !Number.isFinite(timeMs) || timeMs < EARLIEST_VALID_TIME_MS || timeMs > nowMs + maxFutureSkewMs;
}

/** The flag every value of a clock-suspect reading carries: its value may be fine, its time is not. */
export function clockResult(): TestResult {
  return suspect(QC_TESTS.clock);
}
