/**
 * Cholesky factorisation and triangular solves for the small symmetric positive-definite systems of
 * optimal interpolation (p ≤ ~50), in place on row-major Float64Arrays so a factor can be reused for
 * every grid point that shares the same observations.
 */

/**
 * Overwrite the lower triangle of the p × p row-major matrix a (leading dimension p) with L, a = L Lᵀ.
 * Only the lower triangle is read. Returns false if a is not (numerically) positive definite.
 */
export function choleskyInPlace(a: Float64Array, p: number): boolean {
  for (let j = 0; j < p; j++) {
    let s = a[j * p + j] as number;
    for (let q = 0; q < j; q++) s -= (a[j * p + q] as number) ** 2;
    if (!(s > 0)) return false;
    const ljj = Math.sqrt(s);
    a[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let t = a[i * p + j] as number;
      for (let q = 0; q < j; q++) t -= (a[i * p + q] as number) * (a[j * p + q] as number);
      a[i * p + j] = t / ljj;
    }
  }
  return true;
}

/** Solve L z = b (forward substitution) in place in b, L from choleskyInPlace. */
export function forwardSolve(l: Float64Array, p: number, b: Float64Array): void {
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let q = 0; q < i; q++) s -= (l[i * p + q] as number) * (b[q] as number);
    b[i] = s / (l[i * p + i] as number);
  }
}

/** Solve Lᵀ x = z (back substitution) in place in z. */
export function backSolve(l: Float64Array, p: number, z: Float64Array): void {
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let q = i + 1; q < p; q++) s -= (l[q * p + i] as number) * (z[q] as number);
    z[i] = s / (l[i * p + i] as number);
  }
}
