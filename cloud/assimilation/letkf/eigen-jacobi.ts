/**
 * Eigen-decomposition of a small symmetric matrix by the cyclic Jacobi method with Rutishauser's
 * thresholds (as in Numerical Recipes' `jacobi`): plane rotations zero the off-diagonal elements one
 * at a time; convergence is quadratic once they are small.
 *
 * Why our own and no library: the LETKF needs one k × k decomposition per grid point (k = ensemble
 * size, 10–100), tens of thousands per analysis. Node has no LAPACK binding we could depend on without
 * native builds on every target (the hub also runs on ARM boards), the pure-JS matrix libraries
 * allocate objects per call (GC pressure at 65,000 calls), and for k ≤ ~100 Jacobi is short, robust for
 * symmetric positive-definite matrices and accurate to working precision in every eigenvalue. This
 * class keeps its buffers between calls so the analysis loop allocates nothing.
 */
import type { SymmetricEigenSolver } from './eigen.js';

export class JacobiEigen implements SymmetricEigenSolver {
  readonly k: number;
  /** Eigenvalues after decompose() (unordered). */
  readonly values: Float64Array;
  /** Eigenvectors after decompose(): column j (vectors[i*k + j]) belongs to values[j]. */
  readonly vectors: Float64Array;
  /** Rotation sweeps used by the last call. */
  sweeps = 0;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly z: Float64Array;

  constructor(k: number) {
    this.k = k;
    this.values = new Float64Array(k);
    this.vectors = new Float64Array(k * k);
    this.a = new Float64Array(k * k);
    this.b = new Float64Array(k);
    this.z = new Float64Array(k);
  }

  /**
   * Decompose the symmetric k × k matrix m (row-major; only its upper triangle is read).
   * m = V diag(values) Vᵀ. Throws if it has not converged after 50 sweeps (not seen for finite input).
   */
  decompose(m: Float64Array): void {
    const { k, a, b, z } = this;
    const d = this.values;
    const v = this.vectors;
    a.set(m.subarray(0, k * k));
    v.fill(0);
    for (let i = 0; i < k; i++) {
      v[i * k + i] = 1;
      d[i] = a[i * k + i] as number;
      b[i] = d[i] as number;
      z[i] = 0;
    }
    for (let sweep = 1; sweep <= 50; sweep++) {
      let sm = 0;
      for (let p = 0; p < k - 1; p++) for (let q = p + 1; q < k; q++) sm += Math.abs(a[p * k + q] as number);
      if (sm === 0 || !(sm > 1e-300)) {
        this.sweeps = sweep - 1;
        return;
      }
      const tresh = sweep < 4 ? (0.2 * sm) / (k * k) : 0;
      for (let p = 0; p < k - 1; p++) {
        for (let q = p + 1; q < k; q++) {
          const apq = a[p * k + q] as number;
          const g = 100 * Math.abs(apq);
          const dp = d[p] as number;
          const dq = d[q] as number;
          if (sweep > 4 && Math.abs(dp) + g === Math.abs(dp) && Math.abs(dq) + g === Math.abs(dq)) {
            a[p * k + q] = 0;
            continue;
          }
          if (Math.abs(apq) <= tresh) continue;
          let h = dq - dp;
          let t: number;
          if (Math.abs(h) + g === Math.abs(h)) {
            t = apq / h;
          } else {
            const theta = (0.5 * h) / apq;
            t = 1 / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
            if (theta < 0) t = -t;
          }
          const c = 1 / Math.sqrt(1 + t * t);
          const s = t * c;
          const tau = s / (1 + c);
          h = t * apq;
          z[p] = (z[p] as number) - h;
          z[q] = (z[q] as number) + h;
          d[p] = dp - h;
          d[q] = dq + h;
          a[p * k + q] = 0;
          // Rotate the rest of the upper triangle: rows/columns p and q.
          for (let j = 0; j < p; j++) rotate(a, j * k + p, j * k + q, s, tau);
          for (let j = p + 1; j < q; j++) rotate(a, p * k + j, j * k + q, s, tau);
          for (let j = q + 1; j < k; j++) rotate(a, p * k + j, q * k + j, s, tau);
          for (let j = 0; j < k; j++) rotate(v, j * k + p, j * k + q, s, tau);
        }
      }
      for (let p = 0; p < k; p++) {
        b[p] = (b[p] as number) + (z[p] as number);
        d[p] = b[p] as number;
        z[p] = 0;
      }
    }
    throw new Error('Jacobi eigen-decomposition did not converge in 50 sweeps');
  }
}

function rotate(a: Float64Array, i: number, j: number, s: number, tau: number): void {
  const g = a[i] as number;
  const h = a[j] as number;
  a[i] = g - s * (h + g * tau);
  a[j] = h + s * (g - h * tau);
}
