import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greatCircleDistance } from 'h3-js';
import { buddyCheck, createStationIndex, distanceKm, duplicateCheck, isolationCheck, sct } from '../../gateway/fusion/index.js';

/** n points on a ring of radius ~radiusDeg around (40, 116), values from f(i). */
function ring(n: number, radiusDeg: number, elev = NaN): { lats: number[]; lons: number[]; elevs: number[] } {
  const lats = Array.from({ length: n }, (_, i) => 40 + radiusDeg * Math.cos((2 * Math.PI * i) / n));
  const lons = Array.from({ length: n }, (_, i) => 116 + radiusDeg * Math.sin((2 * Math.PI * i) / n));
  return { lats, lons, elevs: lats.map(() => elev) };
}
const BUDDY = { radiusKm: 50, minBuddies: 3, threshold: 3, maxElevDiffM: 0, elevGradientPerM: -0.0065, minSd: 1, iterations: 2 };
const SCT = { innerRadiusKm: 50, outerRadiusKm: 80, minCount: 5, maxCount: 40, iterations: 5, minHorizontalScaleKm: 10, verticalScaleM: 200, minCountProfile: 10, minElevRangeM: 50, pos: 8, neg: 8, eps2: 0.5, minSig2o: 0.1 };

test('distances agree with h3 greatCircleDistance and the index finds exactly the stations in range', () => {
  const p = ring(40, 0.3);
  const idx = createStationIndex(p.lats, p.lons, 10);
  for (let i = 0; i < 40; i += 7) {
    const brute = p.lats.map((_, j) => j).filter((j) => j !== i && distanceKm(p.lats[i]!, p.lons[i]!, p.lats[j]!, p.lons[j]!) <= 10);
    assert.deepEqual([...idx.neighbours(i, 10).indices].sort((a, b) => a - b), brute);
    assert.ok(Math.abs(distanceKm(p.lats[0]!, p.lons[0]!, p.lats[i]!, p.lons[i]!) - greatCircleDistance([p.lats[0]!, p.lons[0]!], [p.lats[i]!, p.lons[i]!], 'km')) < 1e-6);
  }
});

test('buddy check flags a clear outlier and passes a consistent field', () => {
  const p = ring(10, 0.1);
  const values = p.lats.map((_, i) => 10 + 0.2 * Math.sin(i));
  assert.equal(buddyCheck(p, values, BUDDY).flags.reduce((a, b) => a + b, 0), 0);
  values[4] = 18;
  const r = buddyCheck(p, values, BUDDY);
  assert.deepEqual([...r.flags].map((f, i) => (f ? i : -1)).filter((i) => i >= 0), [4]);
});

test('buddy check does not judge a point with too few buddies', () => {
  const p = ring(3, 0.1);
  const r = buddyCheck(p, [10, 10, 30], BUDDY);
  assert.deepEqual([...r.checked], [0, 0, 0]);
  assert.deepEqual([...r.flags], [0, 0, 0]);
});

test('buddy check adjusts buddies to the point elevation with the lapse rate, and not when elevations are NaN', () => {
  // Buddies 1000 m up read 6.5 °C colder: consistent once adjusted.
  const p = ring(6, 0.1);
  p.elevs = [0, 1000, 1000, 1000, 1000, 1000];
  const values = [16.5, 10, 10.2, 9.8, 10.1, 9.9];
  assert.equal(buddyCheck(p, values, BUDDY).flags[0], 0);
  p.elevs = p.elevs.map(() => NaN);
  assert.equal(buddyCheck(p, values, BUDDY).flags[0], 1);
});

test('SCT flags the planted outlier and none of the others', () => {
  const p = ring(20, 0.2);
  const values = p.lats.map((lat, i) => 10 + 3 * (lat - 40) + 0.1 * Math.cos(3 * i));
  assert.equal(sct(p, values, SCT).flags.reduce((a, b) => a + b, 0), 0);
  values[7] = values[7]! - 6;
  const r = sct(p, values, SCT);
  assert.deepEqual([...r.flags].map((f, i) => (f ? i : -1)).filter((i) => i >= 0), [7]);
  assert.ok(r.score[7]! > 8);
});

test('isolation check flags a station far from the others', () => {
  const p = ring(5, 0.05);
  p.lats.push(41.5);
  p.lons.push(117.5);
  p.elevs.push(NaN);
  assert.deepEqual([...isolationCheck(p, { radiusKm: 30, minCount: 2 })], [0, 0, 0, 0, 0, 1]);
});

test('duplicate check keeps the first of co-located stations', () => {
  const p = { lats: [40, 40.0001, 40.2, 40], lons: [116, 116.0001, 116.2, 116], elevs: [NaN, NaN, NaN, NaN] };
  assert.deepEqual([...duplicateCheck(p, { radiusKm: 0.05 })], [0, 1, 0, 1]);
  assert.deepEqual([...duplicateCheck({ ...p, elevs: [10, 500, 0, 12] }, { radiusKm: 0.05, verticalRangeM: 50 })], [0, 0, 0, 1]);
});

test('spatial QC of 1,000 stations runs in well under a second', () => {
  const rand = ((s: number) => () => ((s = (s * 16807) % 2147483647) / 2147483647))(7);
  const n = 1000;
  const lats = Array.from({ length: n }, () => 39 + 2 * rand());
  const lons = Array.from({ length: n }, () => 115 + 2 * rand());
  const p = { lats, lons, elevs: lats.map(() => NaN) };
  const values = lats.map((lat) => 10 + 2 * (lat - 40) + 0.3 * rand());
  const t0 = performance.now();
  const idx = createStationIndex(lats, lons, 30);
  buddyCheck(p, values, { ...BUDDY, radiusKm: 15 }, idx);
  sct(p, values, { ...SCT, innerRadiusKm: 10, outerRadiusKm: 20, maxCount: 30 }, idx);
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});
