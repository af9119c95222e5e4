import { distanceKm, elevDiff } from './geo.js';
import { cholesky, choleskySolve, inverseDiagonal } from './linalg.js';
import { createStationIndex, type StationIndex } from './station-index.js';
import type { CheckResult, SpatialPoints } from './types.js';

/**
 * Spatial consistency test after titanlib `sct` (Lussana, Uboldi and Salvati 2010, QJRMS 136:1075,
 * doi:10.1002/qj.622). For a point not yet judged, take the (at most `maxCount`) unflagged points within
 * `outerRadiusKm`; background = their mean, or a linear vertical profile t0 + gamma z fitted to them when
 * elevations are known and spread enough. Background error correlations are Gaussian in horizontal
 * distance (scale Dh = mean over the box of each point's 10th-percentile distance to the others, at least
 * `minHorizontalScaleKm`) times Gaussian in height difference (`verticalScaleM`; unknown heights: 1).
 * With S the correlation matrix and eps2 the ratio of observation to background error variance,
 * leave-one-out OI gives, for d = obs - background and z = (S + eps2 I)^-1 d:
 *   cross-validation residual  cvres_i = -z_i / (S + eps2 I)^-1_ii   (leave-one-out analysis - obs)
 *   analysis residual          ares_i  = -eps2_i z_i
 *   observation error variance sig2o   = mean(d_i eps2_i z_i), at least `minSig2o`
 *   score                      pog_i   = cvres_i ares_i / sig2o
 * Points within `innerRadiusKm` of the centre are judged; the worst one whose score exceeds `pos`
 * (observation above its leave-one-out estimate) or `neg` (below) is flagged, the others of the inner
 * circle pass this round. Iterated: each round judges the not-yet-flagged points again without the points
 * flagged before, until a round flags nothing or `iterations` rounds ran. Only the worst per box is
 * flagged (LUS10's rule; titanlib 0.3 flags every exceedance of the box at once), which stops one gross
 * error from dragging its neighbours over the threshold.
 *
 * Cost: one Cholesky of size <= maxCount per box, boxes only where points are still unjudged, so about
 * n / (points per inner circle) * maxCount^3 / 3 per round: local sub-domains, never O(n^3).
 */
export interface SctOptions {
  /** Radius of the judged circle, km (0, outerRadiusKm]. */
  innerRadiusKm: number;
  /** Radius of the local sub-domain, km (0, 1000]. */
  outerRadiusKm: number;
  /** Minimum points in the sub-domain (centre included) to run the test [3, 100]. */
  minCount: number;
  /** Maximum points in the sub-domain, nearest kept [minCount, 200]. */
  maxCount: number;
  /** Rounds [1, 20]. */
  iterations: number;
  /** Floor of the horizontal correlation scale, km (0, 1000]. */
  minHorizontalScaleKm: number;
  /** Vertical correlation scale, m (0, 10000]. */
  verticalScaleM: number;
  /** Minimum points for a vertical profile background (else the mean) [2, 100]. */
  minCountProfile: number;
  /** Minimum elevation range in the box for a vertical profile, m (> 0). */
  minElevRangeM: number;
  /** Score threshold for positive deviations (> 0). */
  pos: number;
  /** Score threshold for negative deviations (> 0). */
  neg: number;
  /** Observation / background error variance ratio (> 0). */
  eps2: number;
  /** Floor of the estimated observation error variance, in the variable's unit squared (> 0). */
  minSig2o: number;
}

export interface SctResult extends CheckResult {
  /** Highest score each point got; NaN where never judged. */
  score: Float64Array;
}

export function sct(points: SpatialPoints, values: ArrayLike<number>, opts: SctOptions, index?: StationIndex): SctResult {
  const n = values.length;
  const idx = index ?? createStationIndex(points.lats, points.lons, opts.outerRadiusKm);
  const flags = new Uint8Array(n);
  const everChecked = new Uint8Array(n);
  const score = new Float64Array(n).fill(NaN);
  const outer = Array.from({ length: n }, (_, i) => (Number.isFinite(values[i]!) ? idx.neighbours(i, opts.outerRadiusKm) : { indices: [], distancesKm: [] }));
  for (let it = 0; it < opts.iterations; it++) {
    const judged = new Uint8Array(n);
    let thrown = 0;
    for (let curr = 0; curr < n; curr++) {
      if (judged[curr] || flags[curr] || !Number.isFinite(values[curr]!)) continue;
      const box = [curr];
      const dist = [0];
      const nb = outer[curr]!;
      for (let k = 0; k < nb.indices.length && box.length < opts.maxCount; k++) {
        const j = nb.indices[k]!;
        if (flags[j] || !Number.isFinite(values[j]!)) continue;
        box.push(j);
        dist.push(nb.distancesKm[k]!);
      }
      if (box.length < opts.minCount) {
        judged[curr] = 1;
        continue;
      }
      const res = scoreBox(points, values, box, opts);
      if (!res) {
        judged[curr] = 1;
        continue;
      }
      let worst = -1;
      let worstScore = 0;
      for (let k = 0; k < box.length; k++) {
        if (dist[k]! > opts.innerRadiusKm) continue;
        const j = box[k]!;
        const pog = res.pog[k]!;
        score[j] = Number.isFinite(score[j]!) ? Math.max(score[j]!, pog) : pog;
        everChecked[j] = 1;
        judged[j] = 1;
        const limit = res.above[k] ? opts.pos : opts.neg;
        if (pog > limit && pog > worstScore) {
          worst = j;
          worstScore = pog;
        }
      }
      if (worst >= 0) {
        flags[worst] = 1;
        thrown++;
      }
    }
    if (thrown === 0) break;
  }
  return { flags, checked: everChecked, score };
}

/** Scores of one sub-domain; undefined if its matrix is not positive definite. */
function scoreBox(points: SpatialPoints, values: ArrayLike<number>, box: number[], opts: SctOptions): { pog: Float64Array; above: Uint8Array } | undefined {
  const m = box.length;
  const lat = box.map((j) => points.lats[j]!);
  const lon = box.map((j) => points.lons[j]!);
  const z = box.map((j) => points.elevs[j]!);
  const v = box.map((j) => values[j]!);
  const dh = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) dh[i * m + j] = dh[j * m + i] = distanceKm(lat[i]!, lon[i]!, lat[j]!, lon[j]!);
  }
  // Horizontal scale: mean of each point's 10th-percentile distance to the others (titanlib).
  let dsum = 0;
  const row = new Float64Array(m - 1);
  for (let i = 0; i < m; i++) {
    let c = 0;
    let hasNaN = false;
    for (let j = 0; j < m; j++) {
      if (j === i) continue;
      const x = dh[i * m + j]!;
      if (x !== x) hasNaN = true;
      row[c++] = x;
    }
    dsum += hasNaN ? quantile(row.sort(), 0.1) : selectQuantile(row, 0.1);
  }
  const scale = Math.max(dsum / m, opts.minHorizontalScaleKm);
  const bg = background(z, v, opts);
  const a = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = i; j < m; j++) {
      const h = dh[i * m + j]! / scale;
      const vz = elevDiff(z[i]!, z[j]!) / opts.verticalScaleM;
      const c = Math.exp(-0.5 * h * h - 0.5 * vz * vz);
      a[i * m + j] = a[j * m + i] = c;
    }
    a[i * m + i] = 1 + opts.eps2;
  }
  if (!cholesky(a, m)) return undefined;
  const d = new Float64Array(m);
  for (let i = 0; i < m; i++) d[i] = v[i]! - bg[i]!;
  const zs = choleskySolve(a, m, d.slice());
  const inv = inverseDiagonal(a, m);
  let sig2o = 0;
  for (let i = 0; i < m; i++) sig2o += d[i]! * opts.eps2 * zs[i]!;
  sig2o = Math.max(sig2o / m, opts.minSig2o);
  const pog = new Float64Array(m);
  const above = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const cvres = -zs[i]! / inv[i]!;
    const ares = -opts.eps2 * zs[i]!;
    pog[i] = (cvres * ares) / sig2o;
    above[i] = cvres < 0 ? 1 : 0;
  }
  return { pog, above };
}

/** Background: a least-squares line in elevation when heights are known and spread, else the mean. */
function background(z: number[], v: number[], opts: SctOptions): number[] {
  const m = v.length;
  const mean = v.reduce((s, x) => s + x, 0) / m;
  const known = z.every(Number.isFinite);
  const range = known ? Math.max(...z) - Math.min(...z) : 0;
  if (!known || m < opts.minCountProfile || range < opts.minElevRangeM) return new Array<number>(m).fill(mean);
  const zm = z.reduce((s, x) => s + x, 0) / m;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < m; i++) {
    sxy += (z[i]! - zm) * (v[i]! - mean);
    sxx += (z[i]! - zm) ** 2;
  }
  const gamma = sxx > 0 ? sxy / sxx : 0;
  return z.map((zi) => mean + gamma * (zi - zm));
}

/** Linear-interpolated quantile of a sorted array (type 7, as R and titanlib's compute_quantile). */
function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * The same value as quantile(sorted copy, p) for NaN-free input, by selection instead of a full sort
 * (bench:science: the sort of every row dominated the SCT). Reorders `xs`.
 */
function selectQuantile(xs: Float64Array, p: number): number {
  const n = xs.length;
  if (n === 0) return 0;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = selectKth(xs, lo);
  if (lo + 1 >= n) return a;
  // After selection every element right of lo is >= xs[lo]; the next order statistic is their minimum.
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (xs[i]! < b) b = xs[i]!;
  return a + (h - lo) * (b - a);
}

/** Hoare quickselect: puts the k-th smallest at xs[k], smaller ones left, larger or equal right. */
function selectKth(xs: Float64Array, k: number): number {
  let left = 0;
  let right = xs.length - 1;
  while (right > left) {
    const pivot = xs[(left + right) >>> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return xs[k]!;
}
