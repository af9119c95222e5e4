import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { WxError } from '../errors.js';
import { VARIABLE_NAMES, type VariableName } from '../variables.js';
import { featureCount } from './features.js';

/**
 * The model card: the program contract of one nowcast model version (card.json). The device reads
 * only this to feed the model and to read its output; people read card.md. One card describes the
 * version's files (FP32 and INT8, same contract); a device loads one of them (`precision`). An OTA
 * unit may carry a single .onnx file with the card: only the chosen precision's file must be present.
 */
export type Precision = 'fp32' | 'int8';

export interface CardFile {
  precision: Precision;
  /** File name, relative to the card's folder. */
  file: string;
  bytes: number;
  sha256: string;
}

/** One input variable: how its history is normalised. Units are the variable's (common/variables.ts). */
export interface CardInputVariable {
  name: VariableName | 'wind_u' | 'wind_v';
  unit: string;
  /** The newest value enters as (x - mean) / std, unless `level` is false. */
  mean: number;
  std: number;
  /** Whether the newest value's level enters (default true). False for a level that describes the
   * site more than the weather (station pressure depends on elevation): only tendencies enter. */
  level?: boolean;
  /** Older steps enter as (x[t-k] - x[t]) / diffStd[i], k = lagSteps[i] (default 1..historySteps-1):
   * every tendency at unit scale, so one INT8 activation scale keeps all of them resolved. */
  diffStd: number[];
}

export interface CardOutputVariable {
  name: VariableName;
  unit: string;
  /** Per lead: the model predicts (y[t+lead] - y[t]) / scale[lead]. */
  scale: number[];
  /** Plausible physical limits (smoke test): outside = implausible. */
  min: number;
  max: number;
}

export interface NowcastCard {
  schemaVersion: 1;
  modelId: string;
  version: string;
  createdAt: string;
  description: string;
  architecture: string;
  files: CardFile[];
  /** Sampling the model expects: one input step every timeStepMs. */
  timeStepMs: number;
  /** Steps of history, the newest at t (the base time). */
  historySteps: number;
  input: {
    tensor: string;
    dtype: 'float32';
    /** ['batch', featureCount] */
    shape: [string, number];
    variables: CardInputVariable[];
    /** Order of the feature vector, documented for people; the code in common/nowcast/features.ts builds it. */
    layout: string[];
    /** A missing step is filled with the last valid value if that is at most this many steps old. */
    maxFillAgeSteps: number;
    /** A window with more missing steps than this (any one input variable) is refused. */
    maxMissingSteps: number;
    /** QC flags (wx.v1.QcFlag numbers) a value must carry to be used. */
    usableFlags: number[];
    /** Lags k (steps before t, ascending, 1..historySteps-1) whose tendencies enter; default all. */
    lagSteps?: number[];
  };
  output: {
    tensor: string;
    dtype: 'float32';
    /** ['batch', variables, leads, quantiles] */
    shape: [string, number, number, number];
    variables: CardOutputVariable[];
    leadsMinutes: number[];
    quantiles: number[];
  };
  training: {
    data: string;
    split: string;
    seed: number;
    notes: string[];
    comparison: { name: string; validationPinball: number; validationT1hMae: number; validationT3hMae: number; chosen: boolean }[];
  };
  /** Free-form figures (validation and test), by name. */
  metrics: Record<string, number>;
}


export const nowcastCardSchema = {
  $id: 'wx:nowcast-card',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'modelId', 'version', 'createdAt', 'description', 'architecture', 'files', 'timeStepMs', 'historySteps', 'input', 'output', 'training', 'metrics'],
  properties: {
    schemaVersion: { const: 1 },
    modelId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
    createdAt: { type: 'string' },
    description: { type: 'string' },
    architecture: { type: 'string' },
    files: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['precision', 'file', 'bytes', 'sha256'],
        properties: {
          precision: { enum: ['fp32', 'int8'] },
          file: { type: 'string', pattern: '^[A-Za-z0-9._-]+\\.onnx$' },
          bytes: { type: 'integer', minimum: 1 },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      },
    },
    timeStepMs: { type: 'integer', minimum: 1000 },
    historySteps: { type: 'integer', minimum: 1, maximum: 1000 },
    input: {
      type: 'object',
      additionalProperties: false,
      required: ['tensor', 'dtype', 'shape', 'variables', 'layout', 'maxFillAgeSteps', 'maxMissingSteps', 'usableFlags'],
      properties: {
        tensor: { type: 'string', minLength: 1 },
        dtype: { const: 'float32' },
        shape: { type: 'array', minItems: 2, maxItems: 2, items: [{ type: 'string' }, { type: 'integer', minimum: 1 }] },
        variables: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'unit', 'mean', 'std', 'diffStd'],
            properties: {
              name: { enum: [...VARIABLE_NAMES, 'wind_u', 'wind_v'] },
              unit: { type: 'string' },
              mean: { type: 'number' },
              std: { type: 'number', exclusiveMinimum: 0 },
              level: { type: 'boolean' },
              diffStd: { type: 'array', items: { type: 'number', exclusiveMinimum: 0 } },
            },
          },
        },
        layout: { type: 'array', items: { type: 'string' } },
        maxFillAgeSteps: { type: 'integer', minimum: 0 },
        maxMissingSteps: { type: 'integer', minimum: 0 },
        usableFlags: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 0, maximum: 4 } },
        lagSteps: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1 } },
      },
    },
    output: {
      type: 'object',
      additionalProperties: false,
      required: ['tensor', 'dtype', 'shape', 'variables', 'leadsMinutes', 'quantiles'],
      properties: {
        tensor: { type: 'string', minLength: 1 },
        dtype: { const: 'float32' },
        shape: { type: 'array', minItems: 4, maxItems: 4, items: [{ type: 'string' }, { type: 'integer' }, { type: 'integer' }, { type: 'integer' }] },
        variables: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'unit', 'scale', 'min', 'max'],
            properties: {
              name: { enum: [...VARIABLE_NAMES] },
              unit: { type: 'string' },
              scale: { type: 'array', items: { type: 'number', exclusiveMinimum: 0 } },
              min: { type: 'number' },
              max: { type: 'number' },
            },
          },
        },
        leadsMinutes: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1 } },
        quantiles: { type: 'array', minItems: 1, items: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
      },
    },
    training: {
      type: 'object',
      additionalProperties: false,
      required: ['data', 'split', 'seed', 'notes', 'comparison'],
      properties: {
        data: { type: 'string' },
        split: { type: 'string' },
        seed: { type: 'integer' },
        notes: { type: 'array', items: { type: 'string' } },
        comparison: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'validationPinball', 'validationT1hMae', 'validationT3hMae', 'chosen'],
            properties: {
              name: { type: 'string' },
              validationPinball: { type: 'number' },
              validationT1hMae: { type: 'number' },
              validationT3hMae: { type: 'number' },
              chosen: { type: 'boolean' },
            },
          },
        },
      },
    },
    metrics: { type: 'object', additionalProperties: { type: 'number' } },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
let validate: ValidateFunction | undefined;

function describe(e: ErrorObject): string {
  const base = e.instancePath === '' ? '' : e.instancePath.slice(1).replaceAll('/', '.');
  const at = (name: string): string => (base === '' ? name : `${base}.${name}`);
  if (e.keyword === 'required') return `${at(String(e.params.missingProperty))}: is required`;
  if (e.keyword === 'additionalProperties') return `${at(String(e.params.additionalProperty))}: is not a known field`;
  if (e.keyword === 'enum') return `${base}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${base || '(root)'}: ${e.message ?? 'is invalid'}`;
}

/** Cross-field rules JSON Schema cannot say: shapes agree with the lists they count. */
function consistency(card: NowcastCard): string[] {
  const problems: string[] = [];
  const [, v, l, q] = card.output.shape;
  if (v !== card.output.variables.length) problems.push(`output.shape[1]: ${v} but output.variables has ${card.output.variables.length}`);
  if (l !== card.output.leadsMinutes.length) problems.push(`output.shape[2]: ${l} but output.leadsMinutes has ${card.output.leadsMinutes.length}`);
  if (q !== card.output.quantiles.length) problems.push(`output.shape[3]: ${q} but output.quantiles has ${card.output.quantiles.length}`);
  card.output.variables.forEach((ov, i) => {
    if (ov.scale.length !== card.output.leadsMinutes.length) problems.push(`output.variables.${i}.scale: needs one value per lead (${card.output.leadsMinutes.length})`);
  });
  const sorted = [...card.output.quantiles].sort((a, b) => a - b);
  if (sorted.some((x, i) => x !== card.output.quantiles[i])) problems.push('output.quantiles: must be ascending');
  if (card.input.shape[1] !== card.input.layout.length) problems.push(`input.shape[1]: ${card.input.shape[1]} but input.layout has ${card.input.layout.length}`);
  const lags = card.input.lagSteps;
  if (lags !== undefined && lags.some((k, i) => k >= card.historySteps || (i > 0 && k <= lags[i - 1]!))) problems.push(`input.lagSteps: must ascend within 1..historySteps-1 = ${card.historySteps - 1}`);
  const nLags = lags?.length ?? card.historySteps - 1;
  card.input.variables.forEach((iv, i) => {
    if (iv.diffStd.length !== nLags) problems.push(`input.variables.${i}.diffStd: needs one value per lag (${nLags})`);
  });
  // The width the device's feature code will build from this card's lags and levels (features.ts).
  const width = featureCount({ historySteps: card.historySteps, ...(lags ? { lagSteps: lags } : {}), variables: card.input.variables });
  if (card.input.shape[1] !== width) problems.push(`input.shape[1]: ${card.input.shape[1]} but the card's variables, lags and levels make ${width} features`);
  const precisions = card.files.map((f) => f.precision);
  if (new Set(precisions).size !== precisions.length) problems.push('files: one entry per precision');
  return problems;
}

/** Validates an unknown value as a card; the error lists every problem, each naming its field. */
export function validateCard(data: unknown, source = 'card'): NowcastCard {
  validate ??= ajv.compile(nowcastCardSchema);
  if (!validate(data)) {
    const details = (validate.errors ?? []).map(describe);
    throw new WxError('WX_ERR_PAYLOAD_INVALID', `${source}: model card is invalid (${details.join('; ')})`, { details, field: details[0]?.split(':')[0] });
  }
  const card = data as NowcastCard;
  const details = consistency(card);
  if (details.length > 0) {
    throw new WxError('WX_ERR_PAYLOAD_INVALID', `${source}: model card is inconsistent (${details.join('; ')})`, { details, field: details[0]?.split(':')[0] });
  }
  return card;
}

export function readCard(path: string): NowcastCard {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WxError('WX_ERR_PAYLOAD_MALFORMED', `${path}: cannot read model card: ${(err as Error).message}`, { cause: err });
  }
  return validateCard(data, path);
}

export function cardFile(card: NowcastCard, precision: Precision): CardFile | undefined {
  return card.files.find((f) => f.precision === precision);
}
