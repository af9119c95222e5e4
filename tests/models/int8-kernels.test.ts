import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { readCard } from '../../common/nowcast/card.js';
import { decodeModel } from '../../common/onnx/index.js';
import { mulberry32 } from '../../common/random.js';
import { CURRENT_CARD } from './helpers.js';

const card = readCard(CURRENT_CARD);
const fileOf = (p: 'fp32' | 'int8'): string => join(dirname(CURRENT_CARD), card.files.find((f) => f.precision === p)!.file);

/** The graph onnxruntime actually runs after its optimisations, as op types. */
async function optimizedOps(path: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ort-opt-'));
  try {
    const out = join(dir, 'optimized.onnx');
    const session = await ort.InferenceSession.create(path, { optimizedModelFilePath: out, graphOptimizationLevel: 'all', executionProviders: ['cpu'] });
    await session.release();
    return (decodeModel(readFileSync(out)).graph?.node ?? []).map((n) => `${n.domain ? `${n.domain}:` : ''}${n.opType}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('onnxruntime runs the INT8 model on integer matmul kernels, with no float MatMul left', async () => {
  const ops = await optimizedOps(fileOf('int8'));
  const integer = ops.filter((o) => /MatMulInteger|QLinearMatMul|MatMulIntegerToFloat|DynamicQuantizeMatMul/.test(o));
  assert.ok(integer.length >= 1, `no integer matmul in ${ops.join(', ')}`);
  assert.ok(!ops.some((o) => /^(MatMul|Gemm|FusedMatMul|com\.microsoft:FusedMatMul|com\.microsoft:FusedGemm)$/.test(o)), `float matmul left: ${ops.join(', ')}`);
  const fp32 = await optimizedOps(fileOf('fp32'));
  assert.ok(fp32.some((o) => /MatMul|Gemm/.test(o)) && !fp32.some((o) => /Integer|QLinear/.test(o)), `fp32 graph: ${fp32.join(', ')}`);
});

test('INT8 outputs track FP32 outputs on random in-range inputs', async () => {
  const F = card.input.shape[1];
  const rand = mulberry32(7);
  const n = 256;
  const x = Float32Array.from({ length: n * F }, () => (rand() * 2 - 1) * 2);
  const run = async (p: 'fp32' | 'int8'): Promise<Float32Array> => {
    const s = await ort.InferenceSession.create(fileOf(p));
    const out = await s.run({ [card.input.tensor]: new ort.Tensor('float32', x, [n, F]) });
    await s.release();
    return out[card.output.tensor]!.data as Float32Array;
  };
  const [a, b] = [await run('fp32'), await run('int8')];
  let [diff, mag] = [0, 0];
  for (let i = 0; i < a.length; i++) {
    diff += Math.abs(a[i]! - b[i]!);
    mag += Math.abs(a[i]!);
  }
  assert.ok(diff / mag < 0.05, `mean |int8 - fp32| is ${((100 * diff) / mag).toFixed(2)} % of mean |fp32|`);
});
