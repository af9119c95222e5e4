import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateConfig } from '../../common/config.js';
import { QC_TESTS } from '../../common/variables.js';
import { createQcEngine, defaultQcConfig, qcConfigSchema, type QcConfig, type QcSample } from '../../device-agent/qc/index.js';
import { HOUR, T0 } from './helpers.js';

const sample = (i: number, temperature: number): QcSample => ({ seq: i, timeMs: T0 + i * HOUR, clockSynced: true, values: { temperature } });

void test('engine: one-sample look-ahead (push returns the previous sample), flush emits the held one', () => {
  const e = createQcEngine(defaultQcConfig(), HOUR);
  assert.deepEqual(e.push(sample(0, 10), T0), []);
  const out = e.push(sample(1, 11), T0 + HOUR);
  assert.deepEqual(out.map((o) => o.seq), [0]);
  assert.deepEqual(e.flush(T0 + HOUR).map((o) => o.seq), [1]);
  assert.deepEqual(e.flush(T0 + HOUR), []);
});

void test('engine: prime restores history so a restart decides the next sample as if never stopped', () => {
  const history = [10, 10.2, 10.1].map((v, i) => sample(i, v));
  const primed = createQcEngine(defaultQcConfig(), HOUR);
  primed.prime(history);
  primed.push(sample(3, 25), T0);
  const [spike] = primed.push(sample(4, 10.3), T0);
  assert.ok(spike!.variables.temperature!.tests & QC_TESTS.spike, 'the left neighbour came from prime');
  const cold = createQcEngine(defaultQcConfig(), HOUR);
  cold.push(sample(3, 25), T0);
  const [noSpike] = cold.push(sample(4, 10.3), T0);
  assert.equal(noSpike!.variables.temperature!.tests, 0);
});

void test('engine: an absent threshold disables its test', () => {
  const cfg: QcConfig = { ...defaultQcConfig(), variables: { temperature: { sensorMin: -60, sensorMax: 70 } } };
  const e = createQcEngine(cfg, HOUR);
  const outs = [10, 10, 40, 10].flatMap((v, i) => e.push(sample(i, v), T0)).concat(e.flush(T0));
  assert.ok(outs.every((o) => o.variables.temperature!.flag === 1));
});

void test('schema: accepts the defaults and {}, refuses unknown fields and bad values naming each field', () => {
  const filled = validateConfig<QcConfig>(qcConfigSchema, {}, 'qc');
  assert.deepEqual(filled.variables.temperature, defaultQcConfig().variables.temperature);
  assert.equal(filled.calmWindMs, defaultQcConfig().calmWindMs);
  validateConfig(qcConfigSchema, defaultQcConfig(), 'qc');
  assert.throws(
    () => validateConfig(qcConfigSchema, { variables: { temperature: { maxStep: 3 }, humidity: {} }, calmWindMs: -1 }, 'qc'),
    (err: Error & { details?: string[] }) => {
      assert.deepEqual([...(err.details ?? [])].sort(), ['calmWindMs: must be >= 0', 'variables.humidity: is not a known field', 'variables.temperature.maxStep: is not a known field']);
      return true;
    },
  );
});
