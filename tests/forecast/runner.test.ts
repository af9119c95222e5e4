import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as ort from 'onnxruntime-node';
import { silentLogger } from '../../common/logger.js';
import { ForecastStore } from '../../cloud/fields/index.js';
import { ForecastRunner, checkModelAgainstContract, loadContract, validateContract } from '../../cloud/forecast/index.js';
import { addModel, batchedContract, panguContract, writePanguStandIn } from './stand-ins.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'wx-forecast-'));
  dirs.push(d);
  return d;
}
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the full-size Pangu-Weather layout validates and a stand-in with its exact names and shapes passes the check without running', async () => {
  const dir = tempDir();
  const path = writePanguStandIn(dir, 721, 1440);
  const loaded = loadContract(path);
  for (const p of loaded.modelPaths) {
    const session = await ort.InferenceSession.create(p);
    assert.deepEqual(session.inputNames, ['input', 'input_surface']);
    assert.equal(checkModelAgainstContract(session, loaded.contract, p).maxBatch, 1);
    await session.release();
  }
  // A model whose surface input has 720 rows is refused, naming the tensor and the dim.
  const bad = join(dir, 'bad.onnx');
  writeFileSync(bad, addModel([{ input: 'input', output: 'output', dims: [5, 13, 721, 1440] }, { input: 'input_surface', output: 'output_surface', dims: [4, 720, 1440] }], 0));
  const session = await ort.InferenceSession.create(bad);
  assert.throws(() => checkModelAgainstContract(session, loaded.contract, 'bad.onnx'), (err: Error & { details?: string[] }) =>
    /does not match/.test(err.message) && (err.details ?? []).some((d) => d.includes("input 'input_surface'") && d.includes('(lat) is 720')),
  );
  await session.release();
});

test('contract problems are listed by field', () => {
  const c = panguContract(9, 16) as unknown as Record<string, unknown>;
  const broken = { ...c, timeStepHours: 5, normalisation: { ...(c.normalisation as object), t: { mean: [1], std: [1] } } };
  assert.throws(() => validateContract(broken, 'test'), (err: Error & { details?: string[] }) => {
    const d = (err.details ?? []).join('\n');
    return d.includes('normalisation.t: needs 13') && d.includes('models.0.stepHours: 24 is not a multiple of timeStepHours 5');
  });
  assert.throws(() => validateContract({ ...c, grid: { ...(c.grid as object), nLat: 'x' } }, 'test'), /configuration is invalid/);
});

test('a reduced-grid Pangu stand-in rolls out 48 h chaining the 24 h and 6 h models, north-south rows stored south-north', async () => {
  const dir = tempDir();
  const nLat = 9;
  const nLon = 16;
  const loaded = loadContract(writePanguStandIn(dir, nLat, nLon));
  const runner = await ForecastRunner.create(loaded, silentLogger(), { provider: 'auto' });
  assert.equal(runner.provider.provider, ort.listSupportedBackends().some((b) => b.name === 'cuda' && b.bundled) ? 'cuda' : 'cpu');
  const grid = runner.storeGrid();
  assert.equal(grid.lat0Deg, -90);
  const store = await ForecastStore.open(join(dir, 'fc.zarr'), { grid, variables: runner.storeVariables(), leadsHours: runner.leadsFor(48), ensemble: { members: 2 } });
  // Initial t850 = latitude row index (south = 0); msl = 1000 + member.
  const result = await runner.rollout({
    runTimeMs: Date.UTC(2024, 0, 1),
    members: 2,
    horizonHours: 48,
    store,
    initial: (member, _t, channel, out) => {
      for (let p = 0; p < out.length; p++) out[p] = channel === 'msl' ? 1000 + member : Math.floor(p / nLon);
    },
  });
  await runner.release();
  assert.deepEqual(result.leadsHours, [6, 12, 18, 24, 30, 36, 42, 48]);
  // batch 1 (no batch dim): 2 members × (6, 12, 18 by the 6 h model; 24 by the 24 h; 30, 36, 42; 48) = 2 × 8 runs
  assert.equal(result.modelRuns, 16);
  // Pangu's schedule: lead h = floor(h/24) 24 h steps (+1 each) then (h mod 24)/6 6 h steps (+0.25), normalised.
  const expectedSteps = (h: number): number => Math.floor(h / 24) + ((h % 24) / 6) * 0.25;
  for (const [li, h] of result.leadsHours.entries()) {
    const msl = await store.readField(result.runIndex, li, 1, 'msl');
    assert.ok(Math.abs((msl[0] as number) - (1001 + 4 * expectedSteps(h))) < 1e-3, `msl at ${h} h`);
  }
  const t850 = await store.readField(result.runIndex, 3, 0, 't850');
  // Row 2 from the south, level 850 hPa is level index 2: mean 102, std 2.
  assert.ok(Math.abs((t850[2 * nLon] as number) - (2 + 2 * 1)) < 1e-3);
  assert.equal(store.latestCompleteRun(), 0);
});

test('members are batched along the batch dimension, in several batches when the model caps the batch', async () => {
  const dir = tempDir();
  const c = batchedContract(4, 5, 2, 2);
  writeFileSync(join(dir, 'model.onnx'), addModel([{ input: 'x', output: 'y', dims: [2, 2, 4, 5] }], 1));
  writeFileSync(join(dir, 'c.json'), JSON.stringify(c));
  const runner = await ForecastRunner.create(loadContract(join(dir, 'c.json')), silentLogger());
  assert.equal(runner.maxBatch, 2);
  const store = await ForecastStore.open(join(dir, 'fc.zarr'), { grid: runner.storeGrid(), variables: runner.storeVariables(), leadsHours: [1, 2, 3], ensemble: { members: 5 } });
  const r = await runner.rollout({ runTimeMs: 0, members: 5, horizonHours: 3, store, initial: (m, _t, ch, out) => out.fill(ch === 'v1' ? 10 * m : 0) });
  await runner.release();
  assert.equal(r.modelRuns, 9); // 3 batches (2, 2, 1) × 3 leads
  for (let m = 0; m < 5; m++) assert.ok(Math.abs(((await store.readField(0, 2, m, 'v1'))[7] as number) - (10 * m + 3 * 0.5)) < 1e-4, `member ${m}`);
});

test('several input time levels: the newest output joins the window and the oldest leaves', async () => {
  const dir = tempDir();
  const c = batchedContract(3, 3, 1, 'batch', 2);
  writeFileSync(join(dir, 'model.onnx'), addModel([{ input: 'x', output: 'y', dims: ['batch', 2, 1, 3, 3], outDims: ['batch', 1, 1, 3, 3] }], 2));
  writeFileSync(join(dir, 'c.json'), JSON.stringify(c));
  const runner = await ForecastRunner.create(loadContract(join(dir, 'c.json')), silentLogger());
  const store = await ForecastStore.open(join(dir, 'fc.zarr'), { grid: runner.storeGrid(), variables: runner.storeVariables(), leadsHours: [1, 2], ensemble: { members: 1 } });
  await runner.rollout({ runTimeMs: 0, members: 1, horizonHours: 2, store, initial: (_m, t, _ch, out) => out.fill(t === 0 ? 100 : 5) });
  await runner.release();
  // newest level 5 -> +2 normalised (std 0.5) = +1 per step
  assert.ok(Math.abs(((await store.readField(0, 1, 0, 'v0'))[4] as number) - 7) < 1e-4);
});

test('memory stays flat as the horizon grows: retained heap + buffers after each lead do not grow with lead count', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const dir = tempDir();
  const nLat = 96;
  const nLon = 96;
  const c = batchedContract(nLat, nLon, 4);
  writeFileSync(join(dir, 'model.onnx'), addModel([{ input: 'x', output: 'y', dims: ['batch', 4, nLat, nLon] }], 0.01));
  writeFileSync(join(dir, 'c.json'), JSON.stringify(c));
  const runner = await ForecastRunner.create(loadContract(join(dir, 'c.json')), silentLogger());
  const stateMB = (4 * 4 * nLat * nLon * 4) / 2 ** 20;
  async function peakFor(horizon: number): Promise<number> {
    const store = await ForecastStore.open(join(dir, `fc-${horizon}.zarr`), { grid: runner.storeGrid(), variables: runner.storeVariables(), leadsHours: runner.leadsFor(horizon), ensemble: { members: 4 } });
    let peak = 0;
    const write = store.writeFields.bind(store);
    store.writeFields = async (...args) => {
      await write(...args);
      gc();
      const m = process.memoryUsage();
      peak = Math.max(peak, (m.heapUsed + m.arrayBuffers) / 2 ** 20);
    };
    await runner.rollout({ runTimeMs: 0, members: 4, horizonHours: horizon, store, initial: (_m, _t, _c, out) => out.fill(1) });
    return peak;
  }
  await peakFor(4); // warm-up
  const short = await peakFor(8);
  const long = await peakFor(120);
  await runner.release();
  // 112 more leads; a state (0.56 MB) kept per lead would add > 60 MB. V8's heap after gc() moves
  // by a few MB between runs (2.6 MB seen), so the margin is 16 states (9 MB), still far below that.
  assert.ok(long - short < 16 * stateMB, `retained grew from ${short.toFixed(1)} to ${long.toFixed(1)} MB`);
});
