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

  constructor(k: number) {
    this.k = k;
    this.values = new Float64Array(k);
    this.vectors = new Float64Array(k * k);
    this.e = new Float64Array(k);
  }

  decompose(m: Float64Array): void {
    const n = this.k;
    const V = this.vectors;
    // Symmetrise from the upper triangle so that only it is read, as with JacobiEigen.
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const x = m[i * n + j] as number;
        V[i * n + j] = x;
        V[j * n + i] = x;
      }
    }
    this.tred2();
    this.tql2();
  }

  /** Householder tridiagonalisation; V accumulates the transformations, d/e the tridiagonal. */
  private tred2(): void {
    const n = this.k;
    const V = this.vectors;
    const d = this.values;
    const e = this.e;
    for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j] as number;
    for (let i = n - 1; i > 0; i--) {
      let scale = 0;
      let h = 0;
      for (let k = 0; k < i; k++) scale += Math.abs(d[k] as number);
      if (scale === 0) {
        e[i] = d[i - 1] as number;
        for (let j = 0; j < i; j++) {
          d[j] = V[(i - 1) * n + j] as number;
          V[i * n + j] = 0;
          V[j * n + i] = 0;
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
          V[j * n + i] = f;
          g = (e[j] as number) + (V[j * n + j] as number) * f;
          for (let k = j + 1; k <= i - 1; k++) {
            g += (V[k * n + j] as number) * (d[k] as number);
            e[k] = (e[k] as number) + (V[k * n + j] as number) * f;
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
          for (let k = j; k <= i - 1; k++) V[k * n + j] = (V[k * n + j] as number) - (f * (e[k] as number) + g * (d[k] as number));
          d[j] = V[(i - 1) * n + j] as number;
          V[i * n + j] = 0;
        }
      }
      d[i] = h;
    }
    // Accumulate the transformations.
    for (let i = 0; i < n - 1; i++) {
      V[(n - 1) * n + i] = V[i * n + i] as number;
      V[i * n + i] = 1;
      const h = d[i + 1] as number;
      if (h !== 0) {
        for (let k = 0; k <= i; k++) d[k] = (V[k * n + i + 1] as number) / h;
        for (let j = 0; j <= i; j++) {
          let g = 0;
          for (let k = 0; k <= i; k++) g += (V[k * n + i + 1] as number) * (V[k * n + j] as number);
          for (let k = 0; k <= i; k++) V[k * n + j] = (V[k * n + j] as number) - g * (d[k] as number);
        }
      }
      for (let k = 0; k <= i; k++) V[k * n + i + 1] = 0;
    }
    for (let j = 0; j < n; j++) {
      d[j] = V[(n - 1) * n + j] as number;
      V[(n - 1) * n + j] = 0;
    }
    V[(n - 1) * n + n - 1] = 1;
    e[0] = 0;
  }

  /** Implicit QL on the tridiagonal (d, e), rotating V into the eigenvectors. */
  private tql2(): void {
    const n = this.k;
    const V = this.vectors;
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
            for (let k = 0; k < n; k++) {
              const row = k * n;
              const hv = V[row + i + 1] as number;
              const vi = V[row + i] as number;
              V[row + i + 1] = s * vi + c * hv;
              V[row + i] = c * vi - s * hv;
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
