/**
 * Times one analysis by optimal interpolation and by the LETKF (20 members) with 1,000 and 10,000
 * synthetic observations on the 1-degree global grid (360 × 181 = 65,160 points), on one core, and
 * prints the figures (not a test; see docs/assimilation-notes.md). Seeded, so every run sees the same
 * data. Usage: node --import tsx scripts/perf/assimilation-timing.ts [--repeat 3]
 *
 * Synthetic set-up: a smooth background field; observations uniformly distributed over the sphere;
 * OI with a Gaussian correlation, L = 300 km, radius 900 km, 30 observations per 4 × 4-point tile;
 * LETKF with Gaspari–Cohn half-width 300 km (cut-off 600 km), inflation 1.05, ensemble members
 * = background + smooth random perturbations, H = bilinear interpolation.
 */
import { parseArgs } from 'node:util';
import { mulberry32 } from '../../common/random.js';
import {
  applyPointOperator,
  applyPointOperatorEnsemble,
  buildPointOperator,
  globalGrid,
  gridPoints,
  gridSize,
  letkfAnalysis,
  normalGenerator,
  oiAnalysis,
  sphereLocaliser,
} from '../../cloud/assimilation/index.js';

const { values: args } = parseArgs({ options: { repeat: { type: 'string', default: '3' } } });
const repeat = Math.max(1, Number(args.repeat));
const grid = globalGrid(1);
const nPts = gridSize(grid);
const { latDeg, lonDeg } = gridPoints(grid);
const rng = mulberry32(20240609);
const gauss = normalGenerator(rng);
const RAD = Math.PI / 180;
const smooth = (a: number, b: number, c: number): ((la: number, lo: number) => number) => (la, lo) =>
  a * Math.sin(2 * lo * RAD + b) * Math.cos(la * RAD) + c * Math.cos(3 * la * RAD);
const truthF = smooth(5, 0.3, 10);
const background = Float64Array.from({ length: nPts }, (_, g) => truthF(latDeg[g] as number, lonDeg[g] as number) + 1);
const k = 20;
const ensemble = new Float64Array(k * nPts);
for (let j = 0; j < k; j++) {
  const f = smooth(gauss(), 6 * rng(), gauss());
  for (let g = 0; g < nPts; g++) ensemble[j * nPts + g] = (background[g] as number) + f(latDeg[g] as number, lonDeg[g] as number);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

console.log(`grid 1° global ${grid.nLon} × ${grid.nLat} = ${nPts} points; node ${process.version}; median of ${repeat}`);
for (const m of [1000, 10000]) {
  const oLat = Float64Array.from({ length: m }, () => Math.asin(2 * rng() - 1) / RAD);
  const oLon = Float64Array.from({ length: m }, () => 360 * rng());
  const op = buildPointOperator(grid, oLat, oLon);
  const y = Float64Array.from({ length: m }, (_, o) => truthF(oLat[o] as number, oLon[o] as number) + gauss());
  const r = new Float64Array(m).fill(1);
  const hxb = applyPointOperator(op, background, new Float64Array(m));
  const oiMs: number[] = [];
  const letkfMs: number[] = [];
  let meanObsOi = 0;
  let meanObsLetkf = 0;
  for (let rep = 0; rep < repeat; rep++) {
    let t0 = performance.now();
    const oi = oiAnalysis({ grid, background, backgroundErrorVariance: 1, obsLatDeg: oLat, obsLonDeg: oLon, observations: y, obsErrorVariance: r, hxb, lengthScaleKm: 300, radiusKm: 900, maxObs: 30, tileSize: 4 });
    oiMs.push(performance.now() - t0);
    meanObsOi = oi.obsUsed.reduce((s, v) => s + v, 0) / nPts;
    t0 = performance.now();
    const hx = applyPointOperatorEnsemble(op, ensemble, k, nPts);
    const localiser = sphereLocaliser(latDeg, lonDeg, oLat, oLon, 300);
    const res = letkfAnalysis({ k, n: nPts, ensemble, observations: y, obsErrorVariance: r, hx, localiser, inflation: 1.05 });
    letkfMs.push(performance.now() - t0);
    meanObsLetkf = res.obsUsed.reduce((s, v) => s + v, 0) / nPts;
  }
  console.log(`m = ${m}: OI ${median(oiMs).toFixed(0)} ms (mean ${meanObsOi.toFixed(1)} obs/point); LETKF k=${k} ${median(letkfMs).toFixed(0)} ms (mean ${meanObsLetkf.toFixed(1)} obs/point)`);
}
