import { QC_TESTS } from '../../../common/variables.js';
import { bad, gapScale, suspect, type TestResult, type TimedValue } from '../result.js';
import type { VariableQcConfig } from '../types.js';

const DEFAULT_BAD_FACTOR = 3;

/**
 * Spike: a value out of line with BOTH neighbours. The measure is
 *   |x - (prev + next)/2| - |prev - next|/2,
 * which is zero for any value between its neighbours and for a level shift that persists (the real
 * step of a gust front), and the full excursion for a single-sample spike. The threshold is given for
 * hourly neighbours and scaled to the larger of the two gaps (gapScale). No test without both
 * neighbours, or when either gap exceeds `maxGapMs` (a spike across a dropout is not a spike).
 */
export function spikeMagnitude(prev: number, x: number, next: number): number {
  return Math.abs(x - (prev + next) / 2) - Math.abs(prev - next) / 2;
}

export function spikeTest(
  prev: TimedValue | undefined,
  cur: TimedValue,
  next: TimedValue | undefined,
  cfg: VariableQcConfig,
  maxGapMs: number,
): TestResult | undefined {
  if (cfg.spikeThreshold === undefined || prev === undefined || next === undefined) return undefined;
  const gapL = cur.timeMs - prev.timeMs;
  const gapR = next.timeMs - cur.timeMs;
  if (gapL <= 0 || gapR <= 0 || gapL > maxGapMs || gapR > maxGapMs) return undefined;
  const threshold = cfg.spikeThreshold * gapScale(Math.max(gapL, gapR));
  const m = spikeMagnitude(prev.value, cur.value, next.value);
  if (m > threshold * (cfg.spikeBadFactor ?? DEFAULT_BAD_FACTOR)) return bad(QC_TESTS.spike);
  if (m > threshold) return suspect(QC_TESTS.spike);
  return undefined;
}
