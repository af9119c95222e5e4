import assert from 'node:assert/strict';
import { test } from 'node:test';
import { v1 } from '../../protos/index.js';

test('64-bit fields decode as plain numbers, as the typings say', () => {
  const bytes = v1.Reading.encode({ deviceId: 'dongsi', seq: 2 ** 40 + 7, timeMs: 1_795_392_634_106, gatewayReceivedMs: 1 }).finish();
  const r = v1.Reading.decode(bytes);
  assert.equal(typeof r.seq, 'number');
  assert.equal(r.seq, 2 ** 40 + 7);
  assert.equal(typeof r.timeMs, 'number');
  assert.equal(r.timeMs, 1_795_392_634_106);
});

test('a missing value survives the wire as NaN', () => {
  const bytes = v1.ReadingBatch.encode({ readings: [{ deviceId: 'x', seq: 1, observations: [{ variable: v1.Variable.TEMPERATURE, value: NaN, flag: v1.QcFlag.QC_MISSING }] }] }).finish();
  const obs = v1.ReadingBatch.decode(bytes).readings[0]?.observations?.[0];
  assert.ok(obs);
  assert.ok(Number.isNaN(obs.value));
  assert.equal(obs.flag, v1.QcFlag.QC_MISSING);
});
