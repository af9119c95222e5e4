import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { mulberry32 } from '../../common/random.js';
import { encodeModel } from '../../common/onnx/index.js';
import { calibrateSpread, createNet, predict, train } from '../../models/src/net.js';
import { activationParams, exportFp32, exportInt8, quantizeWeights } from '../../models/src/export.js';

/** y = 0.8 x0 - 0.5 x1 + noise, one variable at one lead: the net must learn it and its spread. */
function synthetic(n: number, seed: number): { X: Float32Array; T: Float32Array } {
  const rand = mulberry32(seed);
  const X = new Float32Array(n * 4);
  const T = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < 4; i++) X[r * 4 + i] = rand() * 2 - 1;
    T[r] = 0.8 * X[r * 4]! - 0.5 * X[r * 4 + 1]! + (rand() - 0.5) * 0.4;
  }
  return { X, T };
}

test('training is deterministic for a fixed seed and learns quantiles that bracket ~80 % of truths', () => {
  const { X, T } = synthetic(4000, 1);
  const fit = (seed: number): Float64Array => {
    const net = createNet(4, [8], 3, seed, 0.5);
    train(net, X, T, 4000, { epochs: 15, batch: 64, lr: 1e-2, seed, weightDecay: 0 });
    return Float64Array.from(net.layers.flatMap((l) => [...l.W, ...l.b]));
  };
  assert.deepEqual(fit(42), fit(42));
  assert.notDeepEqual(fit(42), fit(43));

  const net = createNet(4, [8], 3, 42, 0.5);
  train(net, X, T, 4000, { epochs: 15, batch: 64, lr: 1e-2, seed: 42, weightDecay: 0 });
  const test = synthetic(2000, 2);
  const q = predict(net, test.X, 2000);
  let [inside, ae] = [0, 0];
  for (let r = 0; r < 2000; r++) {
    const y = test.T[r]!;
    assert.ok(q[r * 3]! <= q[r * 3 + 1]! && q[r * 3 + 1]! <= q[r * 3 + 2]!, 'quantiles never cross');
    if (y >= q[r * 3]! && y <= q[r * 3 + 2]!) inside += 1;
    ae += Math.abs(q[r * 3 + 1]! - y);
  }
  // Noise is uniform +-0.2: the ideal median error is 0.1, the ideal P10..P90 share 80 %.
  assert.ok(ae / 2000 < 0.13, `median MAE ${ae / 2000}`);
  assert.ok(inside / 2000 > 0.72 && inside / 2000 < 0.88, `coverage ${inside / 2000}`);
});

test('per-channel symmetric int8 weights reconstruct each column within half a step', () => {
  const W = Float64Array.from([0.5, -10, 0.25, 2, -0.125, 4]); // 3 x 2: columns of very different size
  const { q, scales } = quantizeWeights(W, 3, 2);
  assert.deepEqual([...scales].map((s) => s * 127), [0.5, 10]);
  for (let i = 0; i < W.length; i++) assert.ok(Math.abs(q[i]! * scales[i % 2]! - W[i]!) <= scales[i % 2]! / 2 + 1e-12);
  assert.deepEqual(activationParams({ min: -1, max: 3 }), { scale: 4 / 255, zeroPoint: 64 });
  assert.equal(activationParams({ min: 0.5, max: 2 }).zeroPoint, 0, 'range widened to include 0');
});

test('the exported INT8 graph computes what the FP32 graph computes, within quantization error', async () => {
  const { X, T } = synthetic(2000, 3);
  const net = createNet(4, [16], 3, 5, 0.5);
  train(net, X, T, 2000, { epochs: 5, batch: 64, lr: 1e-2, seed: 5, weightDecay: 0 });
  const shape = { inputTensor: 'features', outputTensor: 'quantiles', variables: 1, leads: 1, quantiles: 3 as const };
  const ranges = [{ min: -1, max: 1 }, { min: 0, max: 4 }];
  const a = await ort.InferenceSession.create(encodeModel(exportFp32(net, shape, {})));
  const b = await ort.InferenceSession.create(encodeModel(exportInt8(net, shape, ranges, {})));
  const x = new ort.Tensor('float32', X.subarray(0, 400), [100, 4]);
  const ya = (await a.run({ features: x })).quantiles!.data as Float32Array;
  const yb = (await b.run({ features: x })).quantiles!.data as Float32Array;
  const js = predict(net, X.subarray(0, 400), 100);
  for (let i = 0; i < ya.length; i++) {
    assert.ok(Math.abs(ya[i]! - js[i]!) < 1e-4, 'fp32 onnx equals the training net');
    assert.ok(Math.abs(ya[i]! - yb[i]!) < 0.05, `int8 ${yb[i]} vs fp32 ${ya[i]}`);
  }
  await a.release();
  await b.release();
});

test('spread calibration scales P10..P90 to the requested share of held-out truths', () => {
  const { X, T } = synthetic(3000, 11);
  const net = createNet(4, [], 3, 9, 0.5);
  train(net, X, T, 3000, { epochs: 10, batch: 64, lr: 1e-2, seed: 9, weightDecay: 0 });
  const held = synthetic(3000, 12);
  const f = calibrateSpread(net, held.X, held.T, 3000, 0.5);
  const q = predict(net, held.X, 3000, f);
  let inside = 0;
  for (let r = 0; r < 3000; r++) if (held.T[r]! >= q[r * 3]! && held.T[r]! <= q[r * 3 + 2]!) inside += 1;
  assert.ok(f[0]! < 1, `narrower for 50 %: factor ${f[0]}`);
  assert.ok(Math.abs(inside / 3000 - 0.5) < 0.01, `coverage ${inside / 3000}`);
});

test('backpropagation through two hidden layers learns a non-linear target', () => {
  const rand = mulberry32(21);
  const n = 4000;
  const X = new Float32Array(n * 4);
  const T = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < 4; i++) X[r * 4 + i] = rand() * 2 - 1;
    T[r] = Math.abs(X[r * 4]!) * 2 - 1; // |x0|: a linear model cannot do better than MAE 0.5
  }
  const net = createNet(4, [16, 8], 3, 21, 0.5);
  train(net, X, T, n, { epochs: 20, batch: 32, lr: 1e-2, seed: 21, weightDecay: 0 });
  const q = predict(net, X, n);
  let ae = 0;
  for (let r = 0; r < n; r++) ae += Math.abs(q[r * 3 + 1]! - T[r]!);
  assert.ok(ae / n < 0.15, `median MAE ${ae / n}`);
});
