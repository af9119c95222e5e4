/**
 * The small symmetric eigen-solvers the LETKF uses for its k × k matrix (k = ensemble size), written
 * here rather than taken from a library: see eigen-jacobi.ts for why. Two implementations of one
 * interface, checked against each other and against reconstruction in the tests:
 * - JacobiEigen: cyclic Jacobi, simplest and most robust; ~130 µs for k = 20;
 * - HouseholderQlEigen: Householder tridiagonalisation + implicit QL, ~4× faster (the default).
 */
export interface SymmetricEigenSolver {
  readonly k: number;
  /** Eigenvalues after decompose() (order unspecified). */
  readonly values: Float64Array;
  /** Eigenvectors after decompose(): column j (vectors[i*k + j]) belongs to values[j]. */
  readonly vectors: Float64Array;
  /** Decompose the symmetric k × k row-major matrix m: m = V diag(values) Vᵀ. m is not modified. */
  decompose(m: Float64Array): void;
}

export type EigenSolverName = 'householder-ql' | 'jacobi';
