/** Stand-in ONNX models and contracts for the forecast tests: exact tensor names and shapes, tiny compute. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OnnxGraphBuilder, encodeModel, type Dim } from '../../common/onnx/index.js';
import type { ForecastContract } from '../../cloud/forecast/index.js';

/** output_i = input_i + addend (in normalised units), for each (input, output, dims) pair. */
export function addModel(pairs: Array<{ input: string; output: string; dims: Dim[]; outDims?: Dim[] }>, addend: number, graphName = 'stand-in'): Uint8Array {
  const g = new OnnxGraphBuilder({ graphName });
  g.initializer('addend', new Float32Array([addend]), []);
  for (const p of pairs) {
    g.input(p.input, 'float32', p.dims);
    if (p.outDims) {
      // Several time levels in, one out: keep the last level (Slice on axis 'time' = 1 after batch).
      g.initializer(`${p.input}_starts`, new BigInt64Array([-1n]), [1]);
      g.initializer(`${p.input}_ends`, new BigInt64Array([BigInt(Number.MAX_SAFE_INTEGER)]), [1]);
      g.initializer(`${p.input}_axes`, new BigInt64Array([1n]), [1]);
      g.node('Slice', [p.input, `${p.input}_starts`, `${p.input}_ends`, `${p.input}_axes`], [`${p.input}_last`]);
      g.node('Add', [`${p.input}_last`, 'addend'], [p.output]);
      g.output(p.output, 'float32', p.outDims);
    } else {
      g.node('Add', [p.input, 'addend'], [p.output]);
      g.output(p.output, 'float32', p.dims);
    }
  }
  return encodeModel(g);
}

export const PANGU_UPPER = ['z', 'q', 't', 'u', 'v'];
export const PANGU_LEVELS = [1000, 925, 850, 700, 600, 500, 400, 300, 250, 200, 150, 100, 50];
export const PANGU_SURFACE = ['msl', 'u10', 'v10', 't2m'];

/** The Pangu-Weather layout on an nLat × nLon grid (721 × 1440 at 0.25° for the real model), chained 24 h + 6 h. */
export function panguContract(nLat = 721, nLon = 1440): ForecastContract {
  const res = 180 / (nLat - 1);
  const upper = PANGU_UPPER.map((name) => ({ name, units: name === 'z' ? 'm2 s-2' : name === 'q' ? 'kg kg-1' : name === 't' ? 'K' : 'm s-1', levels: PANGU_LEVELS }));
  const surface = PANGU_SURFACE.map((name) => ({ name, units: name === 'msl' ? 'Pa' : name === 't2m' ? 'K' : 'm s-1' }));
  const normalisation: ForecastContract['normalisation'] = {};
  for (const v of upper) normalisation[v.name] = { mean: PANGU_LEVELS.map((_, i) => 100 + i), std: PANGU_LEVELS.map(() => 2) };
  for (const v of surface) normalisation[v.name] = { mean: [10], std: [4] };
  return {
    schemaVersion: 1,
    name: 'pangu-weather-layout',
    description: 'Pangu-Weather tensor layout (Bi et al. 2023): stand-in for contract tests',
    grid: { lat0Deg: 90, dLatDeg: res, nLat, lon0Deg: 0, dLonDeg: 360 / nLon, nLon, periodicLon: true, latOrder: 'north-south' },
    variables: [...upper, ...surface],
    normalisation,
    timeStepHours: 6,
    inputTimeLevels: 1,
    tensors: [
      { input: 'input', output: 'output', dims: ['var', 'level', 'lat', 'lon'], shape: [5, 13, nLat, nLon], variables: PANGU_UPPER },
      { input: 'input_surface', output: 'output_surface', dims: ['var', 'lat', 'lon'], shape: [4, nLat, nLon], variables: PANGU_SURFACE },
    ],
    models: [
      { file: 'pangu_weather_24.onnx', stepHours: 24 },
      { file: 'pangu_weather_6.onnx', stepHours: 6 },
    ],
  };
}

/** Writes the Pangu contract and both stand-in models (24 h adds 1, 6 h adds 0.25 in normalised units). */
export function writePanguStandIn(dir: string, nLat: number, nLon: number): string {
  const c = panguContract(nLat, nLon);
  const pairs = [
    { input: 'input', output: 'output', dims: [5, 13, nLat, nLon] },
    { input: 'input_surface', output: 'output_surface', dims: [4, nLat, nLon] },
  ];
  writeFileSync(join(dir, 'pangu_weather_24.onnx'), addModel(pairs, 1, 'pangu24'));
  writeFileSync(join(dir, 'pangu_weather_6.onnx'), addModel(pairs, 0.25, 'pangu6'));
  const path = join(dir, 'pangu.contract.json');
  writeFileSync(path, JSON.stringify(c, null, 1));
  return path;
}

/** A batched single-model contract: input 'x' [batch, var, lat, lon] of nVar single-level variables. */
export function batchedContract(nLat: number, nLon: number, nVar: number, batch: number | string = 'batch', times = 1): ForecastContract {
  const vars = Array.from({ length: nVar }, (_, i) => ({ name: `v${i}`, units: 'u' }));
  const normalisation: ForecastContract['normalisation'] = {};
  vars.forEach((v, i) => (normalisation[v.name] = { mean: [i], std: [0.5] }));
  const dims: ForecastContract['tensors'][number]['dims'] = times > 1 ? ['batch', 'time', 'var', 'lat', 'lon'] : ['batch', 'var', 'lat', 'lon'];
  const shape = times > 1 ? [batch, times, nVar, nLat, nLon] : [batch, nVar, nLat, nLon];
  return {
    schemaVersion: 1,
    name: 'batched-stand-in',
    grid: { lat0Deg: 30, dLatDeg: 0.5, nLat, lon0Deg: 100, dLonDeg: 0.5, nLon, periodicLon: false, latOrder: 'south-north' },
    variables: vars,
    normalisation,
    timeStepHours: 1,
    inputTimeLevels: times,
    tensors: [{ input: 'x', output: 'y', dims, shape, variables: vars.map((v) => v.name) }],
    models: [{ file: 'model.onnx', stepHours: 1 }],
  };
}
