import { QC_TESTS } from '../../../common/variables.js';
import { bad, suspect, type TestResult, type TimedValue } from '../result.js';
import type { VariableQcConfig } from '../types.js';

const DEFAULT_BAD_FACTOR = 2;
/** A flat line needs at least this many readings, however long the window. */
const MIN_READINGS = 3;
/** Weight of each new change in the running share of changes landing on the coarse grid (~24 changes). */
const COARSE_ALPHA = 1 / 24;
/** Share of changes on the coarse grid above which the series is taken as coarse. Normal months: ~0.1. */
const COARSE_SHARE = 0.5;

/**
 * The trailing flat run of one variable: the longest recent stretch whose range is within
 * `persistenceMinChange`, kept in O(1) (start, min, max) so a stuck sensor costs nothing however long.
 * When a value breaks the range the run restarts from the previous value if that one is within range
 * of it, else from the value alone (a slight under-estimate for slowly wandering values, exact for a
 * stuck sensor).
 */
export interface PersistenceState {
  startMs: number;
  lastMs: number;
  min: number;
  max: number;
  count: number;
  last: number;
  /** Running share of value changes that land on the coarse grid (whole numbers by default). */
  coarseShare: number;
}

function onGrid(value: number, resolution: number): boolean {
  const r = value / resolution;
  return Math.abs(r - Math.round(r)) < 1e-6;
}

function exempt(value: number, cfg: VariableQcConfig): boolean {
  return (cfg.persistenceExemptAtOrBelow !== undefined && value <= cfg.persistenceExemptAtOrBelow)
    || (cfg.persistenceExemptAtOrAbove !== undefined && value >= cfg.persistenceExemptAtOrAbove);
}

export function updatePersistence(state: PersistenceState | undefined, cur: TimedValue, cfg: VariableQcConfig, gapResetMs: number): PersistenceState {
  const minChange = cfg.persistenceMinChange ?? 0;
  const fresh = (coarseShare: number): PersistenceState => ({
    startMs: cur.timeMs, lastMs: cur.timeMs, min: cur.value, max: cur.value, count: exempt(cur.value, cfg) ? 0 : 1, last: cur.value, coarseShare,
  });
  if (!state) return fresh(0);
  let coarseShare = state.coarseShare;
  if (cur.value !== state.last) {
    const hit = onGrid(cur.value, cfg.persistenceCoarseResolution ?? 1) ? 1 : 0;
    coarseShare += COARSE_ALPHA * (hit - coarseShare);
  }
  const gap = cur.timeMs - state.lastMs;
  if (gap <= 0 || gap > gapResetMs || state.count === 0 || exempt(cur.value, cfg)) return fresh(coarseShare);
  const min = Math.min(state.min, cur.value);
  const max = Math.max(state.max, cur.value);
  if (max - min <= minChange) {
    return { startMs: state.startMs, lastMs: cur.timeMs, min, max, count: state.count + 1, last: cur.value, coarseShare };
  }
  if (Math.abs(cur.value - state.last) <= minChange && !exempt(state.last, cfg)) {
    return {
      startMs: state.lastMs, lastMs: cur.timeMs, min: Math.min(state.last, cur.value), max: Math.max(state.last, cur.value),
      count: 2, last: cur.value, coarseShare,
    };
  }
  return fresh(coarseShare);
}

export function isCoarse(state: PersistenceState): boolean {
  return state.coarseShare >= COARSE_SHARE;
}

/** Flat line: the run has lasted the window (suspect) or `persistenceBadFactor` windows (bad). */
export function persistenceTest(state: PersistenceState | undefined, cfg: VariableQcConfig): TestResult | undefined {
  if (cfg.persistenceWindowMs === undefined || !state || state.count < MIN_READINGS) return undefined;
  const window = isCoarse(state) ? (cfg.persistenceCoarseWindowMs ?? cfg.persistenceWindowMs) : cfg.persistenceWindowMs;
  const duration = state.lastMs - state.startMs;
  if (duration >= window * (cfg.persistenceBadFactor ?? DEFAULT_BAD_FACTOR)) return bad(QC_TESTS.persistence);
  if (duration >= window) return suspect(QC_TESTS.persistence);
  return undefined;
}
