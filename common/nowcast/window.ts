import type { VariableName } from '../variables.js';
import { inputValues, isUsableFlag, type InputName } from './features.js';

/** One reading as a device keeps it: raw values and their QC flags (wx.v1.QcFlag numbers). */
export interface FlaggedReading {
  seq: number;
  timeMs: number;
  values: Partial<Record<VariableName, number>>;
  flags: Partial<Record<VariableName, number>>;
}

export interface InputWindow {
  /** historySteps entries, oldest first: model inputs from QC-passed values, NaN where none. */
  steps: Record<InputName, number>[];
  /** QC-passed values of every variable at the newest step (the forecast's base). */
  newest: Partial<Record<VariableName, number>>;
  baseTimeMs: number;
  fromMs: number;
  lastSeq: number;
}

function lowerBound(readings: readonly FlaggedReading[], timeMs: number): number {
  let lo = 0;
  let hi = readings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (readings[mid]!.timeMs < timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** QC-passed values of one reading (others become NaN). */
export function usableValues(r: FlaggedReading, usableFlags: readonly number[]): Partial<Record<VariableName, number>> {
  const out: Partial<Record<VariableName, number>> = {};
  for (const [k, v] of Object.entries(r.values) as [VariableName, number][]) {
    out[k] = isUsableFlag(r.flags[k], usableFlags) && Number.isFinite(v) ? v : NaN;
  }
  return out;
}

/**
 * Resamples a device's history (oldest first, any sampling interval) onto the model's grid ending at
 * the reading at index `end` (default: the newest): each grid time takes the reading nearest to it
 * within half a step; precipitation is the sum over the step (NaN if any reading in it lacks a
 * QC-passed amount). A grid time without a reading is missing (NaN), never interpolated.
 */
export function buildWindow(readings: readonly FlaggedReading[], historySteps: number, timeStepMs: number, usableFlags: readonly number[], end = readings.length - 1): InputWindow | undefined {
  const last = readings[end];
  if (last === undefined) return undefined;
  const base = last.timeMs;
  const half = timeStepMs / 2;
  const steps: Record<InputName, number>[] = [];
  let newest: Partial<Record<VariableName, number>> = {};
  for (let i = historySteps - 1; i >= 0; i--) {
    const g = base - i * timeStepMs;
    let j = lowerBound(readings, g - half);
    let best: FlaggedReading | undefined;
    for (; j <= end && readings[j]!.timeMs <= g + half; j++) {
      const r = readings[j]!;
      if (best === undefined || Math.abs(r.timeMs - g) < Math.abs(best.timeMs - g)) best = r;
    }
    const values = best ? usableValues(best, usableFlags) : {};
    // Rain: the amount fallen in (g - step, g].
    let rain = 0;
    let any = false;
    for (let k = lowerBound(readings, g - timeStepMs + 1); k <= end && readings[k]!.timeMs <= g; k++) {
      const r = readings[k]!;
      const p = r.values.precipitation;
      if (p === undefined || !Number.isFinite(p) || !isUsableFlag(r.flags.precipitation, usableFlags)) {
        rain = NaN;
        break;
      }
      rain += p;
      any = true;
    }
    values.precipitation = any ? rain : NaN;
    steps.push(inputValues(values));
    if (i === 0) newest = values;
  }
  return { steps, newest, baseTimeMs: base, fromMs: base - (historySteps - 1) * timeStepMs, lastSeq: last.seq };
}
