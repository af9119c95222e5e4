/**
 * LETKF weight interpolation (Yang, Kalnay, Hunt & Bowler 2009, "Weight interpolation for efficient
 * data assimilation with the Local Ensemble Transform Kalman Filter", QJRMS 135: 251–262): the
 * k × k transform W = w̄ 1ᵀ + Wa varies smoothly in space because neighbouring points see nearly the
 * same observations, so it is computed exactly only on a coarser set of "analysis points" (every
 * `stride`-th row and column) and interpolated (bilinearly) to the points between them. Yang et al.
 * found the analysis practically unchanged with transforms on every 3rd point in each direction
 * (they report it even slightly better in sparsely observed areas); the cost of the k × k
 * eigen-decompositions falls by about stride².
 *
 * A scheme says where the transforms are computed and how a point blends them; two are provided:
 * a latitude-longitude grid (point p = iLat * nLon + iLon, as in geo.ts) and a ring (Lorenz-96).
 */
import { WxError } from '../../../common/errors.js';

export interface WeightInterpolation {
  /** Localisation points at which the transform is computed exactly (no duplicates). */
  readonly analysisPoints: Int32Array;
  /**
   * For point p: the indices (into analysisPoints) and weights (summing to 1) of the transforms to
   * blend, written to idx and wts (room for 4); returns how many.
   */
  weights(point: number, idx: Int32Array, wts: Float64Array): number;
}

/** Coarse nodes along one axis of n points: every stride-th index, plus the last unless periodic. */
interface Axis {
  nodes: number[];
  /** Index i → lower node a, upper node b (node indices) and the fraction t of the way from a to b. */
  locate(i: number): { a: number; b: number; t: number };
}

function axis(n: number, stride: number, periodic: boolean): Axis {
  const nodes: number[] = [];
  for (let i = 0; i < n; i += stride) nodes.push(i);
  if (!periodic && nodes[nodes.length - 1] !== n - 1) nodes.push(n - 1);
  const at: Array<{ a: number; b: number; t: number }> = [];
  for (let i = 0; i < n; i++) {
    // The last node at or before i (nodes are stride apart, then possibly the extra last one).
    let a = Math.floor(i / stride);
    if (a + 1 < nodes.length && (nodes[a + 1] as number) <= i) a++;
    const ia = nodes[a] as number;
    if (i === ia || nodes.length === 1) {
      at.push({ a, b: a, t: 0 });
      continue;
    }
    const last = a === nodes.length - 1;
    // Periodic: past the last node the next one is node 0 at index n.
    const b = last ? 0 : a + 1;
    const ib = last ? n : (nodes[b] as number);
    at.push({ a, b, t: (i - ia) / (ib - ia) });
  }
  return { nodes, locate: (i) => at[i] as { a: number; b: number; t: number } };
}

function checkStride(stride: number): void {
  if (!(Number.isInteger(stride) && stride >= 1)) {
    throw new WxError('WX_ERR_CONFIG_INVALID', `weight interpolation stride must be an integer >= 1 (got ${stride})`, { field: 'stride' });
  }
}

/** Bilinear weight interpolation on a latitude-longitude grid from every stride-th row and column. */
export function gridWeightInterpolation(grid: { nLat: number; nLon: number; periodicLon: boolean }, stride: number): WeightInterpolation {
  checkStride(stride);
  const lat = axis(grid.nLat, stride, false);
  const lon = axis(grid.nLon, stride, grid.periodicLon);
  const nCLon = lon.nodes.length;
  const analysisPoints = new Int32Array(lat.nodes.length * nCLon);
  for (let a = 0; a < lat.nodes.length; a++) {
    for (let b = 0; b < nCLon; b++) analysisPoints[a * nCLon + b] = (lat.nodes[a] as number) * grid.nLon + (lon.nodes[b] as number);
  }
  return {
    analysisPoints,
    weights(point, idx, wts) {
      const y = lat.locate(Math.floor(point / grid.nLon));
      const x = lon.locate(point % grid.nLon);
      let count = 0;
      const put = (ia: number, ib: number, w: number): void => {
        if (w === 0) return;
        idx[count] = ia * nCLon + ib;
        wts[count] = w;
        count++;
      };
      put(y.a, x.a, (1 - y.t) * (1 - x.t));
      put(y.a, x.b, (1 - y.t) * x.t);
      put(y.b, x.a, y.t * (1 - x.t));
      put(y.b, x.b, y.t * x.t);
      return count;
    },
  };
}

/** Linear weight interpolation on a ring of n points (Lorenz-96) from every stride-th point. */
export function ringWeightInterpolation(n: number, stride: number): WeightInterpolation {
  checkStride(stride);
  const ax = axis(n, stride, true);
  return {
    analysisPoints: Int32Array.from(ax.nodes),
    weights(point, idx, wts) {
      const { a, b, t } = ax.locate(point);
      idx[0] = a;
      wts[0] = 1 - t;
      if (t === 0) return 1;
      idx[1] = b;
      wts[1] = t;
      return 2;
    },
  };
}
