/**
 * Design exploration for the station nowcast, on the Beijing VALIDATION split only (the test split
 * and the Jena file are never read here). Prints, per variant, the validation pinball and the P50
 * MAE / persistence MAE per variable and lead. Used to choose the inputs and the architecture of a
 * model version; models:train then records the chosen variant's figures in the card.
 *
 *   node --import tsx models/explore.ts --variant <name>[,<name>...] [--epochs 10] [--seed n] [--quick]
 *     [--holdout <station>]       leave one station out: train on the others, validate on it alone
 *                                 (normalisation from the training stations only)
 *     [--pressure-offset=<hPa>]   also score the validation station(s) with pressure shifted by this
 *                                 much: a stand-in for a site at another elevation
 *     [--wind-scale=<f>[,<f>...]] also score the validation station(s) with wind speed multiplied by
 *                                 this: a stand-in for a site with another wind climate (another
 *                                 exposure, anemometer height or averaging period)
 */
import { parseArgs } from 'node:util';
import { DEFAULT_USABLE_FLAGS, featureCount, OUTPUT_NAMES } from '../common/nowcast/features.js';
import type { NowcastCard } from '../common/nowcast/card.js';
import { variableUnit } from '../common/variables.js';
import { beijingSeries, buildSamples, type Series } from './src/data.js';
import { createNet, predict, train } from './src/net.js';
import { decodeAll, score } from './src/metrics.js';
import { normalisedPinball, prepare, STEP_MS, targets, type Inputs } from './src/prep.js';

const { values: args } = parseArgs({ options: { variant: { type: 'string', default: 'base' }, epochs: { type: 'string', default: '10' }, seed: { type: 'string', default: '20261123' }, quick: { type: 'boolean', default: false }, holdout: { type: 'string' }, 'pressure-offset': { type: 'string' }, 'wind-scale': { type: 'string' } } });
const LEADS = [60, 120, 180, 360];
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

interface Variant extends Inputs { hidden: number[]; epochs?: number; lr?: number }
const VARIANTS: Record<string, Variant> = {
  base: { history: 12, withoutLevel: [], hidden: [128, 64] },
  nopres: { history: 12, withoutLevel: ['pressure'], hidden: [128, 64] },
  day: { history: 25, lags: [...range(1, 11), 18, 21, 22, 23, 24], withoutLevel: ['pressure'], hidden: [128, 64] },
  dayp: { history: 25, lags: [...range(1, 11), 18, 21, 22, 23, 24], withoutLevel: [], hidden: [128, 64] },
  day6p: { history: 25, lags: [1, 2, 3, 4, 5, 6, 9, 12, 18, 21, 22, 23, 24], withoutLevel: [], hidden: [128, 64] },
  day6: { history: 25, lags: [1, 2, 3, 4, 5, 6, 9, 12, 18, 21, 22, 23, 24], withoutLevel: ['pressure'], hidden: [128, 64] },
  // day without the wind level: only wind tendencies enter, as for pressure, so the model cannot pull
  // the wind toward the training sites' wind climate.
  daynw: { history: 25, lags: [...range(1, 11), 18, 21, 22, 23, 24], withoutLevel: ['pressure', 'wind_u', 'wind_v'], hidden: [128, 64] },
  // day, trained also on copies of the training sites with their wind speeds scaled: the model must
  // read the wind climate from the station's own day of history instead of assuming Beijing's.
  dayaug: { history: 25, lags: [...range(1, 11), 18, 21, 22, 23, 24], withoutLevel: ['pressure'], hidden: [128, 64], windAugment: [0.7, 1.4] },
  daywide: { history: 25, lags: [...range(1, 11), 18, 21, 22, 23, 24], withoutLevel: ['pressure'], hidden: [192, 96] },
};

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function run(name: string, v: Variant, series: Series[], seed: number): void {
  const epochs = v.epochs ?? Number(args.epochs);
  const holdout = args.holdout;
  const trainSeries = holdout ? series.filter((s) => s.name !== holdout) : series;
  const valSeries = holdout ? series.filter((s) => s.name === holdout) : series;
  // Normalisation from the training stations only: a held-out station must stay unseen.
  const { spec, trainSet, valSet, scales, Ttrain: Tt, Tval: Tv } = prepare(trainSeries, valSeries, v, LEADS);
  const common = { spec, leadsMinutes: LEADS, usableFlags: DEFAULT_USABLE_FLAGS, baseEveryMs: STEP_MS, dedupe: true };
  const F = featureCount(spec);
  const net = createNet(F, v.hidden, OUTPUT_NAMES.length * LEADS.length * 3, seed, 1.28 * 0.6);
  log(`${name}: ${F} features, train ${trainSet.n}, validation ${valSet.n}`);
  const r = train(net, trainSet.X, Tt, trainSet.n, {
    epochs, batch: 256, lr: v.lr ?? 2e-3, seed, weightDecay: 1e-5,
    onEpoch: (e, loss) => {
      const val = normalisedPinball(net, valSet, Tv);
      log(`  ${name} epoch ${e + 1}/${epochs}: train ${loss.toFixed(4)} validation ${val.toFixed(4)}`);
      return val;
    },
  });
  const card = { output: { leadsMinutes: LEADS, quantiles: [0.1, 0.5, 0.9], variables: OUTPUT_NAMES.map((n, i) => ({ name: n, unit: variableUnit(n), scale: scales[i]!, min: -1e9, max: 1e9 })) } } as unknown as NowcastCard;
  const s = score(decodeAll(predict(net, valSet.X, valSet.n), card, valSet), card, valSet);
  const ratios = s.map((x) => `${x.variable.slice(0, 4)}${x.leadMinutes / 60}h ${(x.mae / x.persistenceMae).toFixed(3)}`).join(' ');
  log(`RESULT ${name} seed ${seed}${holdout ? ` holdout ${holdout}` : ''}: best epoch ${r.bestEpoch + 1}, validation pinball ${r.bestScore.toFixed(4)}; MAE/persistence: ${ratios}`);
  const stand = (label: string, map: (v: Series['readings'][number]['values']) => Series['readings'][number]['values']): void => {
    const changed = valSeries.map((x) => ({ ...x, readings: x.readings.map((rd) => ({ ...rd, values: map(rd.values) })) }));
    const sv = buildSamples(changed, { ...common, split: 'validation' });
    const ss = score(decodeAll(predict(net, sv.X, sv.n), card, sv), card, sv);
    const sr = ss.map((x) => `${x.variable.slice(0, 4)}${x.leadMinutes / 60}h ${(x.mae / x.persistenceMae).toFixed(3)}`).join(' ');
    log(`RESULT ${name} seed ${seed}${holdout ? ` holdout ${holdout}` : ''} ${label}: validation pinball ${normalisedPinball(net, sv, targets(sv, scales, LEADS.length)).toFixed(4)}; MAE/persistence: ${sr}`);
  };
  const offset = Number(args['pressure-offset'] ?? 0);
  // A stand-in for a site at another elevation: the validation station's pressure shifted by `offset` hPa.
  if (offset !== 0) stand(`pressure ${offset > 0 ? '+' : ''}${offset} hPa`, (v) => (v.pressure === undefined ? v : { ...v, pressure: v.pressure + offset }));
  // A stand-in for a site with another wind climate: the validation station's wind speeds scaled.
  for (const f of (args['wind-scale'] ?? '').split(',').filter(Boolean).map(Number)) {
    stand(`wind x${f}`, (v) => (v.wind_speed === undefined ? v : { ...v, wind_speed: v.wind_speed * f }));
  }
}

const series = beijingSeries();
const chosen = args.quick ? series.slice(0, 3) : series;
for (const name of args.variant.split(',')) run(name, VARIANTS[name]!, chosen, Number(args.seed));
