/**
 * One forecast step (one session.run, single-threaded CPU onnxruntime) of the built-in model's
 * architecture (models/grid-forecast/model.ts: residual 3 × 3 conv over 5 + 2 channels):
 * 'builtin' on the Beijing 15 × 14 grid with `size` members batched (the committed weights when
 * present); 'global' on a global grid of 1/size degrees (size 1: 181 × 360) with one member,
 * the stand-in for a global model.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { globalGrid } from '../../cloud/assimilation/geo.js';
import { buildGridModel, N_FEATURES, N_STATE } from '../../models/grid-forecast/model.js';
import { mulberry32 } from '../../common/random.js';

const COMMITTED = 'models/grid-forecast/beijing-grid-conv3x3.onnx';

export async function forecastStepSetup(kind: 'builtin' | 'global', size: number): Promise<{ step: () => Promise<number>; note: string }> {
  const grid = kind === 'builtin' ? BEIJING_GRID : globalGrid(1 / size);
  const members = kind === 'builtin' ? size : 1;
  const rng = mulberry32(5);
  const coefs = Array.from({ length: N_STATE }, () => Float64Array.from({ length: N_FEATURES }, () => 0.01 * (rng() - 0.5)));
  const useCommitted = kind === 'builtin' && existsSync(COMMITTED);
  const bytes = useCommitted ? readFileSync(COMMITTED) : buildGridModel(coefs, grid.nLat, grid.nLon);
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  const nPts = grid.nLat * grid.nLon;
  const state = new ort.Tensor('float32', Float32Array.from({ length: members * N_STATE * nPts }, () => rng() - 0.5), [members, N_STATE, grid.nLat, grid.nLon]);
  const clock = new ort.Tensor('float32', new Float32Array(members * 2 * nPts).fill(0.5), [members, 2, grid.nLat, grid.nLon]);
  const stateNext = new ort.Tensor('float32', new Float32Array(members * N_STATE * nPts), [members, N_STATE, grid.nLat, grid.nLon]);
  const clockNext = new ort.Tensor('float32', new Float32Array(members * 2 * nPts), [members, 2, grid.nLat, grid.nLon]);
  await session.run({ state, clock }, { state_next: stateNext, clock_next: clockNext }); // warm-up
  return {
    note: `${grid.nLat} × ${grid.nLon} grid, ${members} member(s) batched${useCommitted ? ', committed weights' : ''}`,
    step: async () => {
      await session.run({ state, clock }, { state_next: stateNext, clock_next: clockNext });
      return members;
    },
  };
}
