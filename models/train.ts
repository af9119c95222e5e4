/**
 * `npm run models:train`: builds the Beijing data set (train and validation splits only, through the
 * device agent's QC), compares candidates on the VALIDATION split, trains the chosen one, exports
 * FP32 and INT8 ONNX files and writes the version folder models/nowcast/<modelId>-<version>/ with
 * card.json and card.md. Deterministic for a fixed --seed (default 20261123).
 *
 * Version 1.2.0: 1.1.0's inputs (chosen with models/explore.ts on the validation split and on
 * leave-one-station-out validation as a stand-in for an unseen site) plus wind-climate augmentation
 * of the training set, chosen the same way; see docs/nowcast-exploration.md. With --compare, 1.0.0's
 * and 1.1.0's inputs are trained again as reference candidates. 1.0.0 and 1.1.0 stay committed.
 *
 * Options: --seed <n>, --epochs <n> (default 10), --out <dir> (default models/nowcast), --quick
 * (a small subset, for trying things; never for the committed model), --compare (also train 1.0.0's
 * inputs as a reference candidate; about twice the time).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { featureCount, featureLayout, OUTPUT_NAMES, DEFAULT_USABLE_FLAGS } from '../common/nowcast/features.js';
import { variableUnit } from '../common/variables.js';
import type { NowcastCard } from '../common/nowcast/card.js';
import { beijingSeries, type SampleSet } from './src/data.js';
import { calibrateSpread, createNet, predict, train, QUANTILES, type Net } from './src/net.js';
import { decodeAll, runOnnx, score, type Score } from './src/metrics.js';
import { exportFp32, exportInt8 } from './src/export.js';
import { calibrate, normalisedPinball, prepare, round, STEP_MS, type Inputs, type Prepared } from './src/prep.js';
import { writeCard, writeModelFiles } from './src/version.js';

const { values: args } = parseArgs({ options: { seed: { type: 'string', default: '20261123' }, epochs: { type: 'string', default: '10' }, out: { type: 'string', default: 'models/nowcast' }, quick: { type: 'boolean', default: false }, compare: { type: 'boolean', default: false } } });
const SEED = Number(args.seed);
const EPOCHS = Number(args.epochs);
const MODEL_ID = 'station-nowcast';
const VERSION = '1.2.0';
const LEADS = [60, 120, 180, 360];
const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

interface Candidate { name: string; inputs: Inputs; hidden: number[]; epochs: number }

/**
 * The inputs chosen for 1.1.0 on validation figures (docs/nowcast-exploration.md, variant `day` of
 * models/explore.ts): a day of history, read at lags 1..11, 18 and 21..24 h (the same hour yesterday
 * and its neighbours), and no absolute station pressure (it encodes the site's elevation; its
 * tendencies stay). 1.0.0's inputs are the reference candidate (`--compare`).
 */
const INPUTS_1_1_0: Inputs = { history: 25, lags: [...range(1, 11), 18, ...range(21, 24)], withoutLevel: ['pressure'] };
/**
 * 1.2.0: 1.1.0's inputs, trained also on copies of the training sites with wind speeds x0.7 and x1.4
 * (variant `dayaug` of models/explore.ts): the model must read a site's wind climate from its own
 * day of history instead of assuming Beijing's. Chosen on leave-one-station-out validation with the
 * held-out site's wind scaled x1.5 and x0.6 (docs/nowcast-exploration.md).
 */
const INPUTS_1_2_0: Inputs = { ...INPUTS_1_1_0, windAugment: [0.7, 1.4] };
const INPUTS_1_0_0: Inputs = { history: 12, withoutLevel: [] };
const CANDIDATES: Candidate[] = [
  ...(args.compare ? [{ name: 'MLP 128-64 ReLU, 1.0.0 inputs (12 h, every level)', inputs: INPUTS_1_0_0, hidden: [128, 64], epochs: EPOCHS }] : []),
  ...(args.compare ? [{ name: 'MLP 128-64 ReLU, 1.1.0 inputs (24 h sparse lags, no pressure level)', inputs: INPUTS_1_1_0, hidden: [128, 64], epochs: EPOCHS }] : []),
  { name: 'MLP 128-64 ReLU, 1.1.0 inputs, wind-climate augmentation x0.7, x1.4', inputs: INPUTS_1_2_0, hidden: [128, 64], epochs: EPOCHS },
];

function describeInputs(i: Inputs): string {
  const lags = i.lags ? `tendencies at lags ${i.lags.join(', ')} h` : `tendencies at lags 1..${i.history - 1} h`;
  const levels = i.withoutLevel.length > 0 ? `; no absolute level for ${i.withoutLevel.join(', ')} (tendencies only)` : '';
  const augment = i.windAugment ? `; trained also with wind speeds x${i.windAugment.join(', x')}` : '';
  return `${i.history} hourly steps (${lags}${levels}${augment})`;
}

/** Physical-unit validation scores of a JS net, through the card's decoder. */
function jsScores(net: Net, card: NowcastCard, set: SampleSet): Score[] {
  return score(decodeAll(predict(net, set.X, set.n), card, set), card, set);
}

const LIMITS: Record<string, [number, number]> = { temperature: [-45, 50], pressure: [850, 1090], relative_humidity: [0, 100], wind_speed: [0, 60] };

function cardFor(p: Prepared): NowcastCard {
  const F = featureCount(p.spec);
  return {
    schemaVersion: 1, modelId: MODEL_ID, version: VERSION, createdAt: '', description: '', architecture: '', files: [],
    timeStepMs: STEP_MS, historySteps: p.spec.historySteps,
    input: {
      tensor: 'features', dtype: 'float32', shape: ['batch', F], variables: [...p.spec.variables], layout: featureLayout(p.spec),
      ...(p.spec.lagSteps ? { lagSteps: [...p.spec.lagSteps] } : {}),
      maxFillAgeSteps: p.spec.maxFillAgeSteps, maxMissingSteps: p.spec.maxMissingSteps, usableFlags: [...DEFAULT_USABLE_FLAGS],
    },
    output: {
      tensor: 'quantiles', dtype: 'float32', shape: ['batch', OUTPUT_NAMES.length, LEADS.length, 3], leadsMinutes: LEADS, quantiles: [...QUANTILES],
      variables: OUTPUT_NAMES.map((name, v) => ({ name, unit: variableUnit(name), scale: p.scales[v]!, min: LIMITS[name]![0], max: LIMITS[name]![1] })),
    },
    training: { data: '', split: '', seed: SEED, notes: [], comparison: [] },
    metrics: {},
  };
}

async function main(): Promise<void> {
  log(`seed ${SEED}; reading the 12 Beijing files and running the agent's QC over each`);
  let series = beijingSeries();
  if (args.quick) series = series.slice(0, 3);
  const F_O = OUTPUT_NAMES.length * LEADS.length * 3;
  const prepared = new Map<Inputs, Prepared>();
  const comparison: NowcastCard['training']['comparison'] = [];
  let chosen: { c: Candidate; net: Net; pinball: number; p: Prepared } | undefined;
  for (const c of CANDIDATES) {
    if (!prepared.has(c.inputs)) prepared.set(c.inputs, prepare(series, series, c.inputs, LEADS));
    const p = prepared.get(c.inputs)!;
    const F = featureCount(p.spec);
    log(`${c.name}: ${F} features; samples: train ${p.trainSet.n}, validation ${p.valSet.n} (after removing copies of shared weather series)`);
    const net = createNet(F, c.hidden, F_O, SEED, 1.28 * 0.6);
    const result = train(net, p.trainSet.X, p.Ttrain, p.trainSet.n, {
      epochs: c.epochs, batch: 256, lr: 2e-3, seed: SEED, weightDecay: 1e-5,
      onEpoch: (epoch, loss) => {
        const val = normalisedPinball(net, p.valSet, p.Tval);
        log(`  ${c.name} epoch ${epoch + 1}/${c.epochs}: train pinball ${loss.toFixed(4)}, validation ${val.toFixed(4)}`);
        return val;
      },
    });
    const s = jsScores(net, cardFor(p), p.valSet);
    const t = (lead: number): number => s.find((x) => x.variable === 'temperature' && x.leadMinutes === lead)!.mae;
    comparison.push({ name: c.name, validationPinball: round(result.bestScore, 5), validationT1hMae: round(t(60), 4), validationT3hMae: round(t(180), 4), chosen: false });
    log(`${c.name}: best epoch ${result.bestEpoch + 1}, validation pinball ${result.bestScore.toFixed(4)}, T MAE 1 h ${t(60).toFixed(3)} °C, 3 h ${t(180).toFixed(3)} °C`);
    if (chosen === undefined || result.bestScore < chosen.pinball) chosen = { c, net, pinball: result.bestScore, p };
  }
  comparison.find((x) => x.name === chosen!.c.name)!.chosen = true;
  const { net, p } = chosen!;
  const { trainSet, valSet, Tval, spec } = p;
  const F = featureCount(spec);
  const card = cardFor(p);
  card.training.comparison = comparison;
  card.architecture = `${chosen!.c.name}: ${F} features -> ${net.layers.map((l) => l.outDim).join(' -> ')} (m, a, b per variable and lead) -> quantiles m - softplus(a), m, m + softplus(b); predicts the change from the last value, scaled per variable and lead`;

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
  card.description = `Station nowcast: temperature, pressure, relative humidity and wind speed at +${LEADS.map((l) => l / 60).join(', +')} h as P10/P50/P90, from ${describeInputs(chosen!.c.inputs)} of the station's own QC-passed history.`;
  card.training.data = `Beijing Multi-Site Air-Quality (UCI #501), 12 sites, hourly; copies of shared weather series removed (${trainSet.n} train rows${chosen!.c.inputs.windAugment ? `, of which ${chosen!.c.inputs.windAugment.length} in ${chosen!.c.inputs.windAugment.length + 1} are wind-scaled copies` : ''}, ${valSet.n} validation rows)`;
  card.training.split = 'train 2013-03-01..2015-10-31 (fit, normalisation, INT8 calibration); validation 2015-11-01..2016-08-31 (choice of inputs and architecture, incl. leave-one-station-out in models/explore.ts; best epoch; spread calibration); test 2016-09-01..2017-02-28 untouched (models:eval)';
  card.training.notes = [
    `npm run models:train -- --seed ${SEED} --epochs ${EPOCHS}${args.quick ? ' --quick' : ''}${args.compare ? ' --compare' : ''}`,
    'inputs and truths are values the device agent QC flags good (default QC config), as on a device',
    `inputs: ${describeInputs(chosen!.c.inputs)}; chosen on validation figures with models/explore.ts (docs/nowcast-exploration.md)`,
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
