import { QC_TESTS } from '../../../common/variables.js';
import { bad, gapScale, suspect, type TestResult, type TimedValue } from '../result.js';
import type { VariableQcConfig } from '../types.js';

const DEFAULT_BAD_FACTOR = 3;

/**
 * Step (rate of change): the change since the previous usable value against `maxStepPerHour`
 * scaled to the actual gap (result.ts, gapScale). Suspect above it, bad above `stepBadFactor` times
 * it. No previous value, a gap of zero or less (clock went back) or longer than `gapResetMs`: no test.
 */
export function stepTest(prev: TimedValue | undefined, cur: TimedValue, cfg: VariableQcConfig, gapResetMs: number): TestResult | undefined {
  if (cfg.maxStepPerHour === undefined || prev === undefined) return undefined;
  const gap = cur.timeMs - prev.timeMs;
  if (gap <= 0 || gap > gapResetMs) return undefined;
  const allowed = cfg.maxStepPerHour * gapScale(gap);
  const step = Math.abs(cur.value - prev.value);
  if (step > allowed * (cfg.stepBadFactor ?? DEFAULT_BAD_FACTOR)) return bad(QC_TESTS.step);
  if (step > allowed) return suspect(QC_TESTS.step);
  return undefined;
}
