import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QC_TESTS } from '../../common/variables.js';
import { defaultQcConfig } from '../../device-agent/qc/index.js';
import { HOUR, T0, runSeries } from './helpers.js';

const flagsOf = (r: { flag: number; tests: number }[]) => r.map((x) => ((x.tests & QC_TESTS.persistence) ? x.flag : 1));

void test('persistence: a stuck value is suspect once the window (6 h) has passed and bad after twice the window', () => {
  const series = [...[10.1, 10.4, 10.9], ...Array<number>(14).fill(11.3), 11.9];
  const f = flagsOf(runSeries('temperature', series));
  // stuck from index 3 (11.3): 6 h later is index 9, 12 h later index 15
  assert.deepEqual(f.slice(0, 9), [1, 1, 1, 1, 1, 1, 1, 1, 1]);
  assert.equal(f[9], 2);
  assert.equal(f[14], 2);
  assert.equal(f[15], 3);
  assert.equal(f[17], 1, 'moving again');
});

void test('persistence: a varying series is never flagged; exempt values (calm) never are', () => {
  const varying = Array.from({ length: 48 }, (_, i) => 10 + Math.sin(i / 3));
  assert.ok(flagsOf(runSeries('temperature', varying)).every((f) => f === 1));
  const calm = Array<number>(48).fill(0);
  assert.ok(flagsOf(runSeries('wind_speed', calm)).every((f) => f === 1));
  const stuckWind = Array<number>(24).fill(4.13);
  assert.ok(flagsOf(runSeries('wind_speed', stuckWind)).includes(2));
});

void test('persistence is robust to whole-number resolution: a longer window applies, a true stuck still caught', () => {
  // 48 h of whole-number temperatures that change every hour or two, then 8 h flat: natural at 1 °C resolution
  const wave = Array.from({ length: 48 }, (_, i) => Math.round(5 * Math.sin((2 * Math.PI * i) / 24)));
  const eightFlat = [...wave, ...Array<number>(9).fill(2), 4, 5];
  const f = flagsOf(runSeries('temperature', eightFlat));
  assert.ok(f.every((x) => x === 1), 'an 8 h flat line at whole-number resolution is not flagged');
  const thirteenFlat = [...wave, ...Array<number>(13).fill(2), 4];
  assert.ok(flagsOf(runSeries('temperature', thirteenFlat)).includes(2), 'a 12 h one is');
  // the same 8 h flat line at fine resolution is flagged
  const fine = [...wave.map((v, i) => v + 0.1 * (i % 3) + 0.13), ...Array<number>(9).fill(2.13), 4.3];
  assert.ok(flagsOf(runSeries('temperature', fine)).includes(2));
});

void test('persistence: a gap longer than gapResetMs restarts the run', () => {
  const cfg = defaultQcConfig();
  const times = [0, 1, 2, 3, 10, 11, 12, 13].map((h) => T0 + h * HOUR);
  const f = flagsOf(runSeries('temperature', Array<number>(8).fill(7.7), { config: cfg, times }));
  assert.ok(f.every((x) => x === 1));
});
