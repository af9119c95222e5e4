import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QC_TESTS } from '../../common/variables.js';
import { stepTest } from '../../device-agent/qc/tests/step.js';
import { HOUR, T0, runSeries } from './helpers.js';

const cfg = { maxStepPerHour: 6, stepBadFactor: 2.5 };
const at = (h: number, value: number) => ({ timeMs: T0 + h * HOUR, value });

void test('step: within the hourly limit passes, above is suspect, far above is bad', () => {
  assert.equal(stepTest(at(0, 1000), at(1, 1005.5), cfg, 6 * HOUR), undefined);
  assert.deepEqual(stepTest(at(0, 1000), at(1, 1007), cfg, 6 * HOUR), { flag: 2, bit: QC_TESTS.step });
  assert.deepEqual(stepTest(at(0, 1000), at(1, 1016), cfg, 6 * HOUR), { flag: 3, bit: QC_TESTS.step });
});

void test('step: the limit scales with the gap (√gap, never below half), and a long gap or a clock going back resets', () => {
  assert.equal(stepTest(at(0, 1000), at(4, 1011), cfg, 6 * HOUR), undefined, '11 hPa over 4 h is within 6·√4 = 12');
  assert.ok(stepTest(at(0, 1000), at(1 / 6, 1003.5), cfg, 6 * HOUR), '3.5 hPa in 10 min exceeds 6·0.5 = 3');
  assert.equal(stepTest(at(0, 1000), at(7, 1030), cfg, 6 * HOUR), undefined, 'a 7 h gap exceeds gapResetMs');
  assert.equal(stepTest(at(2, 1000), at(1, 1030), cfg, 6 * HOUR), undefined, 'time went backwards');
});

void test('step in the engine: a jump is flagged, a gap of 5 h does not make a false step', () => {
  const r = runSeries('pressure', [1000, 1000.2, 1012, 1012.1, 1012.2, 1012.1]);
  assert.ok(r[2]!.tests & QC_TESTS.step);
  const times = [0, 1, 2, 7, 8].map((h) => T0 + h * HOUR);
  const g = runSeries('pressure', [1000, 1000.5, 1001, 1011, 1011.3], { times });
  assert.deepEqual(g.map((x) => x.flag), [1, 1, 1, 1, 1]);
});
