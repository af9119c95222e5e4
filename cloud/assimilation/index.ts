/**
 * Public API of the analysis core libraries (cloud/assimilation). Everything works on plain
 * Float64Arrays; layouts are documented where each function is defined:
 * - letkf/letkf.ts: ensemble member-major (k × n), state variable-major (nVar × nPoints), H(x) m × k.
 * - geo.ts: grid fields in row order, point p = iLat * nLon + iLon, rows south → north.
 */
export { gaspariCohn, gaspariCohnSupport } from './gaspari-cohn.js';
export {
  EARTH_RADIUS_KM,
  STANDARD_LAPSE_RATE_K_PER_M,
  bilinearWeights,
  chord2ToKm,
  globalGrid,
  greatCircleKm,
  gridPoints,
  gridSize,
  interpolateBilinear,
  lapseRateCorrection,
  regionalGrid,
  toUnitVectors,
  type LatLonGrid,
} from './geo.js';
export { applyPointOperator, applyPointOperatorEnsemble, buildPointOperator, type PointOperator, type PointOperatorOptions } from './observation-operator.js';
export { SphereIndex } from './spatial-index.js';
export { normalGenerator } from './random-normal.js';
export { letkfAnalysis, ensembleMeanSpread, type LetkfInput, type LetkfResult } from './letkf/letkf.js';
export { distanceLocaliser, ringDistance, sphereLocaliser, type Localiser } from './letkf/localisation.js';
export { gridWeightInterpolation, ringWeightInterpolation, type WeightInterpolation } from './letkf/weight-interpolation.js';
export type { EigenSolverName, SymmetricEigenSolver } from './letkf/eigen.js';
export { JacobiEigen } from './letkf/eigen-jacobi.js';
export { HouseholderQlEigen } from './letkf/eigen-householder.js';
export { oiAnalysis, type OiInput, type OiResult } from './oi/oi.js';
export { correlation, type CorrelationModel } from './oi/correlation.js';
export { choleskyInPlace, forwardSolve, backSolve } from './oi/cholesky.js';
