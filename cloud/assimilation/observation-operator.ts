/**
 * The observation operator H from a gridded field to stations: bilinear interpolation (4 weights per
 * station, built once per set of stations and reused for every ensemble member and cycle) plus an
 * optional lapse-rate height correction for temperature (station elevation vs the interpolated model
 * orography). Stations outside a regional grid are marked invalid and give NaN.
 */
import { bilinearWeights, lapseRateCorrection, STANDARD_LAPSE_RATE_K_PER_M, type LatLonGrid } from './geo.js';

export interface PointOperator {
  /** Number of stations m. */
  readonly m: number;
  /** Grid indices, 4 per station. */
  readonly idx: Int32Array;
  /** Bilinear weights, 4 per station. */
  readonly w: Float64Array;
  /** 1 where the station lies inside the grid. */
  readonly valid: Uint8Array;
  /** Additive correction per station (0 without height correction). */
  readonly offset: Float64Array;
}

export interface PointOperatorOptions {
  /** Station elevations, m (with gridElevationM: apply the lapse-rate correction). */
  stationElevationM?: ArrayLike<number>;
  /** Model orography on the grid, m, grid order. */
  gridElevationM?: ArrayLike<number>;
  /** K per m, default 0.0065 (standard atmosphere). */
  lapseRateKPerM?: number;
}

/** Build H for stations at (latDeg[o], lonDeg[o]). */
export function buildPointOperator(grid: LatLonGrid, latDeg: ArrayLike<number>, lonDeg: ArrayLike<number>, options: PointOperatorOptions = {}): PointOperator {
  const m = latDeg.length;
  const idx = new Int32Array(4 * m);
  const w = new Float64Array(4 * m);
  const valid = new Uint8Array(m);
  const offset = new Float64Array(m);
  const { stationElevationM, gridElevationM } = options;
  const lapse = options.lapseRateKPerM ?? STANDARD_LAPSE_RATE_K_PER_M;
  for (let o = 0; o < m; o++) {
    if (!bilinearWeights(grid, latDeg[o] ?? NaN, lonDeg[o] ?? NaN, idx, w, 4 * o)) continue;
    valid[o] = 1;
    if (stationElevationM !== undefined && gridElevationM !== undefined) {
      let zg = 0;
      for (let c = 4 * o; c < 4 * o + 4; c++) zg += (w[c] ?? 0) * (gridElevationM[idx[c] ?? 0] ?? 0);
      const zs = stationElevationM[o] ?? NaN;
      offset[o] = Number.isFinite(zs) ? lapseRateCorrection(zs, zg, lapse) : 0;
    }
  }
  return { m, idx, w, valid, offset };
}

/**
 * out[o] = H(field)[o]. `fieldOffset` lets one operator read one variable of a multi-variable state
 * or one member of a member-major ensemble without copying.
 */
export function applyPointOperator(op: PointOperator, field: Float64Array, out: Float64Array, fieldOffset = 0): Float64Array {
  const { idx, w, valid, offset } = op;
  for (let o = 0; o < op.m; o++) {
    if (valid[o] !== 1) {
      out[o] = NaN;
      continue;
    }
    const b = 4 * o;
    out[o] =
      (w[b] as number) * (field[fieldOffset + (idx[b] as number)] as number) +
      (w[b + 1] as number) * (field[fieldOffset + (idx[b + 1] as number)] as number) +
      (w[b + 2] as number) * (field[fieldOffset + (idx[b + 2] as number)] as number) +
      (w[b + 3] as number) * (field[fieldOffset + (idx[b + 3] as number)] as number) +
      (offset[o] as number);
  }
  return out;
}

/**
 * H applied to each member of a member-major ensemble (member j = ensemble[j*n .. j*n+n-1]; the
 * field H reads starts at `fieldOffset` within the member). Returns the m × k model equivalents,
 * observation-major (hx[o*k + j]), the layout the LETKF takes.
 */
export function applyPointOperatorEnsemble(op: PointOperator, ensemble: Float64Array, k: number, n: number, fieldOffset = 0): Float64Array {
  const hx = new Float64Array(op.m * k);
  const tmp = new Float64Array(op.m);
  for (let j = 0; j < k; j++) {
    applyPointOperator(op, ensemble, tmp, j * n + fieldOffset);
    for (let o = 0; o < op.m; o++) hx[o * k + j] = tmp[o] as number;
  }
  return hx;
}
