/**
 * Symmetric eigen-decomposition by Householder reduction to tridiagonal form followed by the
 * implicit QL algorithm with Wilkinson-type shifts (the EISPACK tred2/tql2 pair, Martin, Reinsch &
 * Wilkinson 1968, in the form of the public-domain JAMA library). About (4/3 + ~6) k³ flops with
 * eigenvectors, several times fewer than cyclic Jacobi, which matters at one decomposition per grid
 * point. Buffers are kept between calls.
 */
import type { SymmetricEigenSolver } from './eigen.js';

const EPS = 2 ** -52;

export class HouseholderQlEigen implements SymmetricEigenSolver {
  readonly k: number;
  readonly values: Float64Array;
  readonly vectors: Float64Array;
  private readonly e: Float64Array;
  /**
   * Work matrix, the TRANSPOSE of JAMA's V (row j = column j of V), so that the innermost loops of
   * both stages (column sweeps in tred2, the Givens rotations in tql2) walk contiguous memory.
   */
  private readonly w: Float64Array;
  /** The Givens rotations of the last decomposeProjected (plane i, i+1; cosine, sine), in order. */
  private rotI: Int32Array;
  private rotC: Float64Array;
  private rotS: Float64Array;
  private nRot = 0;
  private tmp: Float64Array;

  constructor(k: number) {
    this.k = k;
    this.values = new Float64Array(k);
    this.vectors = new Float64Array(k * k);
    this.e = new Float64Array(k);
    this.w = new Float64Array(k * k);
    this.rotI = new Int32Array(8 * k * k);
    this.rotC = new Float64Array(8 * k * k);
    this.rotS = new Float64Array(8 * k * k);
    this.tmp = new Float64Array(k);
  }

  decompose(m: Float64Array): void {
    const n = this.k;
    const V = this.w;
    // Symmetrise from the upper triangle so that only it is read, as with JacobiEigen.
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const x = m[i * n + j] as number;
        V[i * n + j] = x;
        V[j * n + i] = x;
      }
    }
    this.tred2();
    this.tql2(V, n, false);
    // Row j of the work matrix is eigenvector j; the interface wants it as column j.
    const out = this.vectors;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = V[j * n + i] as number;
  }

  /**
   * Eigenvalues of m (into values, m = E Λ Eᵀ) and, for nvec vectors u_r, their coordinates Eᵀu_r in
   * the eigenvector basis, without forming E: p holds the vectors component-major (p[i*nvec + r] =
   * u_r[i]) and is overwritten with Eᵀu_r in the same layout; `expand` then maps coordinates back.
   * The QL rotations are applied to those nvec rows instead of k, and recorded; the cost is about
   * half of decompose() (used by the LETKF when a point has fewer variables than k/2).
   * `vectors` is not updated.
   */
  decomposeProjected(m: Float64Array, p: Float64Array, nvec: number): void {
    const n = this.k;
    const V = this.w;
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const x = m[i * n + j] as number;
        V[i * n + j] = x;
        V[j * n + i] = x;
      }
    }
    this.tred2();
    // p ← Qᵀ p (row j of the work matrix is column j of Q).
    if (this.tmp.length < n * nvec) this.tmp = new Float64Array(n * nvec);
    const t = this.tmp;
    for (let j = 0; j < n; j++) {
      for (let r = 0; r < nvec; r++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += (V[j * n + i] as number) * (p[i * nvec + r] as number);
        t[j * nvec + r] = s;
      }
    }
    p.set(t.subarray(0, n * nvec));
    this.nRot = 0;
    this.tql2(p, nvec, true);
  }

  /** out = E z for the eigenvectors E of the last decomposeProjected (z is not modified). */
  expand(z: Float64Array, out: Float64Array): void {
    const n = this.k;
    const V = this.w;
    const y = this.tmp;
    for (let i = 0; i < n; i++) y[i] = z[i] as number;
    // S z with S = R_1 R_2 … R_N (the QL rotations): apply R_N first.
    for (let q = this.nRot - 1; q >= 0; q--) {
      const i = this.rotI[q] as number;
      const c = this.rotC[q] as number;
      const s = this.rotS[q] as number;
      const a = y[i] as number;
      const b = y[i + 1] as number;
      y[i] = c * a + s * b;
      y[i + 1] = c * b - s * a;
    }
    // Q y: Σ_j y_j (column j of Q) = Σ_j y_j (row j of the work matrix).
    out.fill(0, 0, n);
    for (let j = 0; j < n; j++) {
      const yj = y[j] as number;
      const row = j * n;
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (V[row + i] as number) * yj;
    }
  }

  private recordRotation(i: number, c: number, s: number): void {
    if (this.nRot === this.rotI.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (len: number) => T): T => {
        const b = make(2 * a.length);
        b.set(a);
        return b;
      };
      this.rotI = grow(this.rotI, (len) => new Int32Array(len));
      this.rotC = grow(this.rotC, (len) => new Float64Array(len));
      this.rotS = grow(this.rotS, (len) => new Float64Array(len));
    }
    this.rotI[this.nRot] = i;
    this.rotC[this.nRot] = c;
    this.rotS[this.nRot] = s;
    this.nRot++;
  }

  /** Householder tridiagonalisation (indices as in JAMA with V[a][b] stored at [b*n + a]); V accumulates the transformations, d/e the tridiagonal. */
  private tred2(): void {
    const n = this.k;
    const V = this.w;
    const d = this.values;
    const e = this.e;
    for (let j = 0; j < n; j++) d[j] = V[j * n + (n - 1)] as number;
    for (let i = n - 1; i > 0; i--) {
      let scale = 0;
      let h = 0;
      for (let k = 0; k < i; k++) scale += Math.abs(d[k] as number);
      if (scale === 0) {
        e[i] = d[i - 1] as number;
        for (let j = 0; j < i; j++) {
          d[j] = V[j * n + (i - 1)] as number;
          V[j * n + i] = 0;
          V[i * n + j] = 0;
        }
      } else {
        for (let k = 0; k < i; k++) {
          d[k] = (d[k] as number) / scale;
          h += (d[k] as number) * (d[k] as number);
        }
        let f = d[i - 1] as number;
        let g = Math.sqrt(h);
        if (f > 0) g = -g;
        e[i] = scale * g;
        h -= f * g;
        d[i - 1] = f - g;
        for (let j = 0; j < i; j++) e[j] = 0;
        for (let j = 0; j < i; j++) {
          f = d[j] as number;
          V[i * n + j] = f;
          g = (e[j] as number) + (V[j * n + j] as number) * f;
          for (let k = j + 1; k <= i - 1; k++) {
            g += (V[j * n + k] as number) * (d[k] as number);
            e[k] = (e[k] as number) + (V[j * n + k] as number) * f;
          }
          e[j] = g;
        }
        f = 0;
        for (let j = 0; j < i; j++) {
          e[j] = (e[j] as number) / h;
          f += (e[j] as number) * (d[j] as number);
        }
        const hh = f / (h + h);
        for (let j = 0; j < i; j++) e[j] = (e[j] as number) - hh * (d[j] as number);
        for (let j = 0; j < i; j++) {
          f = d[j] as number;
          g = e[j] as number;
          for (let k = j; k <= i - 1; k++) V[j * n + k] = (V[j * n + k] as number) - (f * (e[k] as number) + g * (d[k] as number));
          d[j] = V[j * n + (i - 1)] as number;
          V[j * n + i] = 0;
        }
      }
      d[i] = h;
    }
    // Accumulate the transformations.
    for (let i = 0; i < n - 1; i++) {
      V[i * n + (n - 1)] = V[i * n + i] as number;
      V[i * n + i] = 1;
      const h = d[i + 1] as number;
      if (h !== 0) {
        for (let k = 0; k <= i; k++) d[k] = (V[(i + 1) * n + k] as number) / h;
        for (let j = 0; j <= i; j++) {
          let g = 0;
          for (let k = 0; k <= i; k++) g += (V[(i + 1) * n + k] as number) * (V[j * n + k] as number);
          for (let k = 0; k <= i; k++) V[j * n + k] = (V[j * n + k] as number) - g * (d[k] as number);
        }
      }
      for (let k = 0; k <= i; k++) V[(i + 1) * n + k] = 0;
    }
    for (let j = 0; j < n; j++) {
      d[j] = V[j * n + (n - 1)] as number;
      V[j * n + (n - 1)] = 0;
    }
    V[(n - 1) * n + (n - 1)] = 1;
    e[0] = 0;
  }

  /**
   * Implicit QL on the tridiagonal (d, e), rotating V (here `rows` rows of JAMA's V, stored transposed:
   * element [row][i] at i*rows + row) into the eigenvectors; records the rotations when asked.
   */
  private tql2(V: Float64Array, rows: number, record: boolean): void {
    const n = this.k;
    const d = this.values;
    const e = this.e;
    for (let i = 1; i < n; i++) e[i - 1] = e[i] as number;
    e[n - 1] = 0;
    let f = 0;
    let tst1 = 0;
    for (let l = 0; l < n; l++) {
      tst1 = Math.max(tst1, Math.abs(d[l] as number) + Math.abs(e[l] as number));
      let m = l;
      while (m < n - 1 && Math.abs(e[m] as number) > EPS * tst1) m++;
      if (m > l) {
        let iter = 0;
        do {
          if (++iter > 60) throw new Error('QL eigen-decomposition did not converge');
          let g = d[l] as number;
          let p = ((d[l + 1] as number) - g) / (2 * (e[l] as number));
          let r = Math.sqrt(p * p + 1);
          if (p < 0) r = -r;
          d[l] = (e[l] as number) / (p + r);
          d[l + 1] = (e[l] as number) * (p + r);
          const dl1 = d[l + 1] as number;
          let h = g - (d[l] as number);
          for (let i = l + 2; i < n; i++) d[i] = (d[i] as number) - h;
          f += h;
          p = d[m] as number;
          let c = 1;
          let c2 = c;
          let c3 = c;
          const el1 = e[l + 1] as number;
          let s = 0;
          let s2 = 0;
          for (let i = m - 1; i >= l; i--) {
            c3 = c2;
            c2 = c;
            s2 = s;
            const ei = e[i] as number;
            g = c * ei;
            h = c * p;
            r = Math.sqrt(p * p + ei * ei);
            e[i + 1] = s * r;
            s = ei / r;
            c = p / r;
            p = c * (d[i] as number) - s * g;
            d[i + 1] = h + s * (c * g + s * (d[i] as number));
            const r0 = i * rows;
            const r1 = r0 + rows;
            if (record) this.recordRotation(i, c, s);
            for (let k = 0; k < rows; k++) {
              const hv = V[r1 + k] as number;
              const vi = V[r0 + k] as number;
              V[r1 + k] = s * vi + c * hv;
              V[r0 + k] = c * vi - s * hv;
            }
          }
          p = (-s * s2 * c3 * el1 * (e[l] as number)) / dl1;
          e[l] = s * p;
          d[l] = c * p;
        } while (Math.abs(e[l] as number) > EPS * tst1);
      }
      d[l] = (d[l] as number) + f;
      e[l] = 0;
    }
  }
}
