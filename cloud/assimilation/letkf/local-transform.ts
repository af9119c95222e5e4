/**
 * The LETKF's local analysis at one point (Hunt, Kostelich & Szunyogh 2007, §2.3 steps 4–8), with its
 * buffers kept between points so the analysis loop allocates nothing:
 *   A = (k−1)/ρ I + Ybᵀ diag(w) Yb,  A = V Λ Vᵀ,  w̄ = V Λ⁻¹ Vᵀ c (c = Ybᵀ diag(w) d),
 *   Wa = V diag(√((k−1)/λ)) Vᵀ,  W = w̄ 1ᵀ + Wa,  x_a^(j) = x̄b + Σ_i Xb[i] W[i, j].
 * `applyTo` applies the same transform to one variable's perturbations through V without forming W.
 */
import { gaspariCohn } from '../gaspari-cohn.js';
import type { EigenSolverName, SymmetricEigenSolver } from './eigen.js';
import { HouseholderQlEigen } from './eigen-householder.js';
import { JacobiEigen } from './eigen-jacobi.js';
import type { Localiser } from './localisation.js';

export class LocalTransform {
  private readonly solver: SymmetricEigenSolver;
  private readonly a: Float64Array;
  private readonly c: Float64Array;
  /** Λ⁻¹ Vᵀ c. */
  private readonly vtc: Float64Array;
  /** √((k−1)/λ). */
  private readonly sq: Float64Array;
  private readonly t: Float64Array;
  private readonly nearIdx: Int32Array;
  private readonly nearDist: Float64Array;
  private readonly diag: number;

  /**
   * yb: perturbations of H(x), m × k observation-major; innov: y − ȳb (m); usable: 1 where the
   * observation may be used; r: observation error variances (m); rho: multiplicative inflation.
   */
  constructor(
    private readonly k: number,
    rho: number,
    eigenSolver: EigenSolverName | undefined,
    private readonly localiser: Localiser,
    private readonly yb: Float64Array,
    private readonly innov: Float64Array,
    private readonly usable: Uint8Array,
    private readonly r: Float64Array,
  ) {
    this.solver = eigenSolver === 'jacobi' ? new JacobiEigen(k) : new HouseholderQlEigen(k);
    this.a = new Float64Array(k * k);
    this.c = new Float64Array(k);
    this.vtc = new Float64Array(k);
    this.sq = new Float64Array(k);
    this.t = new Float64Array(k);
    const m = innov.length;
    this.nearIdx = new Int32Array(m);
    this.nearDist = new Float64Array(m);
    this.diag = (k - 1) / rho;
  }

  /** Observations with a non-zero weight at point p. */
  countUsed(p: number): number {
    const { nearIdx, nearDist, usable, r } = this;
    const count = this.localiser.near(p, nearIdx, nearDist);
    let used = 0;
    for (let l = 0; l < count; l++) {
      const o = nearIdx[l] as number;
      if (usable[o] === 1 && gaspariCohn(nearDist[l] as number, this.localiser.halfWidth) / (r[o] as number) > 0) used++;
    }
    return used;
  }

  /**
   * The local analysis at point p; returns the observations used. When it is 0 nothing else is
   * computed (the caller keeps the background there); otherwise transform/applyTo may follow.
   */
  compute(p: number): number {
    const { k, a, c, nearIdx, nearDist, usable, r, yb, innov } = this;
    const count = this.localiser.near(p, nearIdx, nearDist);
    a.fill(0);
    c.fill(0);
    let used = 0;
    for (let l = 0; l < count; l++) {
      const o = nearIdx[l] as number;
      if (usable[o] !== 1) continue;
      const wt = gaspariCohn(nearDist[l] as number, this.localiser.halfWidth) / (r[o] as number);
      if (!(wt > 0)) continue;
      used++;
      const base = o * k;
      const d = innov[o] as number;
      for (let i = 0; i < k; i++) {
        const yi = wt * (yb[base + i] as number);
        c[i] = (c[i] as number) + yi * d;
        const row = i * k;
        for (let j = i; j < k; j++) a[row + j] = (a[row + j] as number) + yi * (yb[base + j] as number);
      }
    }
    if (used === 0) return 0;
    for (let i = 0; i < k; i++) a[i * k + i] = (a[i * k + i] as number) + this.diag;
    this.solver.decompose(a);
    const lam = this.solver.values;
    const V = this.solver.vectors;
    for (let q = 0; q < k; q++) {
      let s = 0;
      for (let i = 0; i < k; i++) s += (V[i * k + q] as number) * (c[i] as number);
      this.vtc[q] = s / (lam[q] as number);
      this.sq[q] = Math.sqrt((k - 1) / (lam[q] as number));
    }
    return used;
  }

  /** W = w̄ 1ᵀ + Wa (k × k row-major: W[i, j] weights perturbation i in member j) of the last compute(). */
  transform(w: Float64Array): void {
    const { k, vtc, sq } = this;
    const V = this.solver.vectors;
    const wbar = this.t;
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let q = 0; q < k; q++) s += (V[i * k + q] as number) * (vtc[q] as number);
      wbar[i] = s;
    }
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += (V[i * k + q] as number) * (sq[q] as number) * (V[j * k + q] as number);
        w[i * k + j] = s;
        w[j * k + i] = s;
      }
    }
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) w[i * k + j] = (w[i * k + j] as number) + (wbar[i] as number);
  }

  /**
   * out[j*n + s0] = mean + Σ_i col[i] W[i, j] for the transform of the last compute(), through V:
   * with t = Vᵀ col, the mean moves by tᵀ Λ⁻¹ Vᵀ c and member j by Σ_q V[j, q] √((k−1)/λ_q) t_q.
   */
  applyTo(col: Float64Array, mean: number, out: Float64Array, n: number, s0: number): void {
    const { k, vtc, sq, t } = this;
    const V = this.solver.vectors;
    t.fill(0);
    for (let i = 0; i < k; i++) {
      const ci = col[i] as number;
      const row = i * k;
      for (let q = 0; q < k; q++) t[q] = (t[q] as number) + (V[row + q] as number) * ci;
    }
    let meanA = mean;
    for (let q = 0; q < k; q++) {
      meanA += (t[q] as number) * (vtc[q] as number);
      t[q] = (t[q] as number) * (sq[q] as number);
    }
    for (let j = 0; j < k; j++) {
      let s = meanA;
      const row = j * k;
      for (let q = 0; q < k; q++) s += (V[row + q] as number) * (t[q] as number);
      out[j * n + s0] = s;
    }
  }
}

/** out[j*n + s0] = mean + Σ_i col[i] W[i, j]. */
export function applyTransform(w: Float64Array, col: Float64Array, mean: number, out: Float64Array, n: number, s0: number, k: number): void {
  for (let j = 0; j < k; j++) {
    let s = mean;
    for (let i = 0; i < k; i++) s += (col[i] as number) * (w[i * k + j] as number);
    out[j * n + s0] = s;
  }
}
