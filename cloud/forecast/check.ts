/**
 * Checks a loaded ONNX session against its contract before any use: every contract tensor's input and
 * output exists, is float32, and has the contract's shape (fixed sizes equal; the contract's batch
 * dim may be symbolic in the model, or fixed, which then caps the batch). Works from the session's
 * metadata alone, so a full-size model (Pangu's 721 × 1440) is checked without running it.
 */
import type * as ort from 'onnxruntime-node';
import { WxError } from '../../common/errors.js';
import type { ContractTensor, ForecastContract } from './contract.js';

export interface CheckedModel {
  /** Largest batch the model takes (Infinity when symbolic; 1 when the contract has no batch dim). */
  maxBatch: number;
}

type Meta = { name: string; isTensor: boolean; type?: string; shape?: ReadonlyArray<number | string> };

function compare(where: string, t: ContractTensor, meta: Meta | undefined, problems: string[]): number {
  if (!meta) {
    problems.push(`${where}: the model has no such tensor`);
    return 1;
  }
  if (!meta.isTensor || meta.type !== 'float32') problems.push(`${where}: must be a float32 tensor, the model has ${meta.type ?? 'a non-tensor'}`);
  const shape = meta.shape ?? [];
  if (shape.length !== t.shape.length) {
    problems.push(`${where}: rank ${shape.length} in the model, ${t.shape.length} in the contract (${t.dims.join(', ')})`);
    return 1;
  }
  let maxBatch = t.dims.includes('batch') ? Infinity : 1;
  t.dims.forEach((d, i) => {
    const want = t.shape[i];
    const got = shape[i];
    if (d === 'batch') {
      if (typeof got === 'number' && got > 0) maxBatch = got;
      return;
    }
    if (got !== want) problems.push(`${where}: dim ${i} (${d}) is ${String(got)} in the model, ${String(want)} in the contract`);
  });
  return maxBatch;
}

/** Throws a WxError listing every mismatch, or returns what the runner needs to know. */
export function checkModelAgainstContract(session: ort.InferenceSession, contract: ForecastContract, modelName: string): CheckedModel {
  const s = session as unknown as { inputMetadata: readonly Meta[]; outputMetadata: readonly Meta[] };
  const problems: string[] = [];
  let maxBatch = Infinity;
  for (const t of contract.tensors) {
    maxBatch = Math.min(maxBatch, compare(`input '${t.input}'`, t, s.inputMetadata.find((m) => m.name === t.input), problems));
    // Outputs carry one time level: the next state.
    const outT: ContractTensor = t.dims.includes('time') ? { ...t, shape: t.shape.map((v, i) => (t.dims[i] === 'time' ? 1 : v)) } : t;
    maxBatch = Math.min(maxBatch, compare(`output '${t.output}'`, outT, s.outputMetadata.find((m) => m.name === t.output), problems));
  }
  for (const m of s.inputMetadata) if (!contract.tensors.some((t) => t.input === m.name)) problems.push(`input '${m.name}': the model needs it but the contract does not describe it`);
  if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', `model ${modelName} does not match contract '${contract.name}'`, { field: 'models', details: problems });
  return { maxBatch };
}
