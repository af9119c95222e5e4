/**
 * The forecast-model contract: a JSON file beside one or more ONNX files that says what the model
 * reads and writes (variables, pressure levels, grid, normalisation, time step, input time levels,
 * tensor names, dims and shapes) and how models of different steps chain (Pangu-Weather's 24 h + 6 h).
 * Validated against a JSON Schema, then by cross-field rules; every problem is listed by field.
 * Format reference: docs/forecast-contract.md.
 */
import { dirname, resolve } from 'node:path';
import { readConfigFile, validateConfig } from '../../common/config.js';
import { WxError } from '../../common/errors.js';
import type { LatLonGrid } from '../assimilation/geo.js';

/** Tensor dimension names; a tensor's dims appear in this order, `batch`, `time` and `level` optional. */
export const DIM_ORDER = ['batch', 'time', 'var', 'level', 'lat', 'lon'] as const;
export type DimName = (typeof DIM_ORDER)[number];

export interface ContractVariable {
  name: string;
  units: string;
  /** Pressure levels (hPa) for upper-air variables; absent for single-level fields. */
  levels?: number[];
}

export interface ContractTensor {
  /** Graph input name, e.g. 'input'. */
  input: string;
  /** Graph output that becomes this input at the next step, e.g. 'output'. */
  output: string;
  dims: DimName[];
  /** Sizes in dims order; 'batch' (any symbolic name) for the ensemble/batch dimension. */
  shape: Array<number | string>;
  /** Variables along `var`, in order; levels along `level` are the variables' levels. */
  variables: string[];
}

export interface ContractModel {
  /** ONNX file, relative to the contract file. */
  file: string;
  /** Hours one run of this model advances. */
  stepHours: number;
}

export interface ForecastContract {
  schemaVersion: 1;
  name: string;
  description?: string;
  grid: LatLonGrid & { latOrder: 'south-north' | 'north-south' };
  variables: ContractVariable[];
  /** Physical value = normalised * std + mean, per variable, one entry per level (or one for single-level). */
  normalisation: Record<string, { mean: number[]; std: number[] }>;
  /** The finest lead spacing, h; every model step is a multiple of it. */
  timeStepHours: number;
  /** Past states the model reads (the `time` dim of inputs); 1 when inputs have no time dim. */
  inputTimeLevels: number;
  tensors: ContractTensor[];
  /** One model, or several of different steps chained (largest step first used where it fits). */
  models: ContractModel[];
}

const posNum = { type: 'number', exclusiveMinimum: 0 };
const posInt = { type: 'integer', minimum: 1 };
const ident = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 20 };

export const contractSchema: object = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'name', 'grid', 'variables', 'normalisation', 'timeStepHours', 'inputTimeLevels', 'tensors', 'models'],
  properties: {
    schemaVersion: { const: 1 },
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    grid: {
      type: 'object',
      additionalProperties: false,
      required: ['lat0Deg', 'dLatDeg', 'nLat', 'lon0Deg', 'dLonDeg', 'nLon', 'periodicLon', 'latOrder'],
      properties: {
        lat0Deg: { type: 'number', minimum: -90, maximum: 90 },
        dLatDeg: posNum,
        nLat: posInt,
        lon0Deg: { type: 'number', minimum: -360, maximum: 360 },
        dLonDeg: posNum,
        nLon: posInt,
        periodicLon: { type: 'boolean' },
        latOrder: { enum: ['south-north', 'north-south'] },
      },
    },
    variables: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'units'],
        properties: { name: ident, units: { type: 'string' }, levels: { type: 'array', minItems: 1, items: posNum } },
      },
    },
    normalisation: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['mean', 'std'],
        properties: { mean: { type: 'array', minItems: 1, items: { type: 'number' } }, std: { type: 'array', minItems: 1, items: posNum } },
      },
    },
    timeStepHours: posNum,
    inputTimeLevels: { type: 'integer', minimum: 1, maximum: 24 },
    tensors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['input', 'output', 'dims', 'shape', 'variables'],
        properties: {
          input: { type: 'string', minLength: 1 },
          output: { type: 'string', minLength: 1 },
          dims: { type: 'array', items: { enum: [...DIM_ORDER] } },
          shape: { type: 'array', items: { anyOf: [posInt, { type: 'string', minLength: 1 }] } },
          variables: { type: 'array', minItems: 1, items: ident },
        },
      },
    },
    models: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', additionalProperties: false, required: ['file', 'stepHours'], properties: { file: { type: 'string', minLength: 1 }, stepHours: posNum } },
    },
  },
};

/** Levels of a variable (a single pseudo-level for single-level fields). */
export function levelsOf(c: ForecastContract, name: string): number {
  return c.variables.find((v) => v.name === name)?.levels?.length ?? 1;
}

/** Cross-field rules the schema cannot say; returns every problem by field. */
function crossCheck(c: ForecastContract): string[] {
  const p: string[] = [];
  const names = new Set(c.variables.map((v) => v.name));
  if (names.size !== c.variables.length) p.push('variables: names must be unique');
  for (const v of c.variables) {
    const n = c.normalisation[v.name];
    const levels = v.levels?.length ?? 1;
    if (!n) p.push(`normalisation.${v.name}: is required`);
    else if (n.mean.length !== levels || n.std.length !== levels) p.push(`normalisation.${v.name}: needs ${levels} mean and std values (one per level)`);
  }
  for (const k of Object.keys(c.normalisation)) if (!names.has(k)) p.push(`normalisation.${k}: is not a listed variable`);
  const used = new Set<string>();
  c.tensors.forEach((t, i) => {
    const f = `tensors.${i}`;
    if (t.dims.length !== t.shape.length) p.push(`${f}.shape: has ${t.shape.length} sizes for ${t.dims.length} dims`);
    const order = t.dims.map((d) => DIM_ORDER.indexOf(d));
    if (order.some((o, k) => k > 0 && o <= (order[k - 1] ?? -1))) p.push(`${f}.dims: must follow the order ${DIM_ORDER.join(', ')} (batch, time, level optional)`);
    for (const d of ['var', 'lat', 'lon'] as const) if (!t.dims.includes(d)) p.push(`${f}.dims: must include '${d}'`);
    const size = (d: DimName): number | string | undefined => t.shape[t.dims.indexOf(d)];
    if (t.dims.includes('lat') && size('lat') !== c.grid.nLat) p.push(`${f}.shape: lat size ${String(size('lat'))} != grid.nLat ${c.grid.nLat}`);
    if (t.dims.includes('lon') && size('lon') !== c.grid.nLon) p.push(`${f}.shape: lon size ${String(size('lon'))} != grid.nLon ${c.grid.nLon}`);
    if (t.dims.includes('var') && size('var') !== t.variables.length) p.push(`${f}.shape: var size ${String(size('var'))} != ${t.variables.length} variables`);
    const hasTime = t.dims.includes('time');
    if (hasTime && size('time') !== c.inputTimeLevels) p.push(`${f}.shape: time size ${String(size('time'))} != inputTimeLevels ${c.inputTimeLevels}`);
    if (!hasTime && c.inputTimeLevels !== 1) p.push(`${f}.dims: needs a 'time' dim when inputTimeLevels > 1`);
    for (const v of t.variables) {
      if (!names.has(v)) p.push(`${f}.variables: '${v}' is not a listed variable`);
      if (used.has(v)) p.push(`${f}.variables: '${v}' appears in two tensors`);
      used.add(v);
    }
    const lv = new Set(t.variables.map((v) => levelsOf(c, v)));
    if (t.dims.includes('level')) {
      if (lv.size !== 1 || size('level') !== [...lv][0]) p.push(`${f}: every variable must have ${String(size('level'))} levels (the level size)`);
    } else if ([...lv].some((n) => n !== 1)) p.push(`${f}.dims: variables with levels need a 'level' dim`);
    for (const d of ['time', 'var', 'level', 'lat', 'lon'] as const) if (t.dims.includes(d) && typeof size(d) !== 'number') p.push(`${f}.shape: ${d} must be a fixed size`);
  });
  const inNames = c.tensors.map((t) => t.input);
  const outNames = c.tensors.map((t) => t.output);
  if (new Set([...inNames, ...outNames]).size !== 2 * c.tensors.length) p.push('tensors: input and output names must all differ');
  const steps = c.models.map((m) => m.stepHours);
  c.models.forEach((m, i) => {
    const r = m.stepHours / c.timeStepHours;
    if (Math.abs(r - Math.round(r)) > 1e-9) p.push(`models.${i}.stepHours: ${m.stepHours} is not a multiple of timeStepHours ${c.timeStepHours}`);
  });
  if (!steps.includes(c.timeStepHours)) p.push(`models: one model must step timeStepHours (${c.timeStepHours} h)`);
  if (new Set(steps).size !== steps.length) p.push('models: steps must differ');
  const sorted = [...steps].sort((a, b) => b - a);
  for (let i = 1; i < sorted.length; i++) {
    const r = (sorted[i - 1] ?? 0) / (sorted[i] ?? 1);
    if (Math.abs(r - Math.round(r)) > 1e-9) p.push(`models: each step must divide the next larger one (${sorted[i]} h does not divide ${sorted[i - 1]} h)`);
  }
  if (c.models.length > 1 && c.inputTimeLevels !== 1) p.push('models: chaining needs inputTimeLevels = 1');
  return p;
}

/** Validates a parsed contract (schema, then cross-field rules). */
export function validateContract(data: unknown, source: string): ForecastContract {
  const c = validateConfig<ForecastContract>(contractSchema, structuredClone(data), source);
  const problems = crossCheck(c);
  if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', `${source}: forecast contract is invalid (${problems.length})`, { details: problems });
  return c;
}

export interface LoadedContract {
  contract: ForecastContract;
  /** Absolute ONNX paths in models order. */
  modelPaths: string[];
  path: string;
}

export function loadContract(path: string): LoadedContract {
  const contract = validateContract(readConfigFile(path), path);
  return { contract, path, modelPaths: contract.models.map((m) => resolve(dirname(path), m.file)) };
}

/** Names of the stored fields, one per channel: the variable name, plus the level for upper-air ones ('t850'). */
export function channelNames(c: ForecastContract, t: ContractTensor): string[] {
  return t.variables.flatMap((v) => {
    const levels = c.variables.find((x) => x.name === v)?.levels;
    return levels ? levels.map((l) => `${v}${l}`) : [v];
  });
}
