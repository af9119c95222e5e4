/**
 * Withheld-station evaluation of the cycling analysis on the Beijing stations (used by
 * `npm run eval:analysis` and by tests/analysis). Stations that carry the same weather series are
 * found from the data of the evaluated period (T, p and Td identical in ≥ 90 % of hours) and
 * withheld together: one fold per distinct series. In each fold the cycler runs hourly over the period
 * (after a warm-up) on the other stations only; at every withheld station we score
 *   background  H(x_b): the previous analysis carried forward, interpolated to the station,
 *   analysis    H(x_a),
 *   nearest     the nearest assimilated station's observation at that hour,
 * all on the same rows (the truth and all three present).
 */
import { join } from 'node:path';
import { beijingSplit, readBeijingCsv, readBeijingStations, sharedDataDir, type StationMeta, type StationRecord } from '../../common/datasets/index.js';
import { greatCircleKm, interpolateBilinear } from '../../cloud/assimilation/geo.js';
import { createAnalysisCycler, type CycleObservation, type CycleOptions } from '../../cloud/analysis/cycle.js';
import { ANALYSIS_VARIABLES, toAnalysisValues, type AnalysisVariable } from '../../cloud/analysis/variables.js';

export interface BeijingData {
  stations: StationMeta[];
  rows: StationRecord[][];
}

export function loadBeijing(): BeijingData {
  const stations = readBeijingStations(join(sharedDataDir(), 'beijing_prsa'));
  return { stations, rows: stations.map((s) => readBeijingCsv(s.file)) };
}

/** Row indices (shared by all files) of a split, or of an explicit local-time range [from, to]. */
export function rowRange(data: BeijingData, select: { split?: 'train' | 'validation' | 'test'; fromLocal?: string; toLocal?: string }): number[] {
  const out: number[] = [];
  (data.rows[0] ?? []).forEach((r, t) => {
    if (select.split !== undefined && beijingSplit(r.localTime) !== select.split) return;
    if (select.fromLocal !== undefined && r.localTime < select.fromLocal) return;
    if (select.toLocal !== undefined && r.localTime > select.toLocal) return;
    out.push(t);
  });
  return out;
}

/** Groups of stations sharing one series over the given rows (union of pairs identical ≥ share). */
export function sharedSeriesGroups(data: BeijingData, rows: readonly number[], share = 0.9): number[][] {
  const n = data.stations.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let same = 0;
      let both = 0;
      for (const t of rows) {
        const va = data.rows[a]![t]!.values;
        const vb = data.rows[b]![t]!.values;
        if (!Number.isFinite(va.temperature) || !Number.isFinite(vb.temperature)) continue;
        both++;
        if (va.temperature === vb.temperature && va.pressure === vb.pressure && va.dew_point === vb.dew_point) same++;
      }
      if (both > 0 && same / both >= share) parent[find(b)] = find(a);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()];
}

export interface Score {
  n: number;
  ae: number;
  se: number;
  /** Errors within ±1 analysis sd (analysis only). */
  cover: number;
  /** Sum of the analysis sd² (analysis only): with se it estimates the representativeness variance. */
  sd2: number;
  /** Errors within ±1 point sd = √(sd² + representativenessSd²) (analysis only). */
  coverPoint: number;
}
export type Scores = Record<AnalysisVariable, Record<'background' | 'analysis' | 'nearest', Score>>;

export function emptyScores(): Scores {
  const s = (): Score => ({ n: 0, ae: 0, se: 0, cover: 0, sd2: 0, coverPoint: 0 });
  return Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, { background: s(), analysis: s(), nearest: s() }])) as Scores;
}

export const mae = (s: Score): number => s.ae / s.n;
export const rmse = (s: Score): number => Math.sqrt(s.se / s.n);

/**
 * Runs every fold over `rows` (the first `warmupHours` rows cycle without scoring) and returns the
 * summed scores. `options` builds a fresh cycler per fold.
 */
export function evaluateWithheld(data: BeijingData, rows: readonly number[], warmupHours: number, options: () => CycleOptions, groups = sharedSeriesGroups(data, rows)): Scores {
  const scores = emptyScores();
  const { stations } = data;
  const settings = options().variables;
  const groupOf = new Map<number, string>();
  for (const g of groups) if (g.length > 1) for (const i of g) groupOf.set(i, `g${g[0]}`);
  for (const fold of groups) {
    const withheld = new Set(fold);
    const kept = stations.map((_, i) => i).filter((i) => !withheld.has(i));
    const cycler = createAnalysisCycler(options());
    rows.forEach((t, step) => {
      const obs: CycleObservation[] = kept.map((i) => ({
        stationId: stations[i]!.name,
        latDeg: stations[i]!.latitude,
        lonDeg: stations[i]!.longitude,
        values: toAnalysisValues(data.rows[i]![t]!.values),
        group: groupOf.get(i),
      }));
      const res = cycler.cycle(data.rows[0]![t]!.timeMs, obs);
      if (step < warmupHours) return;
      for (const w of fold) {
        const st = stations[w]!;
        const truth = toAnalysisValues(data.rows[w]![t]!.values);
        for (const v of ANALYSIS_VARIABLES) {
          const y = truth[v];
          const f = res.fields[v];
          const b = interpolateBilinear(cycler.grid, f.background, st.latitude, st.longitude);
          const a = interpolateBilinear(cycler.grid, f.analysis, st.latitude, st.longitude);
          const sd = interpolateBilinear(cycler.grid, f.spread, st.latitude, st.longitude);
          let nn = NaN;
          let best = Infinity;
          obs.forEach((o) => {
            const x = o.values[v];
            if (!Number.isFinite(x)) return;
            const d = greatCircleKm(st.latitude, st.longitude, o.latDeg, o.lonDeg);
            if (d < best) {
              best = d;
              nn = x;
            }
          });
          if (![y, b, a, nn].every(Number.isFinite)) continue;
          add(scores[v].background, b - y);
          add(scores[v].analysis, a - y, sd, settings[v].representativenessSd ?? 0);
          add(scores[v].nearest, nn - y);
        }
      }
    });
  }
  return scores;
}

function add(s: Score, err: number, sd = NaN, rep = 0): void {
  s.n++;
  s.ae += Math.abs(err);
  s.se += err * err;
  if (Math.abs(err) <= sd) s.cover++;
  if (Number.isFinite(sd)) {
    s.sd2 += sd * sd;
    if (Math.abs(err) <= Math.sqrt(sd * sd + rep * rep)) s.coverPoint++;
  }
}

/** The representativeness sd that makes the point sd match the errors: √max(0, MSE − mean sd²). */
export const representativenessEstimate = (s: Score): number => Math.sqrt(Math.max(0, (s.se - s.sd2) / s.n));
