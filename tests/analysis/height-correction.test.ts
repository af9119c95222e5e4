import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPointOperator, gridSize } from '../../cloud/assimilation/index.js';
import { createAnalysisCycler, type CycleObservation } from '../../cloud/analysis/cycle.js';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { heightOffsets, orographyAtStations } from '../../cloud/analysis/height-correction.js';

test('height offsets: a station 1000 m above the grid is 6.5 K colder, 1.8 K lower in dew point, 120 hPa lower; wind unchanged; unknown elevation 0', () => {
  const op = buildPointOperator(BEIJING_GRID, [40, 40], [116.4, 116.4]);
  const oro = new Float64Array(gridSize(BEIJING_GRID)).fill(50);
  const elev = [1050, NaN];
  const zg = orographyAtStations(op, oro);
  const t = heightOffsets('temperature', elev, zg);
  assert.ok(Math.abs(t[0]! + 6.5) < 1e-9, String(t[0]));
  assert.equal(t[1], 0);
  assert.ok(Math.abs(heightOffsets('dew_point', elev, zg)[0]! + 1.8) < 1e-9);
  assert.ok(Math.abs(heightOffsets('pressure', elev, zg)[0]! + 120) < 1e-9);
  assert.equal(heightOffsets('wind_u', elev, zg)[0], 0);
});

// Four valley stations at 50 m and one 1000 m up a hill, all in the same air mass: 20 °C and 1000 hPa
// at 50 m, so the hill reads 13.5 °C and 880 hPa. The field stands for 50 m.
const SITES = [
  { id: 'v1', lat: 39.9, lon: 116.3, z: 50, t: 20, p: 1000 },
  { id: 'v2', lat: 40.1, lon: 116.6, z: 50, t: 20, p: 1000 },
  { id: 'v3', lat: 40.3, lon: 116.2, z: 50, t: 20, p: 1000 },
  { id: 'v4', lat: 39.85, lon: 116.55, z: 50, t: 20, p: 1000 },
  { id: 'hill', lat: 40.2, lon: 116.45, z: 1050, t: 13.5, p: 880 },
];
const observations = (withElevation: boolean): CycleObservation[] =>
  SITES.map((s) => ({
    stationId: s.id, latDeg: s.lat, lonDeg: s.lon,
    values: { temperature: s.t, pressure: s.p, dew_point: 5, wind_u: 1, wind_v: 0 },
    ...(withElevation ? { elevationM: s.z } : {}),
  }));

for (const method of ['oi', 'letkf'] as const) {
  test(`${method}: with height correction a hill station does not drag the valley field towards its own climate`, () => {
    const orographyM = new Float64Array(gridSize(BEIJING_GRID)).fill(50);
    const run = (corrected: boolean) => {
      const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method, variables: DEFAULT_VARIABLE_SETTINGS, letkf: { members: 10, inflation: 1, seed: 3 }, ...(corrected ? { orographyM } : {}) });
      let r = cycler.cycle(0, observations(corrected));
      for (let c = 1; c < 4; c++) r = cycler.cycle(c * 3_600_000, observations(corrected));
      return r;
    };
    const worst = (field: Float64Array, truth: number): number => field.reduce((w, v) => Math.max(w, Math.abs(v - truth)), 0);
    const plain = run(false);
    const corrected = run(true);
    // Uncorrected, the hill either drags the field below 20 °C or is thrown out by the background check
    // as a bad station (its good reading lost); its pressure, 120 hPa off, is always thrown out.
    const plainHill = (v: string) => plain.innovations.find((i) => i.stationId === 'hill' && i.variable === v)!;
    assert.ok(worst(plain.fields.temperature.analysis, 20) > 0.5 || plainHill('temperature').status === 'rejected');
    assert.equal(plainHill('pressure').status, 'rejected');
    const hillP = corrected.innovations.find((i) => i.stationId === 'hill' && i.variable === 'pressure')!;
    assert.equal(hillP.status, 'used', 'corrected, the hill pressure is used');
    assert.ok(worst(corrected.fields.temperature.analysis, 20) < 0.3, `corrected worst ${worst(corrected.fields.temperature.analysis, 20).toFixed(2)} K`);
    assert.ok(worst(corrected.fields.pressure.analysis, 1000) < 1, `corrected pressure worst ${worst(corrected.fields.pressure.analysis, 1000).toFixed(2)} hPa`);
    // At the hill, the analysis is reported at the station's height and agrees with what it read.
    const hill = corrected.innovations.find((i) => i.stationId === 'hill' && i.variable === 'temperature')!;
    assert.equal(hill.status, 'used');
    assert.ok(Math.abs(hill.o - hill.a) < 0.3, `hill O-A ${(hill.o - hill.a).toFixed(2)}`);
  });
}
