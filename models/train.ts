/**
 * `npm run models:train`: builds the Beijing data set (train and validation splits only, through the
 * device agent's QC), compares architectures on the VALIDATION split, trains the chosen one, exports
 * FP32 and INT8 ONNX files and writes the version folder models/nowcast/<modelId>-<version>/ with
 * card.json and card.md. Deterministic for a fixed --seed (default 20261123).
 *
 * Options: --seed <n>, --epochs <n> (default 10), --out <dir> (default models/nowcast), --quick
 * (a small subset, for trying things; never for the committed model).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { mulberry32 } from '../common/random.js';
import { featureCount, featureLayout, inputValues, OUTPUT_NAMES, INPUT_NAMES, DEFAULT_USABLE_FLAGS, type FeatureSpec } from '../common/nowcast/features.js';
import { usableValues } from '../common/nowcast/window.js';
import { beijingSplit } from '../common/datasets/index.js';
import { variableUnit, type VariableName } from '../common/variables.js';
import type { CardInputVariable, NowcastCard } from '../common/nowcast/card.js';
import { beijingSeries, buildSamples, type SampleSet, type Series } from './src/data.js';
import { calibrateSpread, createNet, predict, train, QUANTILES, type Net } from './src/net.js';
import { decodeAll, runOnnx, score, type Score } from './src/metrics.js';
import { exportFp32, exportInt8, type ActivationRange } from './src/export.js';
import { writeCard, writeModelFiles } from './src/version.js';

const { values: args } = parseArgs({ options: { seed: { type: 'string', default: '20261123' }, epochs: { type: 'string', default: '10' }, out: { type: 'string', default: 'models/nowcast' }, quick: { type: 'boolean', default: false } } });
const SEED = Number(args.seed);
const EPOCHS = Number(args.epochs);
const MODEL_ID = 'station-nowcast';
const VERSION = '1.0.0';
const STEP_MS = 3_600_000;
const HISTORY = 12;
const LEADS = [60, 120, 180, 360];
const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

const std = (xs: number[]): { mean: number; std: number } => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, std: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1 };
};

/** Normalisation of every input from the train split only. */
function inputStats(series: readonly Series[]): CardInputVariable[] {
  return INPUT_NAMES.map((name) => {
    const level: number[] = [];
    const diffs: number[][] = Array.from({ length: HISTORY - 1 }, () => []);
    for (const s of series) {
      const xs = s.readings.map((r) => inputValues(usableValues(r, DEFAULT_USABLE_FLAGS))[name]);
      for (let i = 0; i < xs.length; i++) {
        if (beijingSplit(s.localTimes[i]!) !== 'train' || !Number.isFinite(xs[i]!)) continue;
        level.push(xs[i]!);
        for (let k = 1; k < HISTORY; k++) if (i - k >= 0 && Number.isFinite(xs[i - k]!)) diffs[k - 1]!.push(xs[i - k]! - xs[i]!);
      }
    }
    const l = std(level);
    const unit = name === 'wind_u' || name === 'wind_v' ? 'm/s' : name === 'precipitation' ? 'log1p(mm per step)' : variableUnit(name as VariableName);
    return { name, unit, mean: round(l.mean), std: round(l.std), diffStd: diffs.map((d) => round(Math.max(std(d).std, 1e-3))) };
  });
}

const round = (x: number, d = 6): number => Number(x.toPrecision(d));

/** Normalised targets [n, V*L]: (truth - base) / scale. */
function targets(set: SampleSet, scales: number[][]): Float32Array {
  const V = OUTPUT_NAMES.length;
  const L = LEADS.length;
  const T = new Float32Array(set.n * V * L);
  for (let r = 0; r < set.n; r++) for (let v = 0; v < V; v++) for (let l = 0; l < L; l++) {
    T[(r * V + v) * L + l] = (set.truth[(r * V + v) * L + l]! - set.base[r * V + v]!) / scales[v]![l]!;
  }
  return T;
}

function outputScales(set: SampleSet): number[][] {
  const V = OUTPUT_NAMES.length;
  const L = LEADS.length;
  return OUTPUT_NAMES.map((_, v) => LEADS.map((_l, l) => {
    const d: number[] = [];
    for (let r = 0; r < set.n; r++) {
      const x = set.truth[(r * V + v) * L + l]! - set.base[r * V + v]!;
      if (Number.isFinite(x)) d.push(x);
    }
    return round(Math.max(std(d).std, 1e-3));
  }));
}

/** Mean normalised pinball on a set (lower is better), from the JS net. */
function normalisedPinball(net: Net, set: SampleSet, T: Float32Array): number {
  const q = predict(net, set.X, set.n);
  const K = T.length / set.n;
  let [sum, n] = [0, 0];
  for (let r = 0; r < set.n; r++) for (let k = 0; k < K; k++) {
    const y = T[r * K + k]!;
    if (Number.isNaN(y)) continue;
    for (let qi = 0; qi < 3; qi++) {
      const e = y - q[(r * K + k) * 3 + qi]!;
      const tau = QUANTILES[qi]!;
      sum += e > 0 ? tau * e : (tau - 1) * e;
    }
    n += 1;
  }
  return sum / n;
}

/** Physical-unit validation scores of a JS net, through the card's decoder. */
function jsScores(net: Net, card: NowcastCard, set: SampleSet): Score[] {
  return score(decodeAll(predict(net, set.X, set.n), card, set), card, set);
}

function calibrate(net: Net, X: Float32Array, n: number, rows: number, seed: number): ActivationRange[] {
  const F = net.layers[0]!.inDim;
  const rand = mulberry32(seed);
  const pick = Array.from({ length: Math.min(rows, n) }, () => Math.floor(rand() * n));
  const values: number[][] = net.layers.map(() => []);
  for (const r of pick) {
    let a: number[] = Array.from(X.subarray(r * F, (r + 1) * F));
    net.layers.forEach((layer, l) => {
      values[l]!.push(...a);
      const out = Array.from(layer.b);
      for (let i = 0; i < layer.inDim; i++) for (let j = 0; j < layer.outDim; j++) out[j]! += a[i]! * layer.W[i * layer.outDim + j]!;
      a = l + 1 < net.layers.length ? out.map((x) => Math.max(0, x)) : out;
    });
  }
  // 0.01 % / 99.99 % percentiles: a handful of extremes saturate instead of coarsening every value.
  return values.map((vs) => {
    const s = Float64Array.from(vs).sort();
    return { min: s[Math.floor(s.length * 0.0001)]!, max: s[Math.min(s.length - 1, Math.floor(s.length * 0.9999))]! };
  });
}

async function main(): Promise<void> {
  log(`seed ${SEED}; reading the 12 Beijing files and running the agent's QC over each`);
  let series = beijingSeries();
  if (args.quick) series = series.slice(0, 3);
  const variables = inputStats(series);
  const spec: FeatureSpec = { historySteps: HISTORY, timeStepMs: STEP_MS, maxFillAgeSteps: 2, maxMissingSteps: 3, variables };
  const common = { spec, leadsMinutes: LEADS, usableFlags: DEFAULT_USABLE_FLAGS, baseEveryMs: STEP_MS, dedupe: true };
  const trainSet = buildSamples(series, { ...common, split: 'train' });
  const valSet = buildSamples(series, { ...common, split: 'validation' });
  log(`samples: train ${trainSet.n}, validation ${valSet.n} (after removing copies of shared weather series); refused windows (train): ${JSON.stringify(trainSet.refused)}`);
  const scales = outputScales(trainSet);
  const Ttrain = targets(trainSet, scales);
  const Tval = targets(valSet, scales);
  const F = featureCount(spec);
  const O = OUTPUT_NAMES.length * LEADS.length * 3;
  const limits: Record<string, [number, number]> = { temperature: [-45, 50], pressure: [850, 1090], relative_humidity: [0, 100], wind_speed: [0, 60] };
  const card: NowcastCard = {
    schemaVersion: 1, modelId: MODEL_ID, version: VERSION, createdAt: '', description: '', architecture: '', files: [],
    timeStepMs: STEP_MS, historySteps: HISTORY,
    input: { tensor: 'features', dtype: 'float32', shape: ['batch', F], variables, layout: featureLayout(spec), maxFillAgeSteps: spec.maxFillAgeSteps, maxMissingSteps: spec.maxMissingSteps, usableFlags: [...DEFAULT_USABLE_FLAGS] },
    output: {
      tensor: 'quantiles', dtype: 'float32', shape: ['batch', OUTPUT_NAMES.length, LEADS.length, 3], leadsMinutes: LEADS, quantiles: [...QUANTILES],
      variables: OUTPUT_NAMES.map((name, v) => ({ name, unit: variableUnit(name), scale: scales[v]!, min: limits[name]![0], max: limits[name]![1] })),
    },
    training: { data: '', split: '', seed: SEED, notes: [], comparison: [] },
    metrics: {},
  };

  const candidates: { name: string; hidden: number[]; epochs: number }[] = [
    { name: 'linear (delta from persistence)', hidden: [], epochs: Math.max(3, Math.round(EPOCHS / 2)) },
    { name: 'MLP 1x32 ReLU', hidden: [32], epochs: EPOCHS },
    { name: 'MLP 1x64 ReLU', hidden: [64], epochs: EPOCHS },
    { name: 'MLP 1x128 ReLU', hidden: [128], epochs: EPOCHS },
    { name: 'MLP 128-64 ReLU (2 hidden layers)', hidden: [128, 64], epochs: EPOCHS },
  ];
  let chosen: { name: string; net: Net; pinball: number } | undefined;
  for (const c of candidates) {
    const net = createNet(F, c.hidden, O, SEED, 1.28 * 0.6);
    const result = train(net, trainSet.X, Ttrain, trainSet.n, {
      epochs: c.epochs, batch: 256, lr: 2e-3, seed: SEED, weightDecay: 1e-5,
      onEpoch: (epoch, loss) => {
        const val = normalisedPinball(net, valSet, Tval);
        log(`  ${c.name} epoch ${epoch + 1}/${c.epochs}: train pinball ${loss.toFixed(4)}, validation ${val.toFixed(4)}`);
        return val;
      },
    });
    const s = jsScores(net, card, valSet);
    const t = (lead: number): number => s.find((x) => x.variable === 'temperature' && x.leadMinutes === lead)!.mae;
    card.training.comparison.push({ name: c.name, validationPinball: round(result.bestScore, 5), validationT1hMae: round(t(60), 4), validationT3hMae: round(t(180), 4), chosen: false });
    log(`${c.name}: best epoch ${result.bestEpoch + 1}, validation pinball ${result.bestScore.toFixed(4)}, T MAE 1 h ${t(60).toFixed(3)} °C, 3 h ${t(180).toFixed(3)} °C`);
    if (chosen === undefined || result.bestScore < chosen.pinball) chosen = { name: c.name, net, pinball: result.bestScore };
  }
  card.training.comparison.find((c) => c.name === chosen!.name)!.chosen = true;
  const net = chosen!.net;
  card.architecture = `${chosen!.name}: ${F} features -> ${net.layers.map((l) => l.outDim).join(' -> ')} (m, a, b per variable and lead) -> quantiles m - softplus(a), m, m + softplus(b); predicts the change from the last value, scaled per variable and lead`;

  const spread = calibrateSpread(net, valSet.X, Tval, valSet.n, 0.8);
  log(`P10..P90 spread factors for 80 % validation coverage: ${[...spread].join(', ')}`);
  const ranges = calibrate(net, trainSet.X, trainSet.n, 2000, SEED);
  log(`calibrated activation ranges on 2000 training rows: ${ranges.map((r) => `[${r.min.toFixed(2)}, ${r.max.toFixed(2)}]`).join(', ')}`);
  const shape = { inputTensor: 'features', outputTensor: 'quantiles', variables: OUTPUT_NAMES.length, leads: LEADS.length, quantiles: 3 as const, spread };
  const meta = { modelId: MODEL_ID, version: VERSION };
  const fp32 = exportFp32(net, shape, meta);
  const int8 = exportInt8(net, shape, ranges, meta);

  const dir = join(args.out, `${MODEL_ID}-${VERSION}`);
  mkdirSync(dir, { recursive: true });
  card.files = await writeModelFiles(dir, { fp32, int8 });
  card.createdAt = new Date().toISOString().slice(0, 10);
  card.description = `Station nowcast: temperature, pressure, relative humidity and wind speed at +${LEADS.map((l) => l / 60).join(', +')} h as P10/P50/P90, from ${HISTORY} hourly steps of the station's own QC-passed history.`;
  card.training.data = `Beijing Multi-Site Air-Quality (UCI #501), 12 sites, hourly; copies of shared weather series removed (${trainSet.n} train rows, ${valSet.n} validation rows)`;
  card.training.split = 'train 2013-03-01..2015-10-31 (fit, normalisation, INT8 calibration); validation 2015-11-01..2016-08-31 (architecture choice, best epoch); test 2016-09-01..2017-02-28 untouched (models:eval)';
  card.training.notes = [
    `npm run models:train -- --seed ${SEED} --epochs ${EPOCHS}${args.quick ? ' --quick' : ''}`,
    'inputs and truths are values the device agent QC flags good (default QC config), as on a device',
    `windows refused (train): ${JSON.stringify(trainSet.refused)}`,
    `P10..P90 spread calibrated on the validation split to 80 % coverage per variable and lead (factors ${[...spread].join(', ')})`,
    'INT8: weights symmetric int8 per output channel, activations uint8 with zero point calibrated on 2000 training rows (0.01..99.99 % range), QuantizeLinear -> MatMulInteger -> Cast -> Mul -> Add',
  ];
  // Validation figures of the exported files (the test split is for models:eval only).
  for (const precision of ['fp32', 'int8'] as const) {
    const session = await ort.InferenceSession.create(join(dir, card.files.find((f) => f.precision === precision)!.file));
    const s = score(decodeAll(await runOnnx(session, card, valSet), card, valSet), card, valSet);
    await session.release();
    for (const x of s) {
      const key = `validation.${precision}.${x.variable}.${x.leadMinutes}min`;
      card.metrics[`${key}.mae`] = round(x.mae, 5);
      card.metrics[`${key}.persistenceMae`] = round(x.persistenceMae, 5);
      card.metrics[`${key}.coverage`] = round(x.coverage, 4);
    }
  }
  writeCard(dir, card);
  log(`wrote ${dir}: ${card.files.map((f) => `${f.file} ${f.bytes} B`).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
