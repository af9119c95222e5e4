import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NowcastState } from '../../protos/index.js';
import { QC_FLAGS } from '../../common/variables.js';
import { availableProviders, checkContract, loadNowcastModel, smokeTest, type HistoryReading } from '../../device-agent/nowcast/index.js';
import { beijingHistory, CARD_PATH, copyVersion, writeConstantModel } from './helpers.js';

const HOUR = 3_600_000;

test('the committed INT8 model loads on CPU and forecasts real QC-flagged Beijing history with ordered quantiles', async () => {
  const model = await loadNowcastModel(CARD_PATH, { longitudeDeg: 116.4 });
  try {
    assert.equal(model.executionProvider, 'cpu');
    assert.equal(model.precision, 'int8');
    const history = beijingHistory().slice(100, 130);
    const newest = history[history.length - 1]!;
    const r = await model.forecast('dev-1', history, newest.timeMs + 60_000);
    assert.equal(r.state, NowcastState.NOWCAST_OK, r.reason ?? '');
    assert.equal(r.baseTimeMs, newest.timeMs);
    assert.equal(r.inputLastSeq, newest.seq);
    assert.equal(r.inputFromMs, newest.timeMs - (model.card.historySteps - 1) * HOUR);
    assert.equal(r.modelVersion, model.card.version);
    assert.equal(r.values!.length, 16);
    for (const v of r.values!) {
      const q = v.quantiles!;
      assert.ok(q[0]! <= q[1]! && q[1]! <= q[2]!, `ordered: ${q.join(', ')}`);
    }
    const t1 = r.values!.find((v) => v.variable === 1 && v.leadMinutes === 60)!.quantiles![1]!;
    assert.ok(Math.abs(t1 - newest.values.temperature!) < 5, `1-h temperature ${t1} near the last ${newest.values.temperature}`);
    assert.deepEqual(await smokeTest(model, history), []);
  } finally {
    await model.close();
  }
});

test('too short, too gappy or stale history gives INSUFFICIENT_HISTORY with the reason, never a guess', async () => {
  const model = await loadNowcastModel(CARD_PATH, { precision: 'fp32' });
  try {
    const history = beijingHistory().slice(100, 130);
    const last = history[history.length - 1]!.timeMs;
    const state = async (h: readonly HistoryReading[], now = last): Promise<[number, string]> => {
      const r = await model.forecast('dev-1', h, now);
      return [r.state!, r.reason!];
    };
    assert.deepEqual(await state([]), [NowcastState.NOWCAST_INSUFFICIENT_HISTORY, 'no history yet']);
    const [s1, why1] = await state(history.slice(-5));
    assert.equal(s1, NowcastState.NOWCAST_INSUFFICIENT_HISTORY);
    assert.match(why1, new RegExp(`history covers 240 of the ${(model.card.historySteps - 1) * 60} minutes`));
    const gappy = history.map((r, i) => (i % 3 === 0 ? { ...r, flags: { ...r.flags, temperature: QC_FLAGS.suspect } } : r));
    const [s2, why2] = await state(gappy);
    assert.equal(s2, NowcastState.NOWCAST_INSUFFICIENT_HISTORY);
    const usedSteps = (model.card.input.lagSteps?.length ?? model.card.historySteps - 1) + 1;
    assert.match(why2, new RegExp(`temperature: \\d+ of ${usedSteps} steps missing`));
    const [s3, why3] = await state(history, last + 3 * HOUR);
    assert.equal(s3, NowcastState.NOWCAST_INSUFFICIENT_HISTORY);
    assert.match(why3, /newest reading is 180 minutes old/);
    assert.equal((await smokeTest(model, history.slice(-3)))[0]?.startsWith('forecast: NOWCAST_INSUFFICIENT_HISTORY'), true);
  } finally {
    await model.close();
  }
});

test('a model file that does not match its card SHA-256 is refused before it reaches onnxruntime', async () => {
  const { dir, cardPath } = copyVersion();
  try {
    const file = join(dir, 'model.int8.onnx');
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(file, bytes);
    await assert.rejects(loadNowcastModel(cardPath), (err: Error & { field?: string }) => err.field === 'files.sha256' && /does not match its card/.test(err.message));
    await assert.rejects(loadNowcastModel(cardPath, { threads: 0, precision: 'fp32' }), /threads: must be a whole number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a model that outputs NaN is reported FAILED and fails the smoke test', async () => {
  const { dir, cardPath } = copyVersion();
  try {
    writeConstantModel(cardPath, NaN);
    const model = await loadNowcastModel(cardPath);
    const history = beijingHistory().slice(100, 130);
    const r = await model.forecast('dev-1', history, history[history.length - 1]!.timeMs);
    assert.equal(r.state, NowcastState.NOWCAST_FAILED);
    assert.match(r.reason!, /temperature at \+60 min: non-finite output/);
    assert.match((await smokeTest(model, history))[0]!, /NOWCAST_FAILED.*non-finite/);
    await model.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the contract check names what the agent cannot feed', () => {
  const card = JSON.parse(readFileSync(CARD_PATH, 'utf8')) as { timeStepMs: number; modelId: string };
  const beijing = ['temperature', 'pressure', 'dew_point', 'wind_speed', 'wind_direction', 'precipitation'] as const;
  assert.deepEqual(checkContract(card, { variables: beijing, samplingIntervalMs: HOUR }), []);
  assert.deepEqual(checkContract(card, { variables: ['temperature', 'pressure', 'relative_humidity', 'wind_speed', 'wind_direction', 'precipitation'], samplingIntervalMs: 600_000 }), [], 'Jena-like: humidity instead of dew point, 10-min');
  const noPressure = checkContract(card, { variables: beijing.filter((v) => v !== 'pressure'), samplingIntervalMs: HOUR });
  assert.deepEqual(noPressure, ['input.variables.1: pressure needs pressure, which this agent does not measure', 'output.variables.1: pressure needs pressure, which this agent does not measure']);
  assert.match(checkContract(card, { variables: beijing, samplingIntervalMs: 2 * HOUR })[0]!, /^timeStepMs: /);
  assert.match(checkContract(card, { variables: beijing, samplingIntervalMs: 7 * 60_000 })[0]!, /not a multiple/);
  assert.deepEqual(checkContract({ ...card, modelId: 'Bad Id' }, { variables: beijing, samplingIntervalMs: HOUR }), ['modelId: must match pattern "^[a-z0-9][a-z0-9-]*$"']);
});

test('execution providers: GPU ones only where the runtime bundles them, CPU always last', () => {
  assert.deepEqual(availableProviders(['tensorrt', 'cuda', 'cpu'], [{ name: 'cpu', bundled: true }, { name: 'cuda', bundled: false }]), ['cpu']);
  assert.deepEqual(availableProviders(['tensorrt', 'cuda', 'cpu'], [{ name: 'cpu', bundled: true }, { name: 'cuda', bundled: true }]), ['cuda', 'cpu']);
  assert.deepEqual(availableProviders(['cuda'], [{ name: 'cuda', bundled: true }]), ['cuda', 'cpu']);
});

test('closing a model while it forecasts (an OTA swap) lets the running inference finish; later forecasts say closed', async () => {
  const model = await loadNowcastModel(CARD_PATH);
  const history = beijingHistory().slice(100, 130);
  const now = history[history.length - 1]!.timeMs + 60_000;
  const running = model.forecast('dev-1', history, now);
  const closing = model.close();
  const r = await running;
  assert.equal(r.state, NowcastState.NOWCAST_OK, r.reason ?? '');
  await closing;
  const after = await model.forecast('dev-1', history, now);
  assert.equal(after.state, NowcastState.NOWCAST_FAILED);
  assert.match(after.reason ?? '', /model was closed/);
  await model.close(); // twice is harmless
});

test('the smoke test steps back past an unusable newest reading (no wind) to the newest window it can use', async () => {
  const model = await loadNowcastModel(CARD_PATH);
  try {
    const history = beijingHistory().slice(100, 140);
    const last = history[history.length - 1]!;
    // The newest reading without wind, as at a calm or a failed anemometer.
    const gappy = [...history.slice(0, -1), { ...last, values: { ...last.values, wind_speed: NaN, wind_direction: NaN }, flags: { ...last.flags, wind_speed: 4, wind_direction: 4 } }];
    const direct = await model.forecast('dev-1', gappy, last.timeMs);
    assert.equal(direct.state, NowcastState.NOWCAST_INSUFFICIENT_HISTORY, 'the newest window itself is unusable');
    assert.deepEqual(await smokeTest(model, gappy), [], 'a good model passes on the window before');
  } finally {
    await model.close();
  }
});
