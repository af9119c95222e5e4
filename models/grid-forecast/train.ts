/**
 * `npm run models:train-grid`: fits the built-in gridded forecast model (model.ts) and writes it to
 * models/grid-forecast/: the ONNX file, its contract and its card. Deterministic (closed-form fit, no
 * random numbers): the same data give the same bytes.
 *
 * Data: hourly OI analyses of the Beijing 0.05° grid made by the cloud's own cycling analysis from the
 * station observations of the TRAINING period only (2013-03-01 to 2015-10-31), without the withheld
 * stations (data.ts). Target: the next hour's analysis. Fit: ridge least squares of the normalised
 * one-hour change on the 3 × 3 neighbourhood of all channels, λ = 1 fixed beforehand (not tuned).
 * The validation period is only reported (one-hour RMSE against persistence), never used to choose.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { ANALYSIS_UNITS } from '../../cloud/analysis/variables.js';
import { backSolve, choleskyInPlace, forwardSolve } from '../../cloud/assimilation/oi/cholesky.js';
import { loadBeijing, rowRange } from '../../scripts/analysis-eval/harness.js';
import { cycleAnalyses, withheldStations, type AnalysisSeries } from './data.js';
import { buildGridModel, gridContract, stepJs, CLOCK_CHANNELS, N_FEATURES, N_IN, N_STATE, STATE_VARIABLES } from './model.js';

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'models/grid-forecast' } } });
const LAMBDA = 1;
const FILE = 'beijing-grid-conv3x3.onnx';
const { nLat, nLon } = BEIJING_GRID;
const nPts = nLat * nLon;
const t0 = Date.now();
const log = (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`);

export interface Normalisation {
  mean: number[];
  std: number[];
}

function normalisation(series: AnalysisSeries): Normalisation {
  const mean: number[] = [];
  const std: number[] = [];
  for (let v = 0; v < N_STATE; v++) {
    let s = 0;
    let s2 = 0;
    let n = 0;
    for (const f of series.fields) {
      for (let p = 0; p < nPts; p++) {
        const x = f[v * nPts + p] as number;
        s += x;
        s2 += x * x;
        n++;
      }
    }
    const m = s / n;
    mean.push(m);
    std.push(Math.sqrt(Math.max(s2 / n - m * m, 1e-12)));
  }
  return { mean, std };
}

export function normalise(f: Float32Array, norm: Normalisation): Float64Array {
  const out = new Float64Array(N_STATE * nPts);
  for (let v = 0; v < N_STATE; v++) for (let p = 0; p < nPts; p++) out[v * nPts + p] = ((f[v * nPts + p] as number) - (norm.mean[v] as number)) / (norm.std[v] as number);
  return out;
}

export function clockOf(hour: number): [number, number] {
  return [Math.sin((2 * Math.PI * hour) / 24), Math.cos((2 * Math.PI * hour) / 24)];
}

/** Feature vector of point (i, j): N_IN channels × 3 × 3 taps (zero outside the grid, as the Conv pads), then 1. */
function features(x: Float64Array, clock: readonly [number, number], i: number, j: number, out: Float64Array): void {
  for (let ch = 0; ch < N_IN; ch++) {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const ii = i + dy;
        const jj = j + dx;
        const inside = ii >= 0 && ii < nLat && jj >= 0 && jj < nLon;
        out[ch * 9 + (dy + 1) * 3 + (dx + 1)] = !inside ? 0 : ch < N_STATE ? (x[ch * nPts + ii * nLon + jj] as number) : clock[ch - N_STATE]!;
      }
    }
  }
  out[N_IN * 9] = 1;
}

function fit(series: AnalysisSeries, norm: Normalisation): Float64Array[] {
  const p = N_FEATURES;
  const xtx = new Float64Array(p * p);
  const xty = Array.from({ length: N_STATE }, () => new Float64Array(p));
  const phi = new Float64Array(p);
  let rows = 0;
  for (let t = 0; t + 1 < series.fields.length; t++) {
    if ((series.timesMs[t + 1] as number) - (series.timesMs[t] as number) !== 3_600_000) continue;
    const x = normalise(series.fields[t] as Float32Array, norm);
    const y = normalise(series.fields[t + 1] as Float32Array, norm);
    const clock = clockOf(series.hours[t] as number);
    for (let i = 0; i < nLat; i++) {
      for (let j = 0; j < nLon; j++) {
        features(x, clock, i, j, phi);
        for (let a = 0; a < p; a++) {
          const fa = phi[a] as number;
          if (fa === 0) continue;
          for (let b = 0; b <= a; b++) xtx[a * p + b] = (xtx[a * p + b] as number) + fa * (phi[b] as number);
        }
        for (let v = 0; v < N_STATE; v++) {
          const q = v * nPts + i * nLon + j;
          const d = (y[q] as number) - (x[q] as number);
          const acc = xty[v] as Float64Array;
          for (let a = 0; a < p; a++) acc[a] = (acc[a] as number) + (phi[a] as number) * d;
        }
        rows++;
      }
    }
  }
  for (let a = 0; a < p; a++) xtx[a * p + a] = (xtx[a * p + a] as number) + LAMBDA;
  if (!choleskyInPlace(xtx, p)) throw new Error('normal equations are not positive definite');
  log(`fitted on ${rows.toLocaleString('en')} grid-point hours`);
  return xty.map((b) => {
    const c = Float64Array.from(b);
    forwardSolve(xtx, p, c);
    backSolve(xtx, p, c);
    return c;
  });
}

/** One-hour RMSE (physical units) of model and persistence against the next analysis, per variable. */
export function oneHourRmse(series: AnalysisSeries, norm: Normalisation, coefs: Float64Array[]): Array<{ variable: string; model: number; persistence: number }> {
  const se = new Float64Array(N_STATE);
  const sp = new Float64Array(N_STATE);
  let n = 0;
  const out = new Float64Array(N_STATE * nPts);
  for (let t = 0; t + 1 < series.fields.length; t++) {
    if ((series.timesMs[t + 1] as number) - (series.timesMs[t] as number) !== 3_600_000) continue;
    const x = normalise(series.fields[t] as Float32Array, norm);
    const y = normalise(series.fields[t + 1] as Float32Array, norm);
    stepJs(coefs, nLat, nLon, x, clockOf(series.hours[t] as number), out);
    for (let v = 0; v < N_STATE; v++) {
      for (let p = 0; p < nPts; p++) {
        const q = v * nPts + p;
        se[v] = (se[v] as number) + ((out[q] as number) - (y[q] as number)) ** 2;
        sp[v] = (sp[v] as number) + ((x[q] as number) - (y[q] as number)) ** 2;
      }
    }
    n += nPts;
  }
  return STATE_VARIABLES.map((variable, v) => ({ variable, model: Math.sqrt((se[v] as number) / n) * (norm.std[v] as number), persistence: Math.sqrt((sp[v] as number) / n) * (norm.std[v] as number) }));
}

async function main(): Promise<void> {
  const data = loadBeijing();
  const train = rowRange(data, { split: 'train' });
  const validation = rowRange(data, { split: 'validation' });
  const withheld = withheldStations(data, train);
  log(`withheld: ${withheld.map((i) => data.stations[i]!.name).join(', ')}`);
  const series = cycleAnalyses(data, train, withheld, train);
  log(`${series.fields.length} training analyses`);
  const norm = normalisation(series);
  const coefs = fit(series, norm);
  const trainScore = oneHourRmse(series, norm, coefs);
  const valSeries = cycleAnalyses(data, validation, withheld, train);
  const valScore = oneHourRmse(valSeries, norm, coefs);
  log(`validation 1 h RMSE vs next analysis: ${valScore.map((s) => `${s.variable} ${s.model.toFixed(3)} (persistence ${s.persistence.toFixed(3)})`).join('; ')}`);

  const normFor: Record<string, { mean: number; std: number }> = {};
  STATE_VARIABLES.forEach((v, k) => (normFor[v] = { mean: norm.mean[k] as number, std: norm.std[k] as number }));
  for (const c of CLOCK_CHANNELS) normFor[c] = { mean: 0, std: 1 };
  const bytes = buildGridModel(coefs, nLat, nLon, { modelId: 'beijing-grid-conv3x3', version: '1.0.0', trainedOn: 'Beijing OI analyses 2013-03-01..2015-10-31 (train split)' });
  writeFileSync(join(args.out, FILE), bytes);
  const contract = gridContract(BEIJING_GRID, normFor, FILE, ANALYSIS_UNITS);
  writeFileSync(join(args.out, 'beijing-grid-conv3x3.contract.json'), JSON.stringify(contract, null, 1) + '\n');
  const fmt = (rows: ReturnType<typeof oneHourRmse>): string[] => rows.map((s) => `| ${s.variable} | ${s.model.toFixed(3)} | ${s.persistence.toFixed(3)} |`);
  const card = [
    '# Model card: beijing-grid-conv3x3 1.0.0 (built-in gridded forecast)',
    '',
    '**What it is.** A linear, residual 3 × 3 convolution that steps the hourly analysis of the Beijing',
    `0.05° grid (${nLat} × ${nLon}; 39.75-40.45 °N, 116.1-116.75 °E) one hour ahead: temperature, pressure,`,
    'dew point and the wind components u, v, plus the hour-of-day phase (sin, cos), which it rotates',
    'exactly so it runs autoregressively (models/grid-forecast/model.ts). 320 weights. Contract:',
    '`beijing-grid-conv3x3.contract.json`; served by cloud/forecast (ensembles from perturbed analyses).',
    '',
    '**Data.** Hourly OI analyses made by the cloud\'s cycling analysis (cloud/analysis, hub defaults) from',
    'the 12 Beijing stations (UCI #501) minus the withheld ones:',
    `${withheld.map((i) => data.stations[i]!.name).join(', ')} (three series with every station sharing them),`,
    'fixed beforehand so that the evaluation can score at stations no analysis has seen.',
    '',
    '**Split.** Fit on the training period only (2013-03-01 00:00 to 2015-10-31 23:00 local,',
    `${series.fields.length.toLocaleString('en')} analyses). Ridge λ = 1 fixed beforehand; nothing was chosen on`,
    'validation or test. The validation period is reported below; skill on the TEST period at the withheld',
    'stations is in docs/forecast-eval.md (`npm run eval:forecast`).',
    '',
    '**Reproduce.** `npm run models:train-grid` (deterministic: closed-form fit, no random numbers).',
    '',
    '**One-hour RMSE against the next analysis** (grid points, physical units):',
    '',
    '| variable | model (train) | persistence (train) |',
    '|---|---|---|',
    ...fmt(trainScore),
    '',
    '| variable | model (validation) | persistence (validation) |',
    '|---|---|---|',
    ...fmt(valScore),
    '',
    '**Limits.** Linear and local: it learns the mean diurnal cycle and smooth relaxation of the analysis,',
    'not weather systems entering the 70 km box (there is no boundary information). Its target is the',
    'analysis, which is itself an interpolation of 8 stations, so it can be no better than the analysis at',
    'places no station sees.',
    '',
  ];
  writeFileSync(join(args.out, 'card.md'), card.join('\n'));
  log(`wrote ${FILE}, contract and card to ${args.out}`);
}

if (process.argv[1]?.endsWith('train.ts') && process.argv[1].includes('grid-forecast')) await main();
