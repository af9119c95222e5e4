import { QC_FLAGS, type VariableName } from '../variables.js';
import type { CardInputVariable, NowcastCard } from './card.js';

/**
 * The feature code shared by training (models/) and the device (device-agent/nowcast/): the same
 * functions turn a station's QC-passed history into the model's input vector, so what the model
 * learnt from is exactly what a device feeds it.
 *
 * Input vector, in order (see `featureLayout`):
 *  1. per input variable whose level enters (`level` not false), the newest value normalised:
 *     (x[t] - mean) / std. A level that says more about the site than the weather (station pressure:
 *     its elevation) can be left out: only its tendencies enter, so the model carries to other sites.
 *  2. per input variable, for each lag k of `lagSteps` (default 1..H-1): (x[t-k] - x[t]) / diffStd[i]
 *     (tendencies; keeps resolution under INT8 activations, where absolute levels would eat the 8 bits).
 *     Sparse lags reach back a day (k = 24: same hour yesterday) without a day of inputs.
 *  3. per input variable and used step (the lag steps, oldest first, then t): 1 if a QC-passed value
 *     was there, 0 if filled
 *  4. sin/cos of local solar hour, sin/cos of day of year
 * Normalised values are clamped to +-8. Rain enters as log1p(mm per step).
 * Gaps: a missing step takes the last valid value if it is at most maxFillAgeSteps old, else x[t]
 * (tendency 0); either way its availability is 0. A window with more than maxMissingSteps missing
 * used steps (lag steps and t) in any input variable, or without a QC-passed newest value of an output's base variable, is
 * refused: the model says so instead of guessing.
 */
export type InputName = 'temperature' | 'pressure' | 'dew_point' | 'wind_u' | 'wind_v' | 'precipitation';
export const INPUT_NAMES: readonly InputName[] = ['temperature', 'pressure', 'dew_point', 'wind_u', 'wind_v', 'precipitation'];
export const OUTPUT_NAMES: readonly VariableName[] = ['temperature', 'pressure', 'relative_humidity', 'wind_speed'];
/** Output variables whose base value (x[t]) must be QC-passed at the newest step. */
const BASE_INPUTS: readonly InputName[] = ['temperature', 'pressure', 'dew_point', 'wind_u', 'wind_v'];
/** Below this speed a missing direction does not matter: the wind vector is zero. */
const CALM_MS = 0.2;
const DAY_MS = 86_400_000;
/** Normalised inputs are clamped to this many standard deviations: a rare extreme (a cloudburst)
 * must not dominate a linear layer, and the INT8 input scale stays fine-grained. */
const Z_LIMIT = 8;
const clampZ = (z: number): number => Math.max(-Z_LIMIT, Math.min(Z_LIMIT, z));

export interface FeatureSpec {
  historySteps: number;
  timeStepMs: number;
  maxFillAgeSteps: number;
  maxMissingSteps: number;
  variables: readonly CardInputVariable[];
  /** Lags k (ascending, 1..historySteps-1) whose tendency x[t-k] - x[t] enters; default every one. */
  lagSteps?: readonly number[];
}

export function featureSpecOf(card: NowcastCard): FeatureSpec {
  const spec: FeatureSpec = { historySteps: card.historySteps, timeStepMs: card.timeStepMs, maxFillAgeSteps: card.input.maxFillAgeSteps, maxMissingSteps: card.input.maxMissingSteps, variables: card.input.variables };
  return card.input.lagSteps === undefined ? spec : { ...spec, lagSteps: card.input.lagSteps };
}

/** The lags in use: spec.lagSteps, else 1..historySteps-1. */
export function lagsOf(spec: Pick<FeatureSpec, 'historySteps' | 'lagSteps'>): number[] {
  return spec.lagSteps ? [...spec.lagSteps] : Array.from({ length: spec.historySteps - 1 }, (_, i) => i + 1);
}

type LayoutSpec = Pick<FeatureSpec, 'historySteps' | 'lagSteps'> & { variables?: readonly Pick<CardInputVariable, 'name' | 'level'>[] };

const inputsOf = (spec: LayoutSpec): { name: string; level: boolean }[] =>
  spec.variables ? spec.variables.map((v) => ({ name: v.name, level: v.level !== false })) : INPUT_NAMES.map((name) => ({ name, level: true }));

export function featureCount(spec: LayoutSpec): number {
  const inputs = inputsOf(spec);
  const lags = lagsOf(spec).length;
  return inputs.filter((v) => v.level).length + inputs.length * lags + inputs.length * (lags + 1) + 4;
}

export function featureLayout(spec: LayoutSpec): string[] {
  const inputs = inputsOf(spec);
  const lags = lagsOf(spec);
  const out: string[] = inputs.filter((v) => v.level).map((v) => `${v.name}[t] norm`);
  for (const { name: n } of inputs) for (const k of lags) out.push(`${n}[t-${k}]-${n}[t] norm`);
  for (const { name: n } of inputs) {
    for (const k of [...lags].reverse()) out.push(`${n}[t-${k}] available`);
    out.push(`${n}[t] available`);
  }
  out.push('sin(solar hour)', 'cos(solar hour)', 'sin(day of year)', 'cos(day of year)');
  return out;
}

/** Magnus formula (Alduchov & Eskridge 1996): relative humidity from temperature and dew point. */
export function relativeHumidity(tempC: number, dewC: number): number {
  const es = (t: number): number => Math.exp((17.625 * t) / (243.04 + t));
  return Math.min(100, (100 * es(dewC)) / es(tempC));
}

/** Inverse Magnus: dew point from temperature and relative humidity. */
export function dewPoint(tempC: number, rhPct: number): number {
  const g = Math.log(Math.max(rhPct, 0.1) / 100) + (17.625 * tempC) / (243.04 + tempC);
  return (243.04 * g) / (17.625 - g);
}

const finite = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x);

/** Model inputs from one step's QC-passed values (NaN = not available). */
export function inputValues(v: Partial<Record<VariableName, number>>): Record<InputName, number> {
  const t = v.temperature;
  let td = v.dew_point;
  if (!finite(td) && finite(t) && finite(v.relative_humidity)) td = dewPoint(t, v.relative_humidity);
  let u = NaN;
  let w = NaN;
  const s = v.wind_speed;
  if (finite(s) && s < CALM_MS) [u, w] = [0, 0];
  else if (finite(s) && finite(v.wind_direction)) {
    // Direction is where the wind blows from: the vector points the other way.
    const rad = (v.wind_direction * Math.PI) / 180;
    [u, w] = [-s * Math.sin(rad), -s * Math.cos(rad)];
  }
  // Rain enters as log1p(mm): amounts are heavy-tailed, a shower and a cloudburst differ in kind.
  const rain = finite(v.precipitation) && v.precipitation >= 0 ? Math.log1p(v.precipitation) : NaN;
  return { temperature: t ?? NaN, pressure: v.pressure ?? NaN, dew_point: td ?? NaN, wind_u: u, wind_v: w, precipitation: rain };
}

/** Output-variable values from one step's values (NaN = not available). */
export function outputValues(v: Partial<Record<VariableName, number>>): Record<string, number> {
  const t = v.temperature ?? NaN;
  const rh = finite(v.relative_humidity) ? v.relative_humidity : finite(v.dew_point) && Number.isFinite(t) ? relativeHumidity(t, v.dew_point) : NaN;
  return { temperature: t, pressure: v.pressure ?? NaN, relative_humidity: rh, wind_speed: v.wind_speed ?? NaN };
}

export type FeatureResult = { ok: true; missing: number } | { ok: false; reason: string };

/**
 * Writes the feature vector of one window into out[offset..]. `steps` holds historySteps entries,
 * oldest first, the newest at baseTimeMs, each the inputValues() of the QC-passed readings at that
 * grid time. solarOffsetHours = station longitude / 15.
 */
export function buildFeatures(steps: readonly Record<InputName, number>[], baseTimeMs: number, solarOffsetHours: number, spec: FeatureSpec, out: Float32Array, offset = 0): FeatureResult {
  const H = spec.historySteps;
  const nIn = spec.variables.length;
  if (steps.length !== H) return { ok: false, reason: `window has ${steps.length} steps, the model needs ${H}` };
  const newest = steps[H - 1]!;
  for (const name of BASE_INPUTS) {
    if (!Number.isFinite(newest[name])) return { ok: false, reason: `no QC-passed ${name} at the newest step` };
  }
  const lags = lagsOf(spec);
  const L = lags.length;
  /** Steps whose availability enters and whose gaps count: the lag steps, oldest first, then t. */
  const used = [...lags].reverse().map((k) => H - 1 - k).concat(H - 1);
  let missingTotal = 0;
  const levelCount = spec.variables.filter((v) => v.level !== false).length;
  const diffAt = offset + levelCount;
  const maskAt = diffAt + nIn * L;
  const filled = new Float64Array(H);
  let levelAt = offset;
  for (let j = 0; j < nIn; j++) {
    const spec_ = spec.variables[j]!;
    const name = spec_.name as InputName;
    let lastValid = NaN;
    let lastValidAge = Infinity;
    for (let i = 0; i < H; i++) {
      const x = steps[i]![name];
      if (Number.isFinite(x)) {
        filled[i] = x;
        lastValid = x;
        lastValidAge = 0;
      } else {
        lastValidAge += 1;
        filled[i] = lastValidAge <= spec.maxFillAgeSteps ? lastValid : NaN;
      }
    }
    let missing = 0;
    used.forEach((i, u) => {
      const ok = Number.isFinite(steps[i]![name]);
      if (!ok) missing += 1;
      out[maskAt + j * (L + 1) + u] = ok ? 1 : 0;
    });
    if (missing > spec.maxMissingSteps) return { ok: false, reason: `${name}: ${missing} of ${L + 1} steps missing (at most ${spec.maxMissingSteps} allowed)` };
    missingTotal += missing;
    const x0 = Number.isFinite(filled[H - 1]!) ? filled[H - 1]! : 0;
    if (spec_.level !== false) out[levelAt++] = clampZ((x0 - spec_.mean) / spec_.std);
    lags.forEach((k, i) => {
      const xk = filled[H - 1 - k]!;
      out[diffAt + j * L + i] = Number.isFinite(xk) ? clampZ((xk - x0) / spec_.diffStd[i]!) : 0;
    });
  }
  const timeAt = maskAt + nIn * (L + 1);
  const solarMs = baseTimeMs + solarOffsetHours * 3_600_000;
  const hour = (((solarMs % DAY_MS) + DAY_MS) % DAY_MS) / DAY_MS;
  const date = new Date(solarMs);
  const doy = (solarMs - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS / 365.25;
  out[timeAt] = Math.sin(2 * Math.PI * hour);
  out[timeAt + 1] = Math.cos(2 * Math.PI * hour);
  out[timeAt + 2] = Math.sin(2 * Math.PI * doy);
  out[timeAt + 3] = Math.cos(2 * Math.PI * doy);
  return { ok: true, missing: missingTotal };
}

/** Whether a QC flag lets a value into the model. */
export function isUsableFlag(flag: number | undefined, usableFlags: readonly number[]): boolean {
  return flag !== undefined && usableFlags.includes(flag);
}

export const DEFAULT_USABLE_FLAGS: readonly number[] = [QC_FLAGS.good];

/** Physical limits applied to every output (a monotone clip, so quantile order is kept). */
const HARD_LIMITS: Partial<Record<VariableName, [number, number]>> = { relative_humidity: [0, 100], wind_speed: [0, Infinity] };

/**
 * Model output (normalised deltas, [variables, leads, quantiles] flattened) to physical values:
 * y = base + delta * scale[lead], clipped only to hard physical limits (humidity 0..100 %, speed >= 0).
 * Returns [variable][lead][quantile].
 */
export function decodeOutput(raw: ArrayLike<number>, offset: number, base: Record<string, number>, card: Pick<NowcastCard, 'output'>): number[][][] {
  const { variables, leadsMinutes, quantiles } = card.output;
  const L = leadsMinutes.length;
  const Q = quantiles.length;
  return variables.map((ov, vi) => {
    const [lo, hi] = HARD_LIMITS[ov.name] ?? [-Infinity, Infinity];
    return leadsMinutes.map((_, li) =>
      quantiles.map((_q, qi) => {
        const y = base[ov.name]! + raw[offset + (vi * L + li) * Q + qi]! * ov.scale[li]!;
        return Number.isNaN(y) ? y : Math.min(hi, Math.max(lo, y));
      }),
    );
  });
}

/** Why decoded output is unusable (non-finite, outside the card's plausible range, crossing quantiles); undefined if fine. */
export function outputProblem(values: number[][][], card: Pick<NowcastCard, 'output'>): string | undefined {
  for (const [vi, ov] of card.output.variables.entries()) {
    for (const [li, lead] of card.output.leadsMinutes.entries()) {
      const q = values[vi]![li]!;
      const where = `${ov.name} at +${lead} min`;
      if (!q.every(Number.isFinite)) return `${where}: non-finite output`;
      if (q.some((x) => x < ov.min || x > ov.max)) return `${where}: [${q.map((x) => x.toFixed(2)).join(', ')}] outside plausible ${ov.min}..${ov.max} ${ov.unit}`;
      if (q.some((x, i) => i > 0 && x < q[i - 1]!)) return `${where}: quantiles cross`;
    }
  }
  return undefined;
}
