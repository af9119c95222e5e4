/**
 * Times one analysis by optimal interpolation and by the LETKF (20 members) with 1,000 and 10,000
 * synthetic observations on the 1-degree global grid (360 × 181 = 65,160 points), on one core, and
 * prints the figures (not a test; see docs/assimilation-notes.md). Seeded, so every run sees the same
 * data (the set-up is exported for `npm run bench:science`). Usage: node --import tsx scripts/perf/assimilation-timing.ts [--repeat 3]
 *
 * Synthetic set-up: a smooth background field; observations uniformly distributed over the sphere;
 * OI with a Gaussian correlation, L = 300 km, radius 900 km, 30 observations per 4 × 4-point tile;
 * LETKF with Gaspari–Cohn half-width 300 km (cut-off 600 km), inflation 1.05, ensemble members
 * = background + smooth random perturbations, H = bilinear interpolation.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../../common/random.js';
import {
  applyPointOperator,
  applyPointOperatorEnsemble,
  buildPointOperator,
  globalGrid,
  gridPoints,
  gridSize,
  gridWeightInterpolation,
  letkfAnalysis,
  normalGenerator,
  oiAnalysis,
  sphereLocaliser,
} from '../../cloud/assimilation/index.js';

const RAD = Math.PI / 180;
const smooth = (a: number, b: number, c: number): ((la: number, lo: number) => number) => (la, lo) =>
  a * Math.sin(2 * lo * RAD + b) * Math.cos(la * RAD) + c * Math.cos(3 * la * RAD);

/** The synthetic set-up on the 1° global grid (background, truth, a k-member ensemble), seeded. */
export function syntheticSetup(k = 20, seed = 20240609) {
  const grid = globalGrid(1);
  const nPts = gridSize(grid);
  const { latDeg, lonDeg } = gridPoints(grid);
  const rng = mulberry32(seed);
  const gauss = normalGenerator(rng);
  const truthF = smooth(5, 0.3, 10);
  const background = Float64Array.from({ length: nPts }, (_, g) => truthF(latDeg[g] as number, lonDeg[g] as number) + 1);
  const ensemble = new Float64Array(k * nPts);
  for (let j = 0; j < k; j++) {
    const f = smooth(gauss(), 6 * rng(), gauss());
    for (let g = 0; g < nPts; g++) ensemble[j * nPts + g] = (background[g] as number) + f(latDeg[g] as number, lonDeg[g] as number);
  }
  /** m observations uniformly over the sphere, with their operator and H(background). */
  function observations(m: number) {
    const oLat = Float64Array.from({ length: m }, () => Math.asin(2 * rng() - 1) / RAD);
    const oLon = Float64Array.from({ length: m }, () => 360 * rng());
    const op = buildPointOperator(grid, oLat, oLon);
    const y = Float64Array.from({ length: m }, (_, o) => truthF(oLat[o] as number, oLon[o] as number) + gauss());
    const r = new Float64Array(m).fill(1);
    const hxb = applyPointOperator(op, background, new Float64Array(m));
    return { m, oLat, oLon, op, y, r, hxb };
  }
  /** One OI analysis; returns mean observations used per grid point. */
  function runOi(obs: ReturnType<typeof observations>): number {
    const oi = oiAnalysis({ grid, background, backgroundErrorVariance: 1, obsLatDeg: obs.oLat, obsLonDeg: obs.oLon, observations: obs.y, obsErrorVariance: obs.r, hxb: obs.hxb, lengthScaleKm: 300, radiusKm: 900, maxObs: 30, tileSize: 4 });
    return oi.obsUsed.reduce((s, v) => s + v, 0) / nPts;
  }
  /** One LETKF analysis including H(x) of the ensemble and the localiser; returns mean observations used per point. */
  function runLetkf(obs: ReturnType<typeof observations>, weightStride?: number): number {
    const hx = applyPointOperatorEnsemble(obs.op, ensemble, k, nPts);
    const localiser = sphereLocaliser(latDeg, lonDeg, obs.oLat, obs.oLon, 300);
    const weightInterpolation = weightStride === undefined ? undefined : gridWeightInterpolation(grid, weightStride);
    const res = letkfAnalysis({ k, n: nPts, ensemble, observations: obs.y, obsErrorVariance: obs.r, hx, localiser, inflation: 1.05, ...(weightInterpolation ? { weightInterpolation } : {}) });
    return res.obsUsed.reduce((s, v) => s + v, 0) / nPts;
  }
  return { grid, nPts, k, observations, runOi, runLetkf };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function main(): void {
  const { values: args } = parseArgs({ options: { repeat: { type: 'string', default: '3' } } });
  const repeat = Math.max(1, Number(args.repeat));
  const setup = syntheticSetup();
  const { grid, nPts, k } = setup;
  console.log(`grid 1° global ${grid.nLon} × ${grid.nLat} = ${nPts} points; node ${process.version}; median of ${repeat}`);
  for (const m of [1000, 10000]) {
    const obs = setup.observations(m);
    const oiMs: number[] = [];
    const letkfMs: number[] = [];
    let meanObsOi = 0;
    let meanObsLetkf = 0;
    for (let rep = 0; rep < repeat; rep++) {
      let t0 = performance.now();
      meanObsOi = setup.runOi(obs);
      oiMs.push(performance.now() - t0);
      t0 = performance.now();
      meanObsLetkf = setup.runLetkf(obs);
      letkfMs.push(performance.now() - t0);
    }
    console.log(`m = ${m}: OI ${median(oiMs).toFixed(0)} ms (mean ${meanObsOi.toFixed(1)} obs/point); LETKF k=${k} ${median(letkfMs).toFixed(0)} ms (mean ${meanObsLetkf.toFixed(1)} obs/point)`);
  }
}

// Run as a script; imported by scripts/bench-science for the same set-up.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
