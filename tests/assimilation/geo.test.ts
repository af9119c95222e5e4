import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../common/random.js';
import {
  EARTH_RADIUS_KM, SphereIndex, applyPointOperator, buildPointOperator, globalGrid, greatCircleKm, gridPoints, gridSize,
  interpolateBilinear, lapseRateCorrection, regionalGrid,
} from '../../cloud/assimilation/index.js';

test('great-circle distances: 1° of the equator, pole to pole, across the date line', () => {
  assert.ok(Math.abs(greatCircleKm(0, 0, 0, 1) - (Math.PI / 180) * EARTH_RADIUS_KM) < 1e-9);
  assert.ok(Math.abs(greatCircleKm(-90, 0, 90, 0) - Math.PI * EARTH_RADIUS_KM) < 1e-6);
  assert.ok(Math.abs(greatCircleKm(10, 179.5, 10, -179.5) - greatCircleKm(10, 0, 10, 1)) < 1e-9);
});

test('grids: the 1° global grid is 360 × 181 with poles; a regional box counts its edges', () => {
  const g = globalGrid(1);
  assert.equal(g.nLon, 360);
  assert.equal(g.nLat, 181);
  assert.equal(gridSize(g), 65160);
  const b = regionalGrid({ southDeg: 39, northDeg: 41, westDeg: 115, eastDeg: 117.5, resolutionDeg: 0.25 });
  assert.equal(b.nLat, 9);
  assert.equal(b.nLon, 11);
  assert.throws(() => globalGrid(0.7), /divide/);
});

test('bilinear interpolation is exact for a field linear in lat and lon, wraps at 360°, NaN outside a box', () => {
  const g = globalGrid(2);
  const { latDeg, lonDeg } = gridPoints(g);
  const field = Float64Array.from(latDeg, (la, i) => 3 * la - 0.5 * Math.min(lonDeg[i] as number, 400));
  assert.ok(Math.abs(interpolateBilinear(g, field, 41.3, 117.1) - (3 * 41.3 - 0.5 * 117.1)) < 1e-9);
  assert.ok(Math.abs(interpolateBilinear(g, field, 90, 10) - (270 - 5)) < 1e-9);
  // Between the last column (358°) and the first (0°): the weights mix both.
  const v = interpolateBilinear(g, field, 0, 359);
  assert.ok(Math.abs(v - (0.5 * -179 + 0.5 * 0)) < 1e-9, String(v));
  const b = regionalGrid({ southDeg: 39, northDeg: 41, westDeg: 115, eastDeg: 117, resolutionDeg: 0.5 });
  const bf = Float64Array.from(gridPoints(b).latDeg, (la) => la);
  assert.ok(Math.abs(interpolateBilinear(b, bf, 40.2, 116.9) - 40.2) < 1e-12);
  assert.ok(Number.isNaN(interpolateBilinear(b, bf, 41.5, 116)));
  assert.ok(Number.isNaN(interpolateBilinear(b, bf, 40, 117.5)));
});

test('the point operator adds the lapse-rate correction for the station height', () => {
  assert.ok(Math.abs(lapseRateCorrection(1000, 0) + 6.5) < 1e-12);
  assert.ok(Math.abs(lapseRateCorrection(100, 600, 0.01) - 5) < 1e-12);
  const g = regionalGrid({ southDeg: 39, northDeg: 41, westDeg: 115, eastDeg: 117, resolutionDeg: 1 });
  const t = new Float64Array(gridSize(g)).fill(20);
  const z = Float64Array.from({ length: gridSize(g) }, (_, i) => 100 * i);
  const op = buildPointOperator(g, [40, 40.5, 45], [116, 116, 116], { stationElevationM: [1400, 400, 0], gridElevationM: z });
  const out = applyPointOperator(op, t, new Float64Array(3));
  // (40, 116) is grid point 4 (z = 400 m): 1,000 m lower than the station → 6.5 K colder.
  assert.ok(Math.abs((out[0] as number) - 13.5) < 1e-9, String(out[0]));
  // (40.5, 116): z = (400 + 700) / 2 = 550 m, station 150 m lower → 0.975 K warmer.
  assert.ok(Math.abs((out[1] as number) - 20.975) < 1e-9, String(out[1]));
  assert.ok(Number.isNaN(out[2]));
  const plain = applyPointOperator(buildPointOperator(g, [40], [116]), t, new Float64Array(1));
  assert.equal(plain[0], 20);
});

test('the sphere index finds exactly the points a brute-force scan finds (poles, date line)', () => {
  const r = mulberry32(7);
  const m = 3000;
  const lat = Float64Array.from({ length: m }, () => (Math.asin(2 * r() - 1) * 180) / Math.PI);
  const lon = Float64Array.from({ length: m }, () => 360 * r() - 180);
  const index = new SphereIndex(lat, lon, 4);
  for (const [qla, qlo, rad] of [[0, 0, 500], [89.5, 10, 800], [-88, 200, 1500], [10, 179.9, 700], [45, -170, 3000], [0, 0, 25000]] as const) {
    const count = index.query(qla, qlo, rad);
    const got = [...index.resultIdx.subarray(0, count)].sort((a, b) => a - b);
    const want: number[] = [];
    for (let o = 0; o < m; o++) if (greatCircleKm(qla, qlo, lat[o] as number, lon[o] as number) <= rad) want.push(o);
    assert.deepEqual(got, want, `${qla},${qlo},${rad}`);
    for (let q = 0; q < count; q++) {
      const o = index.resultIdx[q] as number;
      assert.ok(Math.abs((index.resultDistKm[q] as number) - greatCircleKm(qla, qlo, lat[o] as number, lon[o] as number)) < 1e-6);
    }
  }
});
