/**
 * Cold-start ensemble for the LETKF: the first guess plus spatially correlated Gaussian perturbations.
 * White noise is smoothed by a separable Gaussian kernel of the background length scale (in grid
 * units along each axis), then the members are centred and scaled so the spread equals σ_b at every
 * point. Separable smoothing keeps this O(n · kernel) so it also works on a global grid, where a
 * Cholesky factor of the full correlation matrix would not fit.
 */
import { EARTH_RADIUS_KM, gridSize, type LatLonGrid } from '../assimilation/geo.js';
import { mulberry32 } from '../../common/random.js';
import { normalGenerator } from '../assimilation/random-normal.js';

export function initialEnsemble(grid: LatLonGrid, firstGuess: Float64Array, sd: number, k: number, lengthScaleKm: number, seed: number): Float64Array {
  const n = gridSize(grid);
  const normal = normalGenerator(mulberry32(seed));
  const kmPerDeg = (EARTH_RADIUS_KM * Math.PI) / 180;
  const sLat = lengthScaleKm / (kmPerDeg * grid.dLatDeg);
  const midLat = grid.lat0Deg + (grid.dLatDeg * (grid.nLat - 1)) / 2;
  const sLon = lengthScaleKm / (kmPerDeg * grid.dLonDeg * Math.max(Math.cos((midLat * Math.PI) / 180), 0.05));
  const ens = new Float64Array(k * n);
  const tmp = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const member = ens.subarray(j * n, (j + 1) * n);
    for (let i = 0; i < n; i++) member[i] = normal();
    smoothAxis(member, tmp, grid.nLat, grid.nLon, sLon, false, grid.periodicLon);
    smoothAxis(member, tmp, grid.nLat, grid.nLon, sLat, true, false);
  }
  // Centre and scale to spread sd, then add the first guess.
  for (let i = 0; i < n; i++) {
    let mean = 0;
    for (let j = 0; j < k; j++) mean += ens[j * n + i] as number;
    mean /= k;
    let ss = 0;
    for (let j = 0; j < k; j++) ss += ((ens[j * n + i] as number) - mean) ** 2;
    const scale = ss > 0 ? sd / Math.sqrt(ss / (k - 1)) : 0;
    for (let j = 0; j < k; j++) ens[j * n + i] = (firstGuess[i] as number) + ((ens[j * n + i] as number) - mean) * scale;
  }
  return ens;
}

/** Gaussian smoothing (σ in grid points) along rows (alongLat = false) or columns, in place. */
function smoothAxis(f: Float64Array, tmp: Float64Array, nLat: number, nLon: number, sigma: number, alongLat: boolean, periodic: boolean): void {
  if (!(sigma > 0.3)) return;
  const half = Math.min(Math.ceil(3 * sigma), alongLat ? nLat : nLon);
  const w = Array.from({ length: 2 * half + 1 }, (_, q) => Math.exp(-0.5 * ((q - half) / sigma) ** 2));
  const len = alongLat ? nLat : nLon;
  const lines = alongLat ? nLon : nLat;
  for (let line = 0; line < lines; line++) {
    for (let a = 0; a < len; a++) {
      let s = 0;
      let sw = 0;
      for (let q = -half; q <= half; q++) {
        let b = a + q;
        if (periodic) b = ((b % len) + len) % len;
        else if (b < 0 || b >= len) continue;
        const idx = alongLat ? b * nLon + line : line * nLon + b;
        const wq = w[q + half] as number;
        s += wq * (f[idx] as number);
        sw += wq;
      }
      tmp[alongLat ? a * nLon + line : line * nLon + a] = s / sw;
    }
  }
  f.set(tmp);
}
