import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QC_TESTS } from '../../common/variables.js';
import { rangeTest } from '../../device-agent/qc/tests/range.js';
import { runSeries } from './helpers.js';

const cfg = { sensorMin: -60, sensorMax: 70, climateMin: -40, climateMax: 47 };

void test('range: inside both limits passes, outside the climate is suspect, outside the sensor is bad', () => {
  assert.equal(rangeTest(20, cfg), undefined);
  assert.deepEqual(rangeTest(50, cfg), { flag: 2, bit: QC_TESTS.climate_range });
  assert.deepEqual(rangeTest(-45, cfg), { flag: 2, bit: QC_TESTS.climate_range });
  assert.deepEqual(rangeTest(-9999, cfg), { flag: 3, bit: QC_TESTS.sensor_range });
  assert.deepEqual(rangeTest(71, cfg), { flag: 3, bit: QC_TESTS.sensor_range });
  assert.deepEqual(rangeTest(Infinity, {}), { flag: 3, bit: QC_TESTS.sensor_range });
  assert.equal(rangeTest(-9999, {}), undefined, 'no limits configured: the test is off');
});

void test('range in the engine: -9999 is bad, its neighbours are not made steps or spikes, the raw value is kept', () => {
  const r = runSeries('wind_speed', [3.1, 3.3, -9999, 3.2, 3.0]);
  assert.deepEqual(r.map((x) => x.flag), [1, 1, 3, 1, 1]);
  assert.equal(r[2]!.tests, QC_TESTS.sensor_range);
  assert.equal(r[2]!.value, -9999);
});

void test('missing (NaN) is flag 4 and takes part in no test', () => {
  const r = runSeries('temperature', [10, NaN, 10.2]);
  assert.deepEqual(r.map((x) => x.flag), [1, 4, 1]);
  assert.equal(r[1]!.tests, 0);
  assert.ok(Number.isNaN(r[1]!.value), 'the raw NaN is kept');
});
