/**
 * Optimal interpolation (Gandin 1963; Lorenc 1981) of one scalar field on a lat-lon grid:
 *   x_a(g) = x_b(g) + bᵀ (B_oo + R)⁻¹ (y − H x_b),   σ_a²(g) = σ_b²(g) − bᵀ (B_oo + R)⁻¹ b
 * with b_o = σ_b(g) σ_b(o) ρ(g, o), B_oo[o, q] = σ_b(o) σ_b(q) ρ(o, q), R diagonal, ρ a Gaussian or
 * SOAR correlation of the chord distance (see correlation.ts).
 *
 * Data selection by tiles (the "analysis boxes" of operational OI, Lorenc 1981): the grid is cut
 * into tiles of tileSize × tileSize points; each tile takes the maxObs observations nearest its centre
 * within radiusKm + the tile's own radius, factorises B_oo + R once (Cholesky) and precomputes
 * α = (B_oo + R)⁻¹ (y − H x_b); each point then costs p correlations, a dot product and one triangular
 * solve for its error variance. tileSize = 1 selects per point (exact local OI, slower).
 */
import { WxError } from '../../../common/errors.js';
import { EARTH_RADIUS_KM, gridPoints, gridSize, toUnitVectors, type LatLonGrid } from '../geo.js';
import { SphereIndex } from '../spatial-index.js';
import { backSolve, choleskyInPlace, forwardSolve } from './cholesky.js';
import { correlation, type CorrelationModel } from './correlation.js';

export interface OiInput {
  grid: LatLonGrid;
  /** Background field x_b, grid order. */
  background: Float64Array;
  /** Background error variance σ_b², one value or one per grid point. */
  backgroundErrorVariance: number | Float64Array;
  /** σ_b² at each observation; required when backgroundErrorVariance is a field, else that value. */
  obsBackgroundErrorVariance?: Float64Array;
  obsLatDeg: Float64Array;
  obsLonDeg: Float64Array;
  /** Observations y; NaN = missing. */
  observations: Float64Array;
  /** Observation error variances (diagonal R), > 0. */
  obsErrorVariance: Float64Array;
  /** Background at the observations, H x_b (e.g. applyPointOperator). */
  hxb: Float64Array;
  /** Default 'gaussian'. */
  correlation?: CorrelationModel;
  /** Correlation length scale L, km. */
  lengthScaleKm: number;
  /** Observations farther than this from a point (tile) are not used, km; default 3 L. */
  radiusKm?: number;
  /** At most this many observations per tile [1...200], default 30. */
  maxObs?: number;
  /** Tile edge in grid points [1...64], default 4. */
  tileSize?: number;
}

export interface OiResult {
  analysis: Float64Array;
  analysisErrorVariance: Float64Array;
  /** Observations used for each grid point. */
  obsUsed: Int32Array;
}

export function oiAnalysis(input: OiInput): OiResult {
  const { grid, background, obsErrorVariance: r, observations: y, hxb } = input;
  const nPts = gridSize(grid);
  const m = y.length;
  const L = input.lengthScaleKm;
  const model = input.correlation ?? 'gaussian';
  const radiusKm = input.radiusKm ?? 3 * L;
  const maxObs = input.maxObs ?? 30;
  const tile = input.tileSize ?? 4;
  const sb2 = input.backgroundErrorVariance;
  const problems: string[] = [];
  if (background.length !== nPts) problems.push(`background length ${background.length} != grid size ${nPts}`);
  if (typeof sb2 !== 'number' && sb2.length !== nPts) problems.push('backgroundErrorVariance field length != grid size');
  if (typeof sb2 !== 'number' && input.obsBackgroundErrorVariance === undefined) problems.push('obsBackgroundErrorVariance is required with a σ_b² field');
  for (const [name, arr] of [['obsLatDeg', input.obsLatDeg], ['obsLonDeg', input.obsLonDeg], ['obsErrorVariance', r], ['hxb', hxb]] as const) {
    if (arr.length !== m) problems.push(`${name} length ${arr.length} != m = ${m}`);
  }
  if (!(L > 0)) problems.push('lengthScaleKm must be > 0');
  if (!(Number.isInteger(maxObs) && maxObs >= 1 && maxObs <= 200)) problems.push('maxObs must be an integer in [1, 200]');
  if (!(Number.isInteger(tile) && tile >= 1 && tile <= 64)) problems.push('tileSize must be an integer in [1, 64]');
  if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', 'OI input is invalid', { field: 'oi', details: problems });

  // Usable observations only go into the index (NaN coordinates are not indexed).
  const lat = new Float64Array(m);
  const lon = new Float64Array(m);
  const innov = new Float64Array(m);
  const sigO = new Float64Array(m);
  for (let o = 0; o < m; o++) {
    innov[o] = (y[o] as number) - (hxb[o] as number);
    const ok = Number.isFinite(innov[o]) && (r[o] as number) > 0;
    lat[o] = ok ? (input.obsLatDeg[o] as number) : NaN;
    lon[o] = ok ? (input.obsLonDeg[o] as number) : NaN;
    sigO[o] = Math.sqrt(typeof sb2 === 'number' ? sb2 : ((input.obsBackgroundErrorVariance as Float64Array)[o] as number));
  }
  const index = new SphereIndex(lat, lon, Math.max(radiusKm / 111.2, 0.5));
  const oxyz = index.xyz;
  const { latDeg: gLat, lonDeg: gLon } = gridPoints(grid);
  const gxyz = toUnitVectors(gLat, gLon);

  const analysis = Float64Array.from(background);
  const analysisErrorVariance = new Float64Array(nPts);
  for (let g = 0; g < nPts; g++) analysisErrorVariance[g] = typeof sb2 === 'number' ? sb2 : (sb2[g] as number);
  const obsUsed = new Int32Array(nPts);
  const sel = new Int32Array(maxObs);
  const s = new Float64Array(maxObs * maxObs);
  const alpha = new Float64Array(maxObs);
  const b = new Float64Array(maxObs);
  const order: number[] = [];
  const chordKm = (xa: Float64Array, ia: number, xb: Float64Array, ib: number): number => {
    const dx = (xa[3 * ia] as number) - (xb[3 * ib] as number);
    const dy = (xa[3 * ia + 1] as number) - (xb[3 * ib + 1] as number);
    const dz = (xa[3 * ia + 2] as number) - (xb[3 * ib + 2] as number);
    return EARTH_RADIUS_KM * Math.sqrt(dx * dx + dy * dy + dz * dz);
  };

  for (let ti = 0; ti < grid.nLat; ti += tile) {
    for (let tj = 0; tj < grid.nLon; tj += tile) {
      const i1 = Math.min(ti + tile, grid.nLat);
      const j1 = Math.min(tj + tile, grid.nLon);
      const centre = Math.floor((ti + i1 - 1) / 2) * grid.nLon + Math.floor((tj + j1 - 1) / 2);
      let tileRadius = 0;
      for (const g of [ti * grid.nLon + tj, ti * grid.nLon + j1 - 1, (i1 - 1) * grid.nLon + tj, (i1 - 1) * grid.nLon + j1 - 1]) {
        tileRadius = Math.max(tileRadius, chordKm(gxyz, g, gxyz, centre) * 1.01);
      }
      const found = index.query(gLat[centre] as number, gLon[centre] as number, radiusKm + tileRadius);
      // The maxObs nearest to the tile centre.
      order.length = 0;
      for (let q = 0; q < found; q++) order.push(q);
      if (found > maxObs) order.sort((u, v) => (index.resultDistKm[u] as number) - (index.resultDistKm[v] as number));
      const p = Math.min(found, maxObs);
      if (p === 0) continue;
      for (let a = 0; a < p; a++) sel[a] = index.resultIdx[order[a] as number] as number;
      // S = B_oo + R (lower triangle), factorised; α = S⁻¹ d.
      for (let a = 0; a < p; a++) {
        const oa = sel[a] as number;
        for (let c = 0; c <= a; c++) {
          const oc = sel[c] as number;
          const bac = (sigO[oa] as number) * (sigO[oc] as number) * correlation(model, chordKm(oxyz, oa, oxyz, oc), L);
          s[a * p + c] = a === c ? bac + (r[oa] as number) : bac;
        }
        alpha[a] = innov[oa] as number;
      }
      if (!choleskyInPlace(s, p)) throw new WxError('WX_ERR_CONFIG_INVALID', 'OI matrix is not positive definite (check error variances)', { field: 'oi' });
      forwardSolve(s, p, alpha);
      backSolve(s, p, alpha);
      for (let i = ti; i < i1; i++) {
        for (let j = tj; j < j1; j++) {
          const g = i * grid.nLon + j;
          const sg = Math.sqrt(analysisErrorVariance[g] as number);
          let inc = 0;
          for (let a = 0; a < p; a++) {
            const oa = sel[a] as number;
            b[a] = sg * (sigO[oa] as number) * correlation(model, chordKm(gxyz, g, oxyz, oa), L);
            inc += (b[a] as number) * (alpha[a] as number);
          }
          analysis[g] = (analysis[g] as number) + inc;
          forwardSolve(s, p, b);
          let zz = 0;
          for (let a = 0; a < p; a++) zz += (b[a] as number) ** 2;
          analysisErrorVariance[g] = Math.max((analysisErrorVariance[g] as number) - zz, 0);
          obsUsed[g] = p;
        }
      }
    }
  }
  return { analysis, analysisErrorVariance, obsUsed };
}
