/**
 * The Lorenz-96 twin experiment shared by the tests (not a test file itself): a truth run, synthetic
 * observations with error variance R, a free ensemble run and an LETKF-cycled ensemble, all from one
 * seed.
 */
import { mulberry32 } from '../../common/random.js';
import { normalGenerator } from '../../cloud/assimilation/random-normal.js';
import { distanceLocaliser, letkfAnalysis, ringDistance, ringWeightInterpolation, type EigenSolverName } from '../../cloud/assimilation/index.js';
import { Lorenz96, rmse } from './lorenz96.js';

export interface TwinOptions {
  n?: number; k: number; cycles: number; spinUpCycles: number; halfWidth: number; inflation: number;
  obsEvery?: number; obsErrorVariance?: number; seed?: number; eigenSolver?: EigenSolverName;
  /** Compute transforms every `weightStride`-th variable and interpolate between (default: every one exactly). */
  weightStride?: number;
}

export interface TwinResult {
  /** Time-mean analysis RMSE after spin-up. */
  analysisRmse: number;
  /** Time-mean analysis spread (RMS over variables) after spin-up. */
  analysisSpread: number;
  /** Time-mean RMSE of the free (never analysed) ensemble mean after spin-up. */
  freeRmse: number;
  /** Time-mean RMSE of the observations themselves (√R in expectation). */
  obsRmse: number;
}

export function runTwin(opts: TwinOptions): TwinResult {
  const n = opts.n ?? 40;
  const { k } = opts;
  const every = opts.obsEvery ?? 1;
  const R = opts.obsErrorVariance ?? 1;
  const model = new Lorenz96(n, 8, 0.05);
  const gauss = normalGenerator(mulberry32(opts.seed ?? 42));
  const truth = new Float64Array(n).fill(8);
  truth[0] = 8.01;
  for (let t = 0; t < 1000; t++) model.step(truth);
  // Initial ensemble: states from a long free run (climatology), so the filter starts from scratch.
  const ens = new Float64Array(k * n);
  const clim = Float64Array.from(truth, (v) => v + gauss());
  for (let j = 0; j < k; j++) {
    for (let t = 0; t < 100; t++) model.step(clim);
    ens.set(clim, j * n);
  }
  const free = ens.slice();
  const obsPos = Array.from({ length: Math.ceil(n / every) }, (_, i) => i * every);
  const m = obsPos.length;
  const y = new Float64Array(m);
  const r = new Float64Array(m).fill(R);
  const localiser = distanceLocaliser(n, m, (p, o) => ringDistance(n, p, obsPos[o] as number), opts.halfWidth);
  const h = (member: Float64Array, out: Float64Array): void => {
    for (let o = 0; o < m; o++) out[o] = member[obsPos[o] as number] as number;
  };
  let sumA = 0, sumS = 0, sumF = 0, sumO = 0, count = 0;
  const mean = new Float64Array(n);
  const interp = opts.weightStride === undefined ? undefined : ringWeightInterpolation(n, opts.weightStride);
  let state: Float64Array = ens;
  for (let c = 0; c < opts.cycles; c++) {
    model.step(truth);
    for (let j = 0; j < k; j++) {
      model.step(state, j * n);
      model.step(free, j * n);
    }
    for (let o = 0; o < m; o++) y[o] = (truth[obsPos[o] as number] as number) + Math.sqrt(R) * gauss();
    const res = letkfAnalysis({ k, n, ensemble: state, observations: y, obsErrorVariance: r, hx: h, localiser, inflation: opts.inflation, eigenSolver: opts.eigenSolver ?? 'householder-ql', ...(interp ? { weightInterpolation: interp } : {}) });
    state = res.ensemble;
    if (c < opts.spinUpCycles) continue;
    mean.fill(0);
    for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) mean[i] = (mean[i] as number) + (free[j * n + i] as number) / k;
    sumA += rmse(res.mean, truth);
    sumS += Math.sqrt(res.spread.reduce((s, v) => s + v * v, 0) / n);
    sumF += rmse(mean, truth);
    let so = 0;
    for (let o = 0; o < m; o++) so += ((y[o] as number) - (truth[obsPos[o] as number] as number)) ** 2;
    sumO += Math.sqrt(so / m);
    count++;
  }
  return { analysisRmse: sumA / count, analysisSpread: sumS / count, freeRmse: sumF / count, obsRmse: sumO / count };
}
