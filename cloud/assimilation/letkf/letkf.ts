/**
 * A generic Local Ensemble Transform Kalman Filter (Hunt, Kostelich & Szunyogh 2007, Physica D 230,
 * "Efficient data assimilation for spatiotemporal chaos", algorithm steps 1–9 of §2.3) over plain
 * Float64Arrays.
 *
 * Layouts
 * - ensemble: k members × n state values, MEMBER-MAJOR: member j, state element i at [j*n + i]
 *   (each member is one contiguous model state, as a model writes it).
 * - state: nVar blocks of nPoints values (VARIABLE-MAJOR): element i = v*nPoints + p belongs to
 *   localisation point p = i % nPoints. All variables at a point share one transform (the LETKF's
 *   local analysis); n must be a multiple of nPoints.
 * - hx (model equivalents H(x_j)): m × k, OBSERVATION-MAJOR: observation o, member j at [o*k + j].
 *   Or a function filling out[0..m-1] = H(member) for one member (a view into the ensemble).
 *
 * Per point p: the local observations (within the localiser's cut-off 2c) get weights
 * gc(d/c) / R_o; with background perturbations Yb (in observation space) and innovations d = y − ȳb:
 *   A = (k−1)/ρ I + Ybᵀ diag(w) Yb      (ρ: multiplicative prior inflation; exactly equivalent to
 *                                        inflating the background perturbations by √ρ)
 *   P̃a = A⁻¹,  w̄ = P̃a Ybᵀ diag(w) d,  Wa = [(k−1) P̃a]^½ (symmetric square root via A = V Λ Vᵀ)
 *   x_a^(j) = x̄b + Xb (w̄ + Wa[:, j])
 * Observations with NaN value, NaN model equivalent or non-positive variance are ignored.
 */
import { WxError } from '../../../common/errors.js';
import type { EigenSolverName } from './eigen.js';
import { LocalTransform, applyTransform } from './local-transform.js';
import type { Localiser } from './localisation.js';
import type { WeightInterpolation } from './weight-interpolation.js';

export interface LetkfInput {
  /** Ensemble size k (>= 2). */
  k: number;
  /** State size n (a multiple of localiser.nPoints). */
  n: number;
  /** Background ensemble, k × n member-major. Not modified. */
  ensemble: Float64Array;
  /** Observations y (m); NaN = missing. */
  observations: Float64Array;
  /** Observation error variances, the diagonal of R (m), in the observations' unit squared. */
  obsErrorVariance: Float64Array;
  /** H(x) of each member: m × k observation-major, or a function applied to each member. */
  hx: Float64Array | ((member: Float64Array, out: Float64Array) => void);
  localiser: Localiser;
  /** Multiplicative prior inflation ρ [1...2], default 1 (none). */
  inflation?: number;
  /** Default 'householder-ql'. */
  eigenSolver?: EigenSolverName;
  /**
   * Compute the transforms only at these analysis points and interpolate them elsewhere (Yang et al.
   * 2009; weight-interpolation.ts). Default: none, every point exact.
   */
  weightInterpolation?: WeightInterpolation;
}

export interface LetkfResult {
  /** Analysis ensemble, k × n member-major. */
  ensemble: Float64Array;
  /** Analysis mean (n). */
  mean: Float64Array;
  /** Analysis spread: ensemble standard deviation with k − 1 (n). */
  spread: Float64Array;
  /** Background ensemble mean (n), for increments. */
  backgroundMean: Float64Array;
  /** Observations with a non-zero weight at each point (nPoints). */
  obsUsed: Int32Array;
}

export function letkfAnalysis(input: LetkfInput): LetkfResult {
  const { k, n, ensemble, observations: y, obsErrorVariance: r, localiser } = input;
  const m = y.length;
  const nPoints = localiser.nPoints;
  const rho = input.inflation ?? 1;
  const problems: string[] = [];
  if (!(Number.isInteger(k) && k >= 2)) problems.push(`k must be an integer >= 2 (got ${k})`);
  if (!(nPoints > 0 && n % nPoints === 0)) problems.push(`n (${n}) must be a multiple of nPoints (${nPoints})`);
  if (ensemble.length !== k * n) problems.push(`ensemble length ${ensemble.length} != k*n = ${k * n}`);
  if (r.length !== m) problems.push(`obsErrorVariance length ${r.length} != m = ${m}`);
  if (input.hx instanceof Float64Array && input.hx.length !== m * k) problems.push(`hx length ${input.hx.length} != m*k = ${m * k}`);
  if (!(rho > 0 && Number.isFinite(rho))) problems.push(`inflation must be > 0 (got ${rho})`);
  if (!(localiser.halfWidth > 0)) problems.push('localiser.halfWidth must be > 0');
  if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', 'LETKF input is invalid', { field: 'letkf', details: problems });

  // Background mean and perturbations in state space (Xb, member-major like the ensemble).
  const xbMean = new Float64Array(n);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) xbMean[i] = (xbMean[i] as number) + (ensemble[j * n + i] as number) / k;
  const xb = new Float64Array(k * n);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) xb[j * n + i] = (ensemble[j * n + i] as number) - (xbMean[i] as number);

  // Model equivalents, their mean, perturbations Yb (m × k) and innovations d = y − ȳb.
  const hx = input.hx instanceof Float64Array ? input.hx : applyH(input.hx, ensemble, k, n, m);
  const yb = new Float64Array(m * k);
  const innov = new Float64Array(m);
  const usable = new Uint8Array(m);
  for (let o = 0; o < m; o++) {
    let mean = 0;
    for (let j = 0; j < k; j++) mean += hx[o * k + j] as number;
    mean /= k;
    for (let j = 0; j < k; j++) yb[o * k + j] = (hx[o * k + j] as number) - mean;
    innov[o] = (y[o] as number) - mean;
    usable[o] = Number.isFinite(innov[o]) && (r[o] as number) > 0 ? 1 : 0;
  }

  const local = new LocalTransform(k, rho, input.eigenSolver, localiser, yb, innov, usable, r);
  const out = new Float64Array(k * n);
  const obsUsed = new Int32Array(nPoints);
  const nVar = n / nPoints;
  const col = new Float64Array(k);
  const copyBackground = (p: number): void => {
    for (let v = 0; v < nVar; v++) {
      const i = v * nPoints + p;
      for (let j = 0; j < k; j++) out[j * n + i] = ensemble[j * n + i] as number;
    }
  };
  const interp = input.weightInterpolation;
  if (interp === undefined) {
    // Exact: one transform per point. With few variables per point it is cheaper to apply the
    // eigenvectors to each variable's perturbations (2k² per variable) than to form W (k³/2 + k² per
    // variable); the results are the same up to round-off.
    const formW = 2 * nVar >= k;
    const w = new Float64Array(k * k);
    for (let p = 0; p < nPoints; p++) {
      const used = local.compute(p);
      obsUsed[p] = used;
      if (used === 0) {
        copyBackground(p);
        continue;
      }
      if (formW) local.transform(w);
      for (let v = 0; v < nVar; v++) {
        const s0 = v * nPoints + p;
        for (let i = 0; i < k; i++) col[i] = xb[i * n + s0] as number;
        if (formW) applyTransform(w, col, xbMean[s0] as number, out, n, s0, k);
        else local.applyTo(col, xbMean[s0] as number, out, n, s0);
      }
    }
  } else {
    // Weight interpolation (Yang et al. 2009): exact transforms at the analysis points, blended
    // elsewhere. A point that sees no observation itself keeps its background, as in the exact path.
    const aPts = interp.analysisPoints;
    const ws = new Float64Array(aPts.length * k * k);
    for (let a = 0; a < aPts.length; a++) {
      const wa = ws.subarray(a * k * k, (a + 1) * k * k);
      if (local.compute(aPts[a] as number) === 0) for (let i = 0; i < k; i++) wa[i * k + i] = 1;
      else local.transform(wa);
    }
    const idx = new Int32Array(4);
    const wts = new Float64Array(4);
    const w = new Float64Array(k * k);
    for (let p = 0; p < nPoints; p++) {
      const used = local.countUsed(p);
      obsUsed[p] = used;
      if (used === 0) {
        copyBackground(p);
        continue;
      }
      const count = interp.weights(p, idx, wts);
      w.fill(0);
      for (let c = 0; c < count; c++) {
        const base = (idx[c] as number) * k * k;
        const f = wts[c] as number;
        for (let i = 0; i < k * k; i++) w[i] = (w[i] as number) + f * (ws[base + i] as number);
      }
      for (let v = 0; v < nVar; v++) {
        const s0 = v * nPoints + p;
        for (let i = 0; i < k; i++) col[i] = xb[i * n + s0] as number;
        applyTransform(w, col, xbMean[s0] as number, out, n, s0, k);
      }
    }
  }
  const { mean, spread } = ensembleMeanSpread(out, k, n);
  return { ensemble: out, mean, spread, backgroundMean: xbMean, obsUsed };
}

function applyH(h: (member: Float64Array, out: Float64Array) => void, ensemble: Float64Array, k: number, n: number, m: number): Float64Array {
  const hx = new Float64Array(m * k);
  const tmp = new Float64Array(m);
  for (let j = 0; j < k; j++) {
    h(ensemble.subarray(j * n, (j + 1) * n), tmp);
    for (let o = 0; o < m; o++) hx[o * k + j] = tmp[o] as number;
  }
  return hx;
}

/** Mean and standard deviation (divisor k − 1) of a k × n member-major ensemble. */
export function ensembleMeanSpread(ensemble: Float64Array, k: number, n: number): { mean: Float64Array; spread: Float64Array } {
  const mean = new Float64Array(n);
  const spread = new Float64Array(n);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) mean[i] = (mean[i] as number) + (ensemble[j * n + i] as number) / k;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) {
      const d = (ensemble[j * n + i] as number) - (mean[i] as number);
      spread[i] = (spread[i] as number) + d * d;
    }
  }
  for (let i = 0; i < n; i++) spread[i] = Math.sqrt((spread[i] as number) / (k - 1));
  return { mean, spread };
}
