/**
 * `npm run eval:fusion`: gateway fusion and spatial QC on the real Beijing stations.
 *
 * 1. Leave-one-station-out: for each station, a fusion instance runs over the split without the
 *    withheld station AND without every station sharing its series at that hour (groups from a
 *    reference run over all stations); its estimate at the withheld station is compared with the truth,
 *    beside nearest-neighbour and plain-mean references computed on the same rows. Coverage = share of
 *    errors within the estimate's +-1 sd.
 * 2. Injected faults (seeded mulberry32): an offset (+-2..8 for 1..5 days), a spike (+-4..15 °C,
 *    +-3..12 hPa, one hour) or a stuck sensor (frozen 12..48 h), one event per slot at a random station.
 *    Detection = share of faulty values flagged suspect (buddy or SCT); false alarms = share of values
 *    flagged in the clean run.
 * Options: --split train|test (default test; parameters were chosen on train), --seed, --no-write.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { beijingSplit, readBeijingCsv, readBeijingStations, sharedDataDir, type StationRecord } from '../common/datasets/index.js';
import { mulberry32 } from '../common/random.js';
import { createFusion, distanceKm, type FusedVariable, type Observation } from '../gateway/fusion/index.js';

const { values: args } = parseArgs({ options: { split: { type: 'string', default: 'test' }, seed: { type: 'string', default: '20240609' }, 'no-write': { type: 'boolean', default: false }, options: { type: 'string' } } });
const SPLIT = args.split === 'train' ? 'train' : 'test';
const SEED = Number(args.seed);
const VARS: FusedVariable[] = ['temperature', 'pressure', 'dew_point'];
const UNIT: Record<string, string> = { temperature: '°C', pressure: 'hPa', dew_point: '°C' };
const WARMUP = 168;
const OPTIONS = { variables: VARS, ...(args.options ? (JSON.parse(args.options) as object) : {}) };

const stations = readBeijingStations(join(sharedDataDir(), 'beijing_prsa'));
const data = stations.map((s) => readBeijingCsv(s.file));
const fstations = stations.map((s) => ({ id: s.name, lat: s.latitude, lon: s.longitude }));
const rowsIdx = data[0]!.map((r, t) => (beijingSplit(r.localTime) === SPLIT ? t : -1)).filter((t) => t >= 0);
const first = Math.max(0, rowsIdx[0]! - WARMUP);
const steps = Array.from({ length: rowsIdx.at(-1)! - first + 1 }, (_, k) => first + k);
const inSplit = (t: number): boolean => t >= rowsIdx[0]!;
const t0 = Date.now();

function obsAt(d: StationRecord[][], t: number, skip?: Set<string>): Observation[] {
  return stations.filter((s) => !skip?.has(s.name)).map((s) => {
    const i = stations.indexOf(s);
    return { stationId: s.name, values: Object.fromEntries(VARS.map((v) => [v, d[i]![t]!.values[v] ?? NaN])) };
  });
}

// Reference run: groups at every step, and the clean flags (false alarms).
const ref = createFusion(fstations, OPTIONS);
const groupsAt = new Map<number, string[][]>();
const clean = { flagged: 0, values: 0 };
const distinct = new Map<number, number>();
for (const t of steps) {
  const r = ref.update(data[0]![t]!.timeMs, obsAt(data, t));
  groupsAt.set(t, r.groups);
  if (!inSplit(t)) continue;
  const inGroups = r.groups.reduce((s, g) => s + g.length, 0);
  const nd = stations.length - inGroups + r.groups.length;
  distinct.set(nd, (distinct.get(nd) ?? 0) + 1);
  for (const f of Object.values(r.flags)) for (const v of VARS) if (f[v]) { clean.values++; if (f[v].suspect) clean.flagged++; }
}

// 1. Leave-one-station-out.
type Acc = { n: number; ae: number; se: number; cover: number };
const acc = (): Acc => ({ n: 0, ae: 0, se: 0, cover: 0 });
const score: Record<string, Record<string, Acc>> = Object.fromEntries(VARS.map((v) => [v, { fused: acc(), nearest: acc(), mean: acc() }]));
const add = (a: Acc, err: number, sd = NaN): void => { a.n++; a.ae += Math.abs(err); a.se += err * err; if (Math.abs(err) <= sd) a.cover++; };
stations.forEach((s, si) => {
  const fold = createFusion(fstations, OPTIONS);
  for (const t of steps) {
    const withheld = new Set(groupsAt.get(t)!.find((g) => g.includes(s.name)) ?? [s.name]);
    const obs = obsAt(data, t, withheld);
    fold.update(data[0]![t]!.timeMs, obs);
    if (!inSplit(t)) continue;
    for (const v of VARS) {
      const truth = data[si]![t]!.values[v] ?? NaN;
      const others = obs.map((o) => ({ o, x: o.values[v] ?? NaN })).filter((e) => Number.isFinite(e.x));
      const est = fold.estimate(v, s.latitude, s.longitude);
      if (!Number.isFinite(truth) || others.length === 0 || !Number.isFinite(est.value)) continue;
      let nn = others[0]!;
      let best = Infinity;
      for (const e of others) {
        const st = fstations.find((f) => f.id === e.o.stationId)!;
        const d = distanceKm(s.latitude, s.longitude, st.lat, st.lon);
        if (d < best) { best = d; nn = e; }
      }
      add(score[v]!.fused!, est.value - truth, est.sd);
      add(score[v]!.nearest!, nn.x - truth);
      add(score[v]!.mean!, others.reduce((a, e) => a + e.x, 0) / others.length - truth);
    }
  }
});

// 2. Injected faults.
type Fault = 'offset' | 'spike' | 'stuck';
const SLOT: Record<Fault, number> = { offset: 7 * 24, spike: 48, stuck: 4 * 24 };
const det: Record<Fault, Record<string, { faulty: number; hit: number; big: number; bigHit: number }>> = {} as never;
for (const fault of ['offset', 'spike', 'stuck'] as Fault[]) {
  det[fault] = Object.fromEntries(VARS.map((v) => [v, { faulty: 0, hit: 0, big: 0, bigHit: 0 }]));
  for (let rep = 0; rep < 3; rep++) {
    const rand = mulberry32(SEED + rep * 101 + fault.length);
    const d = data.map((rows) => rows.map((r) => ({ ...r, values: { ...r.values } })));
    const faulty = new Map<string, boolean>(); // key `${t}|${station}|${v}` -> large deviation
    const split = steps.filter(inSplit);
    for (let k = 0; k + SLOT[fault] <= split.length; k += SLOT[fault]) {
      const si = Math.floor(rand() * stations.length);
      const v = VARS[Math.floor(rand() * VARS.length)]!;
      const sign = rand() < 0.5 ? -1 : 1;
      const start = split[k + Math.floor(rand() * (SLOT[fault] / 2))]!;
      const len = fault === 'spike' ? 1 : fault === 'offset' ? 24 + Math.floor(rand() * 97) : 12 + Math.floor(rand() * 37);
      const size = fault === 'offset' ? 2 + 6 * rand() : v === 'pressure' ? 3 + 9 * rand() : 4 + 11 * rand();
      const frozen = d[si]![start]!.values[v]!;
      for (let t = start; t < start + len && t < d[si]!.length; t++) {
        const truth = data[si]![t]!.values[v] ?? NaN;
        if (!Number.isFinite(truth) || !Number.isFinite(frozen)) continue;
        const x = fault === 'stuck' ? frozen : truth + sign * size;
        d[si]![t]!.values[v] = x;
        if (fault === 'stuck' && t === start) continue;
        faulty.set(`${t}|${stations[si]!.name}|${v}`, Math.abs(x - truth) >= 2);
      }
    }
    const f = createFusion(fstations, OPTIONS);
    for (const t of steps) {
      const r = f.update(d[0]![t]!.timeMs, obsAt(d, t));
      for (const [id, fl] of Object.entries(r.flags)) for (const v of VARS) {
        const big = faulty.get(`${t}|${id}|${v}`);
        if (big === undefined) continue;
        const a = det[fault][v]!;
        a.faulty++; if (fl[v]?.suspect) a.hit++;
        if (big) { a.big++; if (fl[v]?.suspect) a.bigHit++; }
      }
    }
  }
}

const pct = (a: number, b: number): string => (b > 0 ? ((100 * a) / b).toFixed(1) : '-');
const lines: string[] = [];
lines.push(`# Fusion and spatial QC evaluation (\`npm run eval:fusion\`)`, '');
lines.push(`Generated by \`scripts/eval-fusion.ts\` on ${new Date().toISOString().slice(0, 10)}, split **${SPLIT}** (${data[0]![rowsIdx[0]!]!.localTime} to ${data[0]![rowsIdx.at(-1)!]!.localTime}, ${rowsIdx.length} hours; ${WARMUP} h before it warm the shared-series window), seed ${SEED}, default options of \`gateway/fusion/options.ts\`. Parameters were chosen on the train split (\`npm run eval:fusion -- --split train --no-write\`); the test split was not used for choosing anything. Run time ${((Date.now() - t0) / 1000).toFixed(0)} s.`, '');
lines.push(`Distinct weather series among the 12 stations (hours): ${[...distinct.entries()].sort().map(([k, c]) => `${k}: ${c}`).join(', ')}.`, '');
lines.push('## Leave-one-station-out (the withheld station and every station sharing its series withheld)', '');
lines.push('| variable | method | n | MAE | RMSE | within ±1 sd |', '|---|---|---|---|---|---|');
for (const v of VARS) for (const [m, a] of Object.entries(score[v]!)) lines.push(`| ${v} (${UNIT[v]}) | ${m} | ${a.n} | ${(a.ae / a.n).toFixed(3)} | ${Math.sqrt(a.se / a.n).toFixed(3)} | ${m === 'fused' ? pct(a.cover, a.n) + ' %' : ''} |`);
lines.push('', '## Injected faults (3 seeded draws per fault type)', '');
lines.push(`False alarms in the clean run: ${pct(clean.flagged, clean.values)} % of ${clean.values} values flagged suspect.`, '');
lines.push('| fault | variable | faulty values | detected | faulty values off by >= 2 units | detected |', '|---|---|---|---|---|---|');
for (const fault of ['offset', 'spike', 'stuck'] as Fault[]) for (const v of VARS) {
  const a = det[fault][v]!;
  lines.push(`| ${fault} | ${v} | ${a.faulty} | ${pct(a.hit, a.faulty)} % | ${a.big} | ${pct(a.bigHit, a.big)} % |`);
}
const text = lines.join('\n') + '\n';
console.log(text);
if (!args['no-write'] && SPLIT === 'test') writeFileSync(new URL('../docs/fusion-eval.md', import.meta.url), text);
