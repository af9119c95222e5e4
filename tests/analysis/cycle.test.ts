import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpolateBilinear } from '../../cloud/assimilation/geo.js';
import { createAnalysisCycler, type CycleObservation } from '../../cloud/analysis/cycle.js';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { SharedSeriesGroups } from '../../cloud/analysis/shared-series.js';
import { StationTrust } from '../../cloud/analysis/trust.js';
import { windComponents } from '../../cloud/analysis/variables.js';
import { mulberry32 } from '../../common/random.js';

const SITES = [
  { id: 'a', lat: 39.9, lon: 116.3 },
  { id: 'b', lat: 40.1, lon: 116.6 },
  { id: 'c', lat: 40.3, lon: 116.2 },
  { id: 'd', lat: 39.85, lon: 116.55 },
];
const obs = (values: Record<string, number>, group?: Record<string, string>): CycleObservation[] =>
  SITES.map((s) => ({
    stationId: s.id,
    latDeg: s.lat,
    lonDeg: s.lon,
    values: { temperature: values[s.id] ?? NaN, pressure: 1010, dew_point: 0, wind_u: 1, wind_v: -1 },
    group: group?.[s.id],
  }));

const rmsOf = (inn: ReadonlyArray<{ o: number; a: number; b: number }>, k: 'a' | 'b'): number => Math.sqrt(inn.reduce((s, i) => s + (i.o - i[k]) ** 2, 0) / inn.length);

test('wind components follow the meteorological convention (from the north = blowing south)', () => {
  const n = windComponents(5, 0);
  assert.ok(Math.abs(n.u) < 1e-12 && Math.abs(n.v + 5) < 1e-12);
  const w = windComponents(5, 270);
  assert.ok(Math.abs(w.u - 5) < 1e-12 && Math.abs(w.v) < 1e-12);
});

test('OI cycle: cold start from the observation mean, analysis drawn to the observations, persistence as the next background', () => {
  const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS });
  const r1 = cycler.cycle(0, obs({ a: 10, b: 12, c: 14, d: 16 }));
  assert.equal(r1.coldStart, true);
  assert.ok(r1.fields.temperature.background.every((x) => x === 13));
  const r2 = cycler.cycle(3_600_000, obs({ a: 12, b: 14, c: 16, d: 18 }));
  assert.equal(r2.coldStart, false);
  assert.deepEqual(r2.fields.temperature.background, r1.fields.temperature.analysis);
  const t = r2.innovations.filter((i) => i.variable === 'temperature');
  assert.ok(t.every((i) => i.status === 'used'));
  assert.ok(rmsOf(t, 'a') < 0.8 * rmsOf(t, 'b'), `RMS O-A ${rmsOf(t, 'a')} < 0.8 RMS O-B ${rmsOf(t, 'b')}`);
  const sd = r2.fields.temperature.spread;
  assert.ok(sd.every((x) => x > 0 && x <= DEFAULT_VARIABLE_SETTINGS.temperature.backgroundErrorSd + 1e-9));
});

test('background check rejects a gross error and the analysis ignores it', () => {
  const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS });
  cycler.cycle(0, obs({ a: 10, b: 10, c: 10, d: 10 }));
  const r = cycler.cycle(3_600_000, obs({ a: 10, b: 10, c: 10, d: 40 }));
  const d = r.innovations.find((i) => i.stationId === 'd' && i.variable === 'temperature');
  assert.equal(d?.status, 'rejected');
  assert.ok(Math.abs(interpolateBilinear(BEIJING_GRID, r.fields.temperature.analysis, 39.85, 116.55) - 10) < 0.01);
});

test('stations of one shared-series group count once (each gets group-size times the error variance)', () => {
  const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS });
  cycler.cycle(0, obs({ a: 10, b: 10, c: 10, d: 10 }));
  const r = cycler.cycle(3_600_000, obs({ a: 11, b: 11, c: 11, d: 11 }, { a: 'g', b: 'g', c: 'g' }));
  const t = r.innovations.filter((i) => i.variable === 'temperature');
  const nominal = DEFAULT_VARIABLE_SETTINGS.temperature.obsErrorSd ** 2;
  assert.ok(Math.abs((t.find((i) => i.stationId === 'a')?.obsErrorVariance ?? 0) - 3 * nominal) < 1e-12);
  assert.ok(Math.abs((t.find((i) => i.stationId === 'd')?.obsErrorVariance ?? 0) - nominal) < 1e-12);
});

test('trust from (O-B)(O-A): a noisy station loses trust, quiet ones keep it, and its error grows', () => {
  const trust = new StationTrust({ halfLifeCycles: 48, priorCycles: 12, minTrust: 0.05 });
  const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS, trust });
  const rnd = mulberry32(7);
  for (let h = 0; h < 120; h++) {
    const base = 10 + 3 * Math.sin((2 * Math.PI * h) / 24);
    cycler.cycle(h * 3_600_000, obs({ a: base, b: base, c: base, d: base + 6 * (rnd() - 0.5) * 2 }));
  }
  const nominal = DEFAULT_VARIABLE_SETTINGS.temperature.obsErrorSd ** 2;
  assert.ok(trust.trust('d', 'temperature', nominal) < 0.5, `noisy trust ${trust.trust('d', 'temperature', nominal)}`);
  assert.ok(trust.trust('a', 'temperature', nominal) > 0.9, `quiet trust ${trust.trust('a', 'temperature', nominal)}`);
  assert.ok(trust.errorVariance('d', 'temperature', nominal) > 2 * nominal);
  const copy = new StationTrust();
  copy.restore(trust.entries());
  assert.equal(copy.trust('d', 'temperature', nominal), trust.trust('d', 'temperature', nominal));
});

test('LETKF cycle keeps an ensemble whose spread stays within [floor, cap] and pulls the mean to the observations', () => {
  const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method: 'letkf', variables: DEFAULT_VARIABLE_SETTINGS, letkf: { members: 10, inflation: 1.05, seed: 3 } });
  cycler.cycle(0, obs({ a: 10, b: 12, c: 14, d: 16 }));
  const r = cycler.cycle(3_600_000, obs({ a: 11, b: 13, c: 15, d: 17 }));
  const s = DEFAULT_VARIABLE_SETTINGS.temperature;
  assert.ok(r.fields.temperature.spread.every((x) => x > 0 && x <= s.maxSpreadSd + 1e-9));
  const t = r.innovations.filter((i) => i.variable === 'temperature');
  assert.ok(rmsOf(t, 'a') < rmsOf(t, 'b'), `RMS O-A ${rmsOf(t, 'a')} < RMS O-B ${rmsOf(t, 'b')}`);
});

test('shared-series detection needs identical values over consecutive cycles', () => {
  const g = new SharedSeriesGroups(2);
  const row = (t: number, p: number) => [
    { stationId: 'x', temperature: t, pressure: p, dewPoint: 1 },
    { stationId: 'y', temperature: t, pressure: p, dewPoint: 1 },
    { stationId: 'z', temperature: t + 0.1, pressure: p, dewPoint: 1 },
  ];
  assert.equal(g.update(row(10, 1000)).size, 0);
  const groups = g.update(row(11, 1001));
  assert.equal(groups.get('x'), 'x');
  assert.equal(groups.get('y'), 'x');
  assert.equal(groups.has('z'), false);
});
