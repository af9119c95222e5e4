import { mulberry32 } from '../../common/random.js';
import { inputValues, lagsOf, OUTPUT_NAMES, INPUT_NAMES, DEFAULT_USABLE_FLAGS, type FeatureSpec } from '../../common/nowcast/features.js';
import { usableValues } from '../../common/nowcast/window.js';
import { beijingSplit } from '../../common/datasets/index.js';
import { variableUnit, type VariableName } from '../../common/variables.js';
import type { CardInputVariable } from '../../common/nowcast/card.js';
import { buildSamples, scaleWind, type SampleSet, type Series } from './data.js';
import { predict, QUANTILES, type Net } from './net.js';
import type { ActivationRange } from './export.js';

/** Training-side preparation shared by models:train and the design exploration (models/explore.ts). */
export const round = (x: number, d = 6): number => Number(x.toPrecision(d));

export const meanStd = (xs: number[]): { mean: number; std: number } => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean, std: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1 };
};

/**
 * Normalisation of every input from the train split only: level mean/std, and the spread of each
 * lag's tendency. `withoutLevel` names inputs whose level is left out of the features.
 */
export function inputStats(series: readonly Series[], spec: Pick<FeatureSpec, 'historySteps' | 'lagSteps'>, withoutLevel: readonly string[] = []): CardInputVariable[] {
  const lags = lagsOf(spec);
  return INPUT_NAMES.map((name) => {
    const level: number[] = [];
    const diffs: number[][] = lags.map(() => []);
    for (const s of series) {
      const xs = s.readings.map((r) => inputValues(usableValues(r, DEFAULT_USABLE_FLAGS))[name]);
      for (let i = 0; i < xs.length; i++) {
        if (beijingSplit(s.localTimes[i]!) !== 'train' || !Number.isFinite(xs[i]!)) continue;
        level.push(xs[i]!);
        lags.forEach((k, li) => {
          if (i - k >= 0 && Number.isFinite(xs[i - k]!)) diffs[li]!.push(xs[i - k]! - xs[i]!);
        });
      }
    }
    const l = meanStd(level);
    const unit = name === 'wind_u' || name === 'wind_v' ? 'm/s' : name === 'precipitation' ? 'log1p(mm per step)' : variableUnit(name as VariableName);
    const v: CardInputVariable = { name, unit, mean: round(l.mean), std: round(l.std), diffStd: diffs.map((d) => round(Math.max(meanStd(d).std, 1e-3))) };
    if (withoutLevel.includes(name)) v.level = false;
    return v;
  });
}

/** Normalised targets [n, V*L]: (truth - base) / scale. */
export function targets(set: SampleSet, scales: number[][], leads: number): Float32Array {
  const V = OUTPUT_NAMES.length;
  const T = new Float32Array(set.n * V * leads);
  for (let r = 0; r < set.n; r++) for (let v = 0; v < V; v++) for (let l = 0; l < leads; l++) {
    T[(r * V + v) * leads + l] = (set.truth[(r * V + v) * leads + l]! - set.base[r * V + v]!) / scales[v]![l]!;
  }
  return T;
}

/** Per variable and lead, the spread of the change from the base value (train split). */
export function outputScales(set: SampleSet, leads: number): number[][] {
  const V = OUTPUT_NAMES.length;
  return OUTPUT_NAMES.map((_, v) => Array.from({ length: leads }, (_l, l) => {
    const d: number[] = [];
    for (let r = 0; r < set.n; r++) {
      const x = set.truth[(r * V + v) * leads + l]! - set.base[r * V + v]!;
      if (Number.isFinite(x)) d.push(x);
    }
    return round(Math.max(meanStd(d).std, 1e-3));
  }));
}

/** Mean normalised pinball of normalised quantiles q [n, K, 3] against T [n, K] (lower is better). */
export function pinballOf(q: Float32Array, T: Float32Array, n: number): number {
  const K = T.length / n;
  let [sum, count] = [0, 0];
  for (let r = 0; r < n; r++) for (let k = 0; k < K; k++) {
    const y = T[r * K + k]!;
    if (Number.isNaN(y)) continue;
    for (let qi = 0; qi < 3; qi++) {
      const e = y - q[(r * K + k) * 3 + qi]!;
      const tau = QUANTILES[qi]!;
      sum += e > 0 ? tau * e : (tau - 1) * e;
    }
    count += 1;
  }
  return sum / count;
}

export function normalisedPinball(net: Net, set: SampleSet, T: Float32Array): number {
  return pinballOf(predict(net, set.X, set.n), T, set.n);
}

/** Activation ranges of every layer's input on `rows` random training rows (INT8 calibration). */
export function calibrate(net: Net, X: Float32Array, n: number, rows: number, seed: number): ActivationRange[] {
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

/** The station nowcast's time step: hourly, as the Beijing files. */
export const STEP_MS = 3_600_000;

/**
 * Which inputs enter: history length, the lags whose tendencies enter, inputs without their level;
 * and the wind augmentation of the training set (extra copies of the training series with wind
 * speeds scaled by each factor).
 */
export interface Inputs { history: number; lags?: number[]; withoutLevel: string[]; windAugment?: number[] }

export interface Prepared { spec: FeatureSpec; trainSet: SampleSet; valSet: SampleSet; scales: number[][]; Ttrain: Float32Array; Tval: Float32Array }

/**
 * Normalisation (from the training series), samples of the train split of `trainSeries` (plus their
 * wind-scaled copies) and of the validation split of `valSeries`, and normalised targets, for one
 * input choice at an hourly step.
 */
export function prepare(trainSeries: readonly Series[], valSeries: readonly Series[], inputs: Inputs, leadsMinutes: readonly number[]): Prepared {
  const stepMs = STEP_MS;
  const variables = inputStats(trainSeries, { historySteps: inputs.history, lagSteps: inputs.lags }, inputs.withoutLevel);
  const spec: FeatureSpec = { historySteps: inputs.history, timeStepMs: stepMs, maxFillAgeSteps: 2, maxMissingSteps: 3, variables, ...(inputs.lags ? { lagSteps: inputs.lags } : {}) };
  const common = { spec, leadsMinutes, usableFlags: DEFAULT_USABLE_FLAGS, baseEveryMs: stepMs, dedupe: true };
  // Augmented copies enter training only; normalisation (above) and validation stay on the real series.
  const augmented = (inputs.windAugment ?? []).flatMap((f) => trainSeries.map((x) => scaleWind(x, f)));
  const trainSet = buildSamples([...trainSeries, ...augmented], { ...common, split: 'train' });
  const valSet = buildSamples(valSeries, { ...common, split: 'validation' });
  const scales = outputScales(trainSet, leadsMinutes.length);
  return { spec, trainSet, valSet, scales, Ttrain: targets(trainSet, scales, leadsMinutes.length), Tval: targets(valSet, scales, leadsMinutes.length) };
}
