/** How the dashboard writes values, ages and flags (cloud/dashboard/js/format.js, a browser module without DOM use here). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flaggedValues, formatAge, formatTime, formatValue } from '../../cloud/dashboard/js/format.js';

void test('values carry their unit and digits, and a value rounding to zero has no minus sign', () => {
  assert.equal(formatValue('temperature', 12.345), '12.3 °C');
  assert.equal(formatValue('temperature', -0.04), '0.0 °C');
  assert.equal(formatValue('relative_humidity', -0.4), '0 %');
  assert.equal(formatValue('pressure', -0.4, false), '-0.4');
  assert.equal(formatValue('temperature', null), '–');
  assert.equal(formatValue('temperature', Number.NaN), '–');
});

void test('ages and times read as an operator says them; only readings not good are flagged', () => {
  const now = Date.UTC(2026, 10, 24, 12);
  assert.equal(formatAge(new Date(now - 45_000).toISOString(), now), '45 s ago');
  assert.equal(formatAge(new Date(now - 20 * 60_000).toISOString(), now), '20 min ago');
  assert.equal(formatAge(new Date(now - 2 * 3_600_000).toISOString(), now), '2 h ago');
  assert.equal(formatAge(null, now), 'never');
  assert.equal(formatTime('2013-03-02T09:00:00.000Z'), '2013-03-02 09:00 UTC');
  const reading = { values: { temperature: { value: 3, flag: 'good', tests: [] }, wind_speed: { value: 31, flag: 'suspect', tests: ['spike'] } } };
  assert.deepEqual(flaggedValues(reading), [{ name: 'wind_speed', flag: 'suspect', tests: ['spike'] }]);
});
