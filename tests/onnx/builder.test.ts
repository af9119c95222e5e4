import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { OnnxGraphBuilder, decodeModel, encodeModel, floatAttr, writeModel } from '../../common/onnx/index.js';

// y = relu(x · W + b) with W 2x3, b 3: known by hand.
function tinyMlp(): OnnxGraphBuilder {
  const g = new OnnxGraphBuilder({ graphName: 'tiny', metadata: { modelId: 'tiny' } });
  g.input('x', 'float32', ['batch', 2]);
  g.initializer('W', new Float32Array([1, -1, 0.5, 2, 1, -0.5]), [2, 3]);
  g.initializer('b', new Float32Array([0, 0.5, -10]), [3]);
  g.node('MatMul', ['x', 'W'], ['xw']);
  g.node('Add', ['xw', 'b'], ['pre']);
  g.node('Relu', ['pre'], ['y']);
  g.output('y', 'float32', ['batch', 3]);
  return g;
}

test('a MatMul+Add+Relu graph built here runs in onnxruntime with the outputs computed by hand', async () => {
  const bytes = encodeModel(tinyMlp());
  const session = await ort.InferenceSession.create(bytes);
  assert.deepEqual(session.inputNames, ['x']);
  assert.deepEqual(session.outputNames, ['y']);
  const x = new ort.Tensor('float32', new Float32Array([1, 2, -1, 0]), [2, 2]);
  const { y } = await session.run({ x });
  assert.deepEqual(y!.dims, [2, 3]);
  // row 1: [1+4, -1+2+0.5, 0.5-1-10] -> relu [5, 1.5, 0]; row 2: [-1, 1+0.5, -0.5-10] -> [0, 1.5, 0]
  assert.deepEqual([...(y!.data as Float32Array)], [5, 1.5, 0, 0, 1.5, 0]);
  await session.release();
});

test('int8 and int64 initializers, float attributes and metadata round-trip through a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'onnx-'));
  try {
    const g = new OnnxGraphBuilder({ graphName: 'qdq', metadata: { version: '1.2.3' } });
    g.input('x', 'float32', [1, 4]);
    g.initializer('wq', new Int8Array([-128, -1, 0, 127]), [4]);
    g.initializer('ws', new Float32Array([0.5]), []);
    g.initializer('wz', new Int8Array([0]), []);
    g.initializer('shape', new BigInt64Array([1n, 4n]), [2]);
    g.node('DequantizeLinear', ['wq', 'ws', 'wz'], ['w']);
    g.node('Reshape', ['w', 'shape'], ['w2']);
    g.node('Mul', ['x', 'w2'], ['m']);
    g.node('LeakyRelu', ['m'], ['y'], { alpha: floatAttr(0.25) });
    g.output('y', 'float32', [1, 4]);
    const path = join(dir, 'm.onnx');
    await writeModel(path, g);
    const decoded = decodeModel(readFileSync(path));
    assert.equal(decoded.metadataProps[0]?.value, '1.2.3');
    const session = await ort.InferenceSession.create(path);
    const { y } = await session.run({ x: new ort.Tensor('float32', new Float32Array([1, 1, 1, 2]), [1, 4]) });
    // w = [-64, -0.5, 0, 63.5]; leaky relu alpha 0.25 on negatives
    assert.deepEqual([...(y!.data as Float32Array)], [-16, -0.125, 0, 127]);
    await session.release();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reused tensor name or wrong initializer size is refused naming the tensor', () => {
  const g = tinyMlp();
  assert.throws(() => g.input('x', 'float32', [1]), /x: name already used/);
  assert.throws(() => g.initializer('c', new Float32Array(3), [2, 2]), /initializer c: dims \[2, 2\] hold 4 values, data has 3/);
});
