import { fusedMessages } from '../../gateway/fusion-runner/messages.js';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBeijingCsv, readBeijingStations, sharedDataDir } from '../../common/datasets/index.js';
import { createFusion, createSharedSeriesDetector, estimateAt, type FusionStation } from '../../gateway/fusion/index.js';

test('shared-series detection finds the README groups on the real Beijing data (7 series, then 6)', () => {
  const st = readBeijingStations(join(sharedDataDir(), 'beijing_prsa'));
  const data = st.map((s) => readBeijingCsv(s.file));
  const vars = ['temperature', 'pressure', 'dew_point', 'wind_speed'] as const;
  const det = createSharedSeriesDetector(st.map((s) => s.name), vars.length, { windowSteps: 168, minShare: 0.99, minOverlap: 100, tolerance: 0.001 });
  const at: Record<string, string[][]> = {};
  for (let t = 0; t < data[0]!.length; t++) {
    det.push(new Map(st.map((s, i) => [s.name, vars.map((v) => data[i]![t]!.values[v] ?? NaN)])));
    const lt = data[0]![t]!.localTime;
    if (lt === '2014-06-15 12:00' || lt === '2016-06-15 12:00') at[lt] = det.groups();
  }
  const series = (g: string[][]): number => 12 - g.reduce((a, x) => a + x.length, 0) + g.length;
  assert.deepEqual(at['2014-06-15 12:00'], [['Aotizhongxin', 'Guanyuan', 'Wanliu'], ['Changping', 'Dingling'], ['Dongsi', 'Nongzhanguan', 'Tiantan']]);
  assert.equal(series(at['2014-06-15 12:00']!), 7);
  assert.deepEqual(at['2016-06-15 12:00'], [['Aotizhongxin', 'Dongsi', 'Guanyuan', 'Nongzhanguan', 'Tiantan', 'Wanshouxigong'], ['Changping', 'Dingling']]);
  assert.equal(series(at['2016-06-15 12:00']!), 6);
});

const STATIONS: FusionStation[] = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, lat: 40 + 0.1 * Math.cos(i), lon: 116 + 0.1 * Math.sin(i) }));

test('trust goes down for a persistently deviating station and stays high for the others', () => {
  const f = createFusion(STATIONS, { variables: ['temperature'], trust: { alpha: 0.1 }, sharedSeries: { enabled: false } });
  let last = f.update(0, []);
  for (let t = 0; t < 60; t++) {
    last = f.update(t, STATIONS.map((s, i) => ({ stationId: s.id, values: { temperature: 10 + 0.3 * Math.sin(i + t) + (i === 2 ? 6 : 0) } })));
  }
  assert.ok(last.trust.s2! < 0.2, `s2 trust ${last.trust.s2}`);
  for (const id of ['s0', 's1', 's5']) assert.ok(last.trust[id]! > 0.8, `${id} trust ${last.trust[id]}`);
  assert.equal(last.flags.s2?.temperature?.suspect, true);
  // The state round-trips through JSON.
  const g = createFusion(STATIONS, { variables: ['temperature'] }, JSON.parse(JSON.stringify(f.state())));
  assert.ok(g.update(61, []).trust.s2! < 0.2);
});

const P = { obsErrorSd: 0.5, backgroundSd: 2, corrLengthKm: 30, elevGradientPerM: 0, radiusKm: 100, minTrust: 0.05 };

test('estimates weigh closer and more trusted witnesses more', () => {
  const near = { lat: 40.01, lon: 116, elev: NaN, value: 10, trust: 1 };
  const far = { lat: 40.3, lon: 116, elev: NaN, value: 20, trust: 1 };
  assert.ok(estimateAt(40, 116, NaN, [near, far], P).value < 15);
  const a = { ...far, lat: 40.1 };
  const b = { ...near, lat: 39.9, value: 10 };
  assert.ok(Math.abs(estimateAt(40, 116, NaN, [a, b], P).value - 15) < 1e-9);
  assert.ok(estimateAt(40, 116, NaN, [a, { ...b, trust: 0.2 }], P).value > 15);
});

test('uncertainty shrinks with more independent stations but not with duplicated series', () => {
  const base = [0, 1, 2].map((i) => ({ id: `d${i}`, lat: 40 + 0.05 * i, lon: 116 + 0.03 * i }));
  const copy = { id: 'copy', lat: 40.02, lon: 116.08 };
  const opts = { variables: ['temperature'], h3Resolution: 5, sharedSeries: { windowSteps: 24, minOverlap: 10 } };
  const run = (stations: FusionStation[], copies: boolean): number => {
    const f = createFusion(stations, opts);
    let sd = NaN;
    for (let t = 0; t < 30; t++) {
      const v = (i: number): number => 10 + Math.sin(t + 2 * i);
      f.update(t, stations.map((s, i) => ({ stationId: s.id, values: { temperature: copies && s.id === 'copy' ? v(0) : v(i) } })));
      sd = f.estimate('temperature', 40.05, 116.03).sd;
    }
    return sd;
  };
  const three = run(base, false);
  const fourIndependent = run([...base, copy], false);
  const threePlusCopy = run([...base, copy], true);
  assert.ok(fourIndependent < three, `${fourIndependent} < ${three}`);
  assert.ok(Math.abs(threePlusCopy - three) < 0.02 * three, `${threePlusCopy} ~ ${three}`);
});

test('a fused estimate names its stations: a copied series adds a station but not an independent series', () => {
  const stations = [0, 1, 2].map((i) => ({ id: `d${i}`, lat: 40 + 0.05 * i, lon: 116 + 0.03 * i })).concat({ id: 'copy', lat: 40.02, lon: 116.08 });
  const f = createFusion(stations, { variables: ['temperature'], h3Resolution: 5, sharedSeries: { windowSteps: 24, minOverlap: 10 } });
  let last: ReturnType<typeof f.update> | undefined;
  for (let t = 0; t < 30; t++) {
    const v = (i: number): number => 10 + Math.sin(t + 2 * i);
    last = f.update(t, stations.map((s, i) => ({ stationId: s.id, values: { temperature: s.id === 'copy' ? v(0) : v(i) } })));
  }
  const e = f.estimate('temperature', 40.05, 116.03);
  assert.deepEqual(e.stations, ['copy', 'd0', 'd1', 'd2']);
  assert.equal(e.witnesses, 3);
  const msgs = fusedMessages(last!, 5);
  assert.ok(msgs.length > 0);
  for (const m of msgs) {
    assert.equal(m.stations, m.deviceIds!.length);
    assert.ok(m.independentSeries! <= m.stations!);
  }
  assert.ok(msgs.some((m) => m.stations === 4 && m.independentSeries === 3), JSON.stringify(msgs.map((m) => [m.stations, m.independentSeries])));
});

test('options are validated with every problem listed by field', () => {
  assert.throws(() => createFusion(STATIONS, { h3Resolution: 16, buddy: { threshold: -1 }, nope: 1 }), (err: Error & { details?: string[] }) => {
    assert.equal(err.details?.length, 3);
    assert.ok(err.details?.some((d) => d.startsWith('h3Resolution')));
    return true;
  });
  assert.throws(() => createFusion(STATIONS, { sct: { innerRadiusKm: 90, outerRadiusKm: 50 } }), /invalid/);
});
