import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QC_TESTS } from '../../common/variables.js';
import { defaultQcConfig } from '../../device-agent/qc/index.js';
import { consistencyTest, impliedRelativeHumidity } from '../../device-agent/qc/tests/consistency.js';
import { runSeries } from './helpers.js';

const cfg = defaultQcConfig();
const vars = (values: Parameters<typeof consistencyTest>[0]) => consistencyTest(values, cfg).map((f) => `${f.variable}:${f.result.flag}`).sort();

void test('consistency: dew point above temperature flags both; far above makes the dew point bad', () => {
  assert.deepEqual(vars({ temperature: 10, dew_point: 10.4 }), []);
  assert.deepEqual(vars({ temperature: 10, dew_point: 11 }), ['dew_point:2', 'temperature:2']);
  assert.deepEqual(vars({ temperature: 10, dew_point: 14 }), ['dew_point:3', 'temperature:2']);
});

void test('consistency: RH outside 0..100 is bad; RH far from the one T and dew point imply is suspect', () => {
  assert.deepEqual(vars({ relative_humidity: 100.5 }), ['relative_humidity:3']);
  assert.deepEqual(vars({ relative_humidity: -1 }), ['relative_humidity:3']);
  const rh = impliedRelativeHumidity(20, 10);
  assert.ok(Math.abs(rh - 52.7) < 0.5, `Magnus gives ${rh}`);
  assert.deepEqual(vars({ temperature: 20, dew_point: 10, relative_humidity: 55 }), []);
  assert.deepEqual(vars({ temperature: 20, dew_point: 10, relative_humidity: 80 }), ['dew_point:2', 'relative_humidity:2']);
});

void test('consistency: wind direction at calm is suspect; negative precipitation is bad', () => {
  assert.deepEqual(vars({ wind_speed: 0, wind_direction: 90 }), ['wind_direction:2']);
  assert.deepEqual(vars({ wind_speed: 1.5, wind_direction: 90 }), []);
  assert.deepEqual(vars({ precipitation: -0.2 }), ['precipitation:3']);
});

void test('consistency in the engine sets the consistency bit on the right variable', () => {
  const r = runSeries('dew_point', [5, 5.2, 15, 5.1], { extra: { temperature: 10 } });
  assert.ok(r[2]!.tests & QC_TESTS.consistency);
  assert.equal(r[0]!.tests & QC_TESTS.consistency, 0);
});
