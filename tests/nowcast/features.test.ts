import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFeatures, decodeOutput, dewPoint, featureCount, featureLayout, inputValues, outputProblem, relativeHumidity, type FeatureSpec, type InputName } from '../../common/nowcast/features.js';
import { buildWindow, type FlaggedReading } from '../../common/nowcast/window.js';

const H = 4;
const unit = { mean: 0, std: 1, diffStd: [1, 1, 1] };
const spec: FeatureSpec = {
  historySteps: H, timeStepMs: 3_600_000, maxFillAgeSteps: 1, maxMissingSteps: 2,
  variables: (['temperature', 'pressure', 'dew_point', 'wind_u', 'wind_v', 'precipitation'] as const).map((name) => ({ name, unit: '', ...unit })),
};
const step = (t: number): Record<InputName, number> => ({ temperature: t, pressure: 1000, dew_point: 0, wind_u: 1, wind_v: 0, precipitation: 0 });

test('the feature vector has the documented layout: level, tendencies, availability, time signals', () => {
  assert.equal(featureCount(spec), 6 + 6 * 3 + 6 * 4 + 4);
  assert.equal(featureLayout(spec).length, featureCount(spec));
  const out = new Float32Array(featureCount(spec));
  const r = buildFeatures([step(10), step(11), step(12), step(13)], Date.UTC(2024, 0, 1, 6), 0, spec, out);
  assert.deepEqual(r, { ok: true, missing: 0 });
  assert.equal(out[0], 8, 'temperature level clamped to +-8 sd');
  assert.deepEqual([...out.subarray(6, 9)], [-1, -2, -3], 'temperature tendencies x[t-k] - x[t]');
  assert.deepEqual([...out.subarray(24, 28)], [1, 1, 1, 1], 'availability');
  assert.ok(Math.abs(out[48]! - 1) < 1e-6 && Math.abs(out[49]!) < 1e-6, '06:00 solar: sin 1, cos 0');
});

test('gaps: filled from the last valid value only within the age limit, flagged unavailable, refused beyond the limit', () => {
  const out = new Float32Array(featureCount(spec));
  const gap = step(NaN);
  const r = buildFeatures([step(10), gap, step(12), step(13)], 0, 0, spec, out);
  assert.deepEqual(r, { ok: true, missing: 1 });
  assert.deepEqual([...out.subarray(6, 9)], [-1, -3, -3], 't-2 filled with t-3 (age 1)');
  assert.deepEqual([...out.subarray(24, 28)], [1, 0, 1, 1]);
  const old = buildFeatures([step(10), gap, gap, step(13)], 0, 0, spec, out);
  assert.ok(old.ok);
  assert.deepEqual([...out.subarray(6, 9)], [0, -3, -3], 'beyond the fill age: tendency 0, not a guess');
  assert.deepEqual(buildFeatures([gap, gap, gap, step(13)], 0, 0, spec, out), { ok: false, reason: 'temperature: 3 of 4 steps missing (at most 2 allowed)' });
  assert.deepEqual(buildFeatures([step(1), step(1), step(1), gap], 0, 0, spec, out), { ok: false, reason: 'no QC-passed temperature at the newest step' });
  assert.equal(buildFeatures([step(1)], 0, 0, spec, out).ok, false);
});

test('derived inputs: wind blowing from the north points south; humidity and dew point invert each other', () => {
  const north = inputValues({ wind_speed: 5, wind_direction: 0 });
  assert.ok(Math.abs(north.wind_u) < 1e-9 && Math.abs(north.wind_v + 5) < 1e-9);
  assert.deepEqual([inputValues({ wind_speed: 0.1 }).wind_u, inputValues({ wind_speed: 3 }).wind_u], [0, NaN], 'calm needs no direction; wind does');
  assert.ok(Math.abs(relativeHumidity(20, dewPoint(20, 55)) - 55) < 1e-9);
  assert.equal(relativeHumidity(10, 10), 100);
  assert.ok(Math.abs(inputValues({ temperature: 20, relative_humidity: 55 }).dew_point - dewPoint(20, 55)) < 1e-12, 'dew point from humidity when none is measured');
  assert.equal(inputValues({ precipitation: Math.E - 1 }).precipitation, 1, 'rain as log1p');
});

test('device history is resampled onto the model grid: nearest reading, rain summed, unflagged values dropped', () => {
  const readings: FlaggedReading[] = [];
  for (let i = 0; i <= 18; i++) {
    const t = i * 600_000; // 10-minute readings over 3 h
    readings.push({ seq: i, timeMs: t, values: { temperature: i, precipitation: 0.1, pressure: 1000 }, flags: { temperature: i === 12 ? 2 : 1, precipitation: 1, pressure: 1 } });
  }
  const w = buildWindow(readings, 4, 3_600_000, [1])!;
  assert.equal(w.baseTimeMs, 18 * 600_000);
  assert.deepEqual(w.steps.map((s) => s.temperature), [0, 6, NaN, 18], 'suspect value at 2 h not used');
  assert.ok(Math.abs(w.steps[3]!.precipitation - Math.log1p(0.6)) < 1e-9, 'six 10-min amounts in the last hour');
  assert.equal(w.lastSeq, 18);
  assert.equal(w.fromMs, 0);
});

test('decoded output is base + delta x scale, hard-clipped, and implausible or crossing output is named', () => {
  const card = { output: { variables: [{ name: 'relative_humidity' as const, unit: '%', scale: [10], min: 0, max: 100 }], leadsMinutes: [60], quantiles: [0.1, 0.5, 0.9] } };
  const v = decodeOutput([-1, 0.5, 2], 0, { relative_humidity: 90 }, card as never);
  assert.deepEqual(v, [[[80, 95, 100]]]);
  assert.equal(outputProblem(v, card as never), undefined);
  assert.match(outputProblem([[[1, NaN, 2]]], card as never)!, /relative_humidity at \+60 min: non-finite/);
  assert.match(outputProblem([[[50, 40, 60]]], card as never)!, /quantiles cross/);
});

test('sparse lags and a level left out: fewer features, layout names match what buildFeatures writes', () => {
  const sparse: FeatureSpec = {
    ...spec, historySteps: 6, lagSteps: [1, 5],
    variables: spec.variables.map((v) => ({ ...v, diffStd: [1, 1], ...(v.name === 'pressure' ? { level: false } : {}) })),
  };
  const n = featureCount(sparse);
  assert.equal(n, 5 + 6 * 2 + 6 * 3 + 4, 'five levels, two tendencies and three availabilities per input, four time signals');
  const layout = featureLayout(sparse);
  assert.equal(layout.length, n);
  const out = new Float32Array(n);
  const steps = [step(7), step(NaN), step(9), step(10), step(11), step(12)];
  const r = buildFeatures(steps, 0, 0, sparse, out);
  assert.deepEqual(r, { ok: true, missing: 0 }, 'the gap at t-4 is not a used step');
  assert.equal(layout.indexOf('pressure[t] norm'), -1);
  assert.equal(out[layout.indexOf('temperature[t-1]-temperature[t] norm')], -1);
  assert.equal(out[layout.indexOf('temperature[t-5]-temperature[t] norm')], -5);
  assert.equal(out[layout.indexOf('temperature[t-5] available')], 1);
  assert.equal(out[layout.indexOf('wind_v[t] available')], 1);
  const gappy = buildFeatures([step(NaN), step(8), step(9), step(10), step(11), step(12)], 0, 0, sparse, out);
  assert.ok(gappy.ok);
  assert.equal(out[layout.indexOf('temperature[t-5] available')], 0, 'a gap at a used lag is flagged where the layout says');
  assert.equal(out[layout.indexOf('temperature[t-1] available')], 1);
});
