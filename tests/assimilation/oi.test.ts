import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EARTH_RADIUS_KM, correlation, gridPoints, gridSize, oiAnalysis, regionalGrid, toUnitVectors, type CorrelationModel } from '../../cloud/assimilation/index.js';

/** Chord distance (km) between two lat/lon points: what the OI correlations are evaluated on. */
function chordKm(la1: number, lo1: number, la2: number, lo2: number): number {
  const u = toUnitVectors([la1, la2], [lo1, lo2]);
  return EARTH_RADIUS_KM * Math.hypot((u[0] as number) - (u[3] as number), (u[1] as number) - (u[4] as number), (u[2] as number) - (u[5] as number));
}

for (const model of ['gaussian', 'soar'] as CorrelationModel[]) {
  for (const tileSize of [1, 4]) {
    test(`OI, one observation (${model}, tile ${tileSize}): increment K d with K = B/(B+R) decaying with the correlation; analysis variance B − K B`, () => {
      const grid = regionalGrid({ southDeg: 30, northDeg: 50, westDeg: 100, eastDeg: 130, resolutionDeg: 0.5 });
      const n = gridSize(grid);
      const background = new Float64Array(n).fill(10);
      const B = 4;
      const R = 1;
      const L = 300;
      const [oLat, oLon, y] = [40, 115, 13];
      const res = oiAnalysis({
        grid, background, backgroundErrorVariance: B, obsLatDeg: Float64Array.of(oLat), obsLonDeg: Float64Array.of(oLon),
        observations: Float64Array.of(y), obsErrorVariance: Float64Array.of(R), hxb: Float64Array.of(10),
        correlation: model, lengthScaleKm: L, radiusKm: 3000, tileSize,
      });
      const { latDeg, lonDeg } = gridPoints(grid);
      const d = y - 10;
      for (let g = 0; g < n; g++) {
        const rho = correlation(model, chordKm(latDeg[g] as number, lonDeg[g] as number, oLat, oLon), L);
        const wantInc = ((B * rho) / (B + R)) * d;
        const wantVar = B - (B * rho) ** 2 / (B + R);
        assert.ok(Math.abs((res.analysis[g] as number) - 10 - wantInc) < 1e-9, `g=${g}`);
        assert.ok(Math.abs((res.analysisErrorVariance[g] as number) - wantVar) < 1e-9, `g=${g}`);
      }
      // At the observation: K = B / (B + R) = 0.8, so the analysis is 10 + 0.8 · 3 and σa² = B R / (B + R).
      const at = ((oLat - 30) / 0.5) * grid.nLon + (oLon - 100) / 0.5;
      assert.ok(Math.abs((res.analysis[at] as number) - 12.4) < 1e-9);
      assert.ok(Math.abs((res.analysisErrorVariance[at] as number) - 0.8) < 1e-9);
    });
  }
}

test('OI, two observations: matches the direct 2 × 2 solve; radius and missing values are respected', () => {
  const grid = regionalGrid({ southDeg: 0, northDeg: 10, westDeg: 0, eastDeg: 10, resolutionDeg: 1 });
  const n = gridSize(grid);
  const B = 2;
  const R = Float64Array.of(0.5, 1.5, 1);
  const L = 200;
  const oLat = Float64Array.of(5, 5.5, 6);
  const oLon = Float64Array.of(5, 6, 5);
  const res = oiAnalysis({
    grid, background: new Float64Array(n), backgroundErrorVariance: B, obsLatDeg: oLat, obsLonDeg: oLon,
    observations: Float64Array.of(1, -1, NaN), obsErrorVariance: R, hxb: new Float64Array(3), lengthScaleKm: L, radiusKm: 600, tileSize: 2,
  });
  const c = (a: number, b: number): number => correlation('gaussian', chordKm(oLat[a] as number, oLon[a] as number, oLat[b] as number, oLon[b] as number), L);
  const s11 = B + 0.5;
  const s22 = B + 1.5;
  const s12 = B * c(0, 1);
  const det = s11 * s22 - s12 * s12;
  const alpha = [(s22 * 1 - s12 * -1) / det, (s11 * -1 - s12 * 1) / det];
  const g = 5 * grid.nLon + 5; // (5, 5)
  const b0 = B;
  const b1 = B * c(0, 1);
  assert.ok(Math.abs((res.analysis[g] as number) - (b0 * (alpha[0] as number) + b1 * (alpha[1] as number))) < 1e-9);
  assert.equal(res.obsUsed[g], 2);
  // (0, 0) is ~780 km from both: outside radius + tile, untouched.
  assert.equal(res.analysis[0], 0);
  assert.equal(res.analysisErrorVariance[0], B);
  assert.throws(() => oiAnalysis({
    grid, background: new Float64Array(3), backgroundErrorVariance: B, obsLatDeg: oLat, obsLonDeg: oLon,
    observations: Float64Array.of(1, 1, 1), obsErrorVariance: R, hxb: new Float64Array(3), lengthScaleKm: -1,
  }), (e: Error & { details?: string[] }) => e.details?.length === 2);
});
