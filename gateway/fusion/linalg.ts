/**
 * Dense symmetric positive-definite solves for the small local matrices of the SCT (m <= ~100).
 * Row-major Float64Array, m x m.
 */

/** In-place Cholesky factorisation A = L L^T (lower triangle). Returns false if A is not SPD. */
export function cholesky(a: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let d = a[j * m + j]!;
    for (let k = 0; k < j; k++) d -= a[j * m + k]! ** 2;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j]!;
      for (let k = 0; k < j; k++) s -= a[i * m + k]! * a[j * m + k]!;
      a[i * m + j] = s / ljj;
    }
  }
  return true;
}

/** Solves L L^T x = b with the factor from `cholesky`; b is overwritten by x. */
export function choleskySolve(l: Float64Array, m: number, b: Float64Array): Float64Array {
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * m + k]! * b[k]!;
    b[i] = s / l[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < m; k++) s -= l[k * m + i]! * b[k]!;
    b[i] = s / l[i * m + i]!;
  }
  return b;
}

/** Diagonal of A^-1 from the Cholesky factor: (A^-1)_ii = sum_k (L^-1)_ki^2, O(m^3 / 3). */
export function inverseDiagonal(l: Float64Array, m: number): Float64Array {
  const diag = new Float64Array(m);
  const col = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    // Column c of L^-1 by forward substitution of e_c (zero above row c).
    col.fill(0);
    col[c] = 1 / l[c * m + c]!;
    let acc = col[c]! ** 2;
    for (let i = c + 1; i < m; i++) {
      let s = 0;
      for (let k = c; k < i; k++) s -= l[i * m + k]! * col[k]!;
      col[i] = s / l[i * m + i]!;
      acc += col[i]! ** 2;
    }
    diag[c] = acc;
  }
  return diag;
}
