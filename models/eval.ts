/**
 * `npm run models:eval`: scores a model version's FP32 and INT8 files on the Beijing TEST split and
 * on the unseen Jena roof file (10-minute readings resampled to the model's 1-hour step by the
 * device's own windowing code), per variable and lead: MAE and RMSE of P50, persistence and
 * same-hour-yesterday MAE on the same rows, P10..P90 coverage and pinball loss. Checks the goals of
 * issue 3, prints the tables and writes docs/nowcast-eval.md.
 *
 * Options: --card <path> (default models/nowcast/station-nowcast-1.2.0/card.json), --no-write.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { readCard, type NowcastCard, type Precision } from '../common/nowcast/card.js';
import { featureSpecOf } from '../common/nowcast/features.js';
import { beijingSeries, buildSamples, jenaSeries, type SampleSet } from './src/data.js';
import { decodeAll, runOnnx, score, scoreTable, type Score } from './src/metrics.js';

const { values: args } = parseArgs({ options: { card: { type: 'string', default: 'models/nowcast/station-nowcast-1.2.0/card.json' }, 'no-write': { type: 'boolean', default: false } } });
const PRECISIONS: Precision[] = ['fp32', 'int8'];

async function scoreSet(card: NowcastCard, cardPath: string, set: SampleSet): Promise<Record<Precision, Score[]>> {
  const out = {} as Record<Precision, Score[]>;
  for (const p of PRECISIONS) {
    const session = await ort.InferenceSession.create(join(dirname(cardPath), card.files.find((f) => f.precision === p)!.file), { intraOpNumThreads: 1 });
    out[p] = score(decodeAll(await runOnnx(session, card, set), card, set), card, set);
    await session.release();
  }
  return out;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Largest relative INT8 - FP32 difference over every figure (MAE, RMSE, coverage, pinball). */
function int8Gap(s: Record<Precision, Score[]>): { worst: number; where: string } {
  let worst = { worst: 0, where: '' };
  s.fp32.forEach((a, i) => {
    const b = s.int8[i]!;
    for (const k of ['mae', 'rmse', 'coverage', 'pinball'] as const) {
      const rel = Math.abs(b[k] - a[k]) / Math.abs(a[k]);
      if (rel > worst.worst) worst = { worst: rel, where: `${a.variable} +${a.leadMinutes / 60} h ${k}` };
    }
  });
  return worst;
}

async function main(): Promise<void> {
  const card = readCard(args.card);
  const spec = featureSpecOf(card);
  const common = { spec, leadsMinutes: card.output.leadsMinutes, usableFlags: card.input.usableFlags, baseEveryMs: card.timeStepMs };
  console.log('reading data, running the agent QC ...');
  const beijing = buildSamples(beijingSeries(), { ...common, split: 'test', dedupe: true });
  const jena = buildSamples([jenaSeries()], { ...common, dedupe: false });
  if (beijing.n === 0 || jena.n === 0) throw new Error(`no evaluation rows (Beijing ${beijing.n}, Jena ${jena.n})`);
  const b = await scoreSet(card, args.card, beijing);
  const j = await scoreSet(card, args.card, jena);

  const get = (s: Score[], v: string, lead: number): Score => s.find((x) => x.variable === v && x.leadMinutes === lead)!;
  const t1 = get(b.int8, 'temperature', 60);
  const t3 = get(b.int8, 'temperature', 180);
  const t1f = get(b.fp32, 'temperature', 60);
  const t3f = get(b.fp32, 'temperature', 180);
  const cov = b.int8.map((s) => s.coverage);
  const bGap = int8Gap(b);
  const jGap = int8Gap(j);
  const jenaWorse = j.int8.filter((s) => s.mae >= s.persistenceMae).map((s) => `${s.variable} +${s.leadMinutes / 60} h (${s.mae.toFixed(3)} vs ${s.persistenceMae.toFixed(3)})`);
  const goals = [
    `| Beijing test: 1-h temperature MAE <= 0.6 x persistence | FP32 ${(t1f.mae / t1f.persistenceMae).toFixed(3)}, INT8 ${(t1.mae / t1.persistenceMae).toFixed(3)} (${t1.mae.toFixed(3)} / ${t1.persistenceMae.toFixed(3)} °C) | ${t1.mae <= 0.6 * t1.persistenceMae && t1f.mae <= 0.6 * t1f.persistenceMae ? 'met' : 'MISSED'} |`,
    `| Beijing test: 3-h temperature MAE <= 0.6 x persistence | FP32 ${(t3f.mae / t3f.persistenceMae).toFixed(3)}, INT8 ${(t3.mae / t3.persistenceMae).toFixed(3)} (${t3.mae.toFixed(3)} / ${t3.persistenceMae.toFixed(3)} °C) | ${t3.mae <= 0.6 * t3.persistenceMae && t3f.mae <= 0.6 * t3f.persistenceMae ? 'met' : 'MISSED'} |`,
    `| Beijing test: INT8 within 2 % of FP32 on every figure (MAE, RMSE, coverage, pinball) | worst ${pct(bGap.worst)} (${bGap.where}) | ${bGap.worst <= 0.02 ? 'met' : 'MISSED'} |`,
    `| Beijing test: P10..P90 coverage 75-85 % (INT8, every variable and lead) | ${pct(Math.min(...cov))} .. ${pct(Math.max(...cov))} | ${Math.min(...cov) >= 0.75 && Math.max(...cov) <= 0.85 ? 'met' : 'MISSED'} |`,
    `| Jena: better than persistence at every lead >= 1 h (INT8 MAE, every variable) | ${jenaWorse.length === 0 ? 'all better' : `not better: ${jenaWorse.join(', ')}`} | ${jenaWorse.length === 0 ? 'met' : 'MISSED'} |`,
  ];
  const jenaCov = j.int8.map((s) => s.coverage);
  const text = [
    '# Nowcast model evaluation',
    '',
    `Model ${card.modelId} ${card.version} (${card.architecture}).`,
    `Made by \`npm run models:eval\` (${new Date().toISOString().slice(0, 16)}Z). Truths and inputs are values the device agent's QC flags good; persistence (value at the base time) and same-hour-yesterday are scored on exactly the same rows (rows where all three exist). Beijing: test split 2016-09-01..2017-02-28, copies of shared weather series counted once (${beijing.n} base times; windows refused for gaps: ${JSON.stringify(beijing.refused)}). Jena: the whole file, hourly base times, 10-minute readings resampled by the device's windowing code (${jena.n} base times; refused: ${JSON.stringify(jena.refused)}).`,
    '',
    '## Goals (issue 3)',
    '',
    '| goal | measured | result |',
    '|---|---|---|',
    ...goals,
    '',
    `Jena (no goal for these; an unseen station and climate): P10..P90 coverage (INT8) ${pct(Math.min(...jenaCov))} .. ${pct(Math.max(...jenaCov))}; largest INT8 - FP32 difference ${pct(jGap.worst)} (${jGap.where}).`,
    '',
    '## Beijing test split, INT8',
    '',
    scoreTable(b.int8, 'variable'),
    '',
    '## Beijing test split, FP32',
    '',
    scoreTable(b.fp32, 'variable'),
    '',
    '## Jena roof 2024 (unseen station), INT8',
    '',
    scoreTable(j.int8, 'variable'),
    '',
    '## Jena roof 2024 (unseen station), FP32',
    '',
    scoreTable(j.fp32, 'variable'),
    '',
    'Units: °C, hPa, %, m/s. MAE and RMSE are of the P50; pinball is the mean over P10, P50 and P90.',
    '',
  ].join('\n');
  console.log(text);
  if (!args['no-write']) writeFileSync('docs/nowcast-eval.md', text);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
