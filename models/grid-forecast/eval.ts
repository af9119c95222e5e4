/**
 * `npm run eval:forecast`: skill of the built-in gridded model on the TEST period (2016-09-01 to
 * 2017-02-28) at the withheld stations, against persistence of the analysis, written to
 * docs/forecast-eval.md. Analyses of the test period come from the same cycling OI without the
 * withheld stations; forecasts start every 3rd hour (after a 48 h warm-up of the cycle) and run
 * through the committed ONNX model (onnxruntime, CPU), the ensemble control member only.
 * Scores: mean absolute error of (forecast at the station, bilinear) and of (analysis at the start, the
 * persistence reference) against the station's observation at the valid time, on the same rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { ANALYSIS_UNITS, toAnalysisValues } from '../../cloud/analysis/variables.js';
import { interpolateBilinear } from '../../cloud/assimilation/geo.js';
import { loadBeijing, rowRange } from '../../scripts/analysis-eval/harness.js';
import { cycleAnalyses, withheldStations } from './data.js';
import { N_STATE, STATE_VARIABLES } from './model.js';

const DIR = 'models/grid-forecast';
const LEADS = [1, 3, 6, 12, 24];
const START_EVERY_H = 3;
const WARMUP_H = 48;
const { nLat, nLon } = BEIJING_GRID;
const nPts = nLat * nLon;

interface Contract {
  normalisation: Record<string, { mean: number[]; std: number[] }>;
}

const t0 = Date.now();
const data = loadBeijing();
const train = rowRange(data, { split: 'train' });
const test = rowRange(data, { split: 'test' });
const withheld = withheldStations(data, train);
const series = cycleAnalyses(data, test, withheld, train);
const contract = JSON.parse(readFileSync(join(DIR, 'beijing-grid-conv3x3.contract.json'), 'utf8')) as Contract;
const mean = STATE_VARIABLES.map((v) => contract.normalisation[v]!.mean[0]!);
const std = STATE_VARIABLES.map((v) => contract.normalisation[v]!.std[0]!);
const session = await ort.InferenceSession.create(join(DIR, 'beijing-grid-conv3x3.onnx'), { executionProviders: ['cpu'], intraOpNumThreads: 1 });

// Batch every start time of the test period along the batch dimension (independent forecasts).
const starts: number[] = [];
for (let t = WARMUP_H; t + Math.max(...LEADS) < series.fields.length; t += START_EVERY_H) starts.push(t);
const B = starts.length;
let state: Float32Array = new Float32Array(B * N_STATE * nPts);
let clock: Float32Array = new Float32Array(B * 2 * nPts);
starts.forEach((t, b) => {
  const f = series.fields[t] as Float32Array;
  for (let v = 0; v < N_STATE; v++) for (let p = 0; p < nPts; p++) state[(b * N_STATE + v) * nPts + p] = ((f[v * nPts + p] as number) - (mean[v] as number)) / (std[v] as number);
  const h = series.hours[t] as number;
  clock.fill(Math.sin((2 * Math.PI * h) / 24), b * 2 * nPts, (b * 2 + 1) * nPts);
  clock.fill(Math.cos((2 * Math.PI * h) / 24), (b * 2 + 1) * nPts, (b * 2 + 2) * nPts);
});

type Acc = { n: number; model: number; persistence: number };
const acc = new Map<string, Acc>();
const field = new Float64Array(nPts);
for (let lead = 1; lead <= Math.max(...LEADS); lead++) {
  const out = await session.run({ state: new ort.Tensor('float32', state, [B, N_STATE, nLat, nLon]), clock: new ort.Tensor('float32', clock, [B, 2, nLat, nLon]) });
  state = out.state_next!.data as Float32Array;
  clock = out.clock_next!.data as Float32Array;
  if (!LEADS.includes(lead)) continue;
  starts.forEach((t, b) => {
    const row = test[t + lead] as number;
    const start = series.fields[t] as Float32Array;
    for (const w of withheld) {
      const st = data.stations[w]!;
      const truth = toAnalysisValues(data.rows[w]![row]!.values);
      STATE_VARIABLES.forEach((v, k) => {
        const y = truth[v];
        if (!Number.isFinite(y)) return;
        for (let p = 0; p < nPts; p++) field[p] = (state[(b * N_STATE + k) * nPts + p] as number) * (std[k] as number) + (mean[k] as number);
        const fc = interpolateBilinear(BEIJING_GRID, field, st.latitude, st.longitude);
        const pe = interpolateBilinear(BEIJING_GRID, start.subarray(k * nPts, (k + 1) * nPts), st.latitude, st.longitude);
        const key = `${v}:${lead}`;
        const a = acc.get(key) ?? { n: 0, model: 0, persistence: 0 };
        a.n++;
        a.model += Math.abs(fc - y);
        a.persistence += Math.abs(pe - y);
        acc.set(key, a);
      });
    }
  });
}
await session.release();

const lines = [
  '# Built-in gridded forecast: skill on the test period',
  '',
  `Made by \`npm run eval:forecast\` (models/grid-forecast/eval.ts) in ${((Date.now() - t0) / 1000).toFixed(0)} s. Model: models/grid-forecast/`,
  'beijing-grid-conv3x3 (card.md), fitted on the training period only. Test period 2016-09-01 00:00 to',
  `2017-02-28 23:00 local; ${B} forecasts, one every ${START_EVERY_H} h after a ${WARMUP_H} h warm-up of the analysis cycle, run`,
  'through the committed ONNX file with onnxruntime (control member).',
  '',
  `Scored at the withheld stations (${withheld.map((i) => data.stations[i]!.name).join(', ')}), which no analysis used:`,
  'mean absolute error against the station observation at the valid time of the forecast interpolated to',
  'the station, and of the reference "persistence of the analysis" (the start analysis interpolated to the',
  'station). Same rows for both; observations missing at the valid time are skipped.',
  '',
  '| variable | lead h | n | MAE model | MAE persistence | skill (1 - model/persistence) |',
  '|---|---|---|---|---|---|',
];
for (const v of STATE_VARIABLES) {
  for (const lead of LEADS) {
    const a = acc.get(`${v}:${lead}`);
    if (!a) continue;
    const m = a.model / a.n;
    const p = a.persistence / a.n;
    lines.push(`| ${v} (${ANALYSIS_UNITS[v]}) | ${lead} | ${a.n} | ${m.toFixed(3)} | ${p.toFixed(3)} | ${(1 - m / p).toFixed(3)} |`);
  }
}
lines.push('', 'Negative skill means the model is worse than carrying the analysis forward.', '');
writeFileSync('docs/forecast-eval.md', lines.join('\n'));
console.log(lines.join('\n'));
