/**
 * `npm run bench:science`: time and memory of the science kernels, each case in a fresh process,
 * at 2-3 sizes so the growth shows, written to docs/bench-science.md.
 *   - analysis on the 1° global grid (65,160 points), 1,000 / 3,000 / 10,000 observations: OI and
 *     LETKF (20 members), set-up of scripts/perf/assimilation-timing.ts;
 *   - spatial QC of gateway/fusion (duplicate + isolation + buddy + SCT) for 250 / 1,000 / 4,000 stations;
 *   - one forecast step of the built-in model (Beijing grid, 1 / 20 / 100 members batched) and of the
 *     same architecture on global grids of 1°, 0.5° and 0.25°.
 * One core: single-threaded onnxruntime, the JS kernels are single-threaded by nature.
 * Options: --quick (fewer sizes and repeats, for trying), --out <file>.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string', default: 'docs/bench-science.md' } } });

interface Row {
  case: string;
  size: number;
  ms: number[];
  cpuMs: number[];
  heapMB: number;
  externalMB: number;
  rssMB: number;
  maxRssMB: number;
  note: string;
}

const plan: Array<{ name: string; sizes: number[]; repeat: number; unit: string; goal?: { size: number; ms: number } }> = [
  { name: 'oi', sizes: args.quick ? [1000] : [1000, 3000, 10000], repeat: 3, unit: 'observations', goal: { size: 10000, ms: 1000 } },
  { name: 'letkf', sizes: args.quick ? [1000] : [1000, 3000, 10000], repeat: 2, unit: 'observations', goal: { size: 10000, ms: 5000 } },
  { name: 'letkf-wi3', sizes: args.quick ? [] : [10000], repeat: 2, unit: 'observations' },
  { name: 'qc', sizes: args.quick ? [1000] : [250, 1000, 4000], repeat: 15, unit: 'stations', goal: { size: 1000, ms: 50 } },
  { name: 'forecast-builtin', sizes: args.quick ? [20] : [1, 20, 100], repeat: 20, unit: 'members' },
  { name: 'forecast-global', sizes: args.quick ? [1] : [1, 2, 4], repeat: 5, unit: 'per degree' },
];

const rows: Array<Row & { unit: string; goal?: { size: number; ms: number } }> = [];
const startLoad = loadavg()[0] ?? 0;
for (const p of plan) {
  for (const size of p.sizes) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-science/case.ts', p.name, String(size), String(p.repeat)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const row = JSON.parse(out.trim().split('\n').pop() as string) as Row;
    rows.push({ ...row, unit: p.unit, ...(p.goal ? { goal: p.goal } : {}) });
    console.log(`${p.name} ${size}: min ${Math.min(...row.ms).toFixed(1)} ms (CPU ${Math.min(...row.cpuMs).toFixed(1)} ms), max RSS ${row.maxRssMB.toFixed(0)} MB`);
  }
}
const endLoad = loadavg()[0] ?? 0;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const lines = [
  '# bench:science: analysis, spatial QC and forecast-step cost',
  '',
  `Made by \`npm run bench:science\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores, shared),`,
  `node ${process.version}. One fresh process per row; JS kernels single-threaded, onnxruntime CPU with one intra-op thread.`,
  `Load average while running: ${startLoad.toFixed(1)} → ${endLoad.toFixed(1)} (other work shared the machine, so the median is`,
  'pessimistic; the minimum, and the CPU time (user + system of the process, which leaves out waiting for a',
  'core), are the better estimates of the cost on a quiet core). Goals are judged on the minimum wall time.',
  '',
  '| case | size | min ms | median ms | min CPU ms | runs | heap MB | external MB | max RSS MB | goal | notes |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => {
    const goal = r.goal && r.goal.size === r.size ? `< ${r.goal.ms} ms: ${Math.min(...r.ms) < r.goal.ms ? 'met (min)' : 'NOT met'}${median(r.ms) < r.goal.ms ? '' : ', median over'}` : '';
    return `| ${r.case} | ${r.size.toLocaleString('en')} ${r.unit} | ${fmt(Math.min(...r.ms))} | ${fmt(median(r.ms))} | ${fmt(Math.min(...r.cpuMs))} | ${r.ms.length} | ${r.heapMB.toFixed(0)} | ${r.externalMB.toFixed(0)} | ${r.maxRssMB.toFixed(0)} | ${goal} | ${r.note} |`;
  }),
  '',
  '## Growth (min CPU time)',
  ...plan.map((p) => {
    const rs = rows.filter((r) => r.case === p.name);
    if (rs.length < 2) return `- ${p.name}: one size only`;
    const parts: string[] = [];
    for (let i = 1; i < rs.length; i++) {
      const a = rs[i - 1] as Row;
      const b = rs[i] as Row;
      // Work grows with the size, except for the global grids, where it grows with the points (size²).
      const work = (r: Row): number => (p.name === 'forecast-global' ? r.size * r.size : r.size);
      const k = Math.log(Math.min(...b.cpuMs) / Math.min(...a.cpuMs)) / Math.log(work(b) / work(a));
      parts.push(`${a.size}→${b.size}: CPU time ×${(Math.min(...b.cpuMs) / Math.min(...a.cpuMs)).toFixed(2)} for work ×${(work(b) / work(a)).toFixed(0)} (exponent ${k.toFixed(2)})`);
    }
    return `- ${p.name} (${p.unit}): ${parts.join('; ')}`;
  }),
  '',
  'Set-ups: OI (Gaussian correlation, L = 300 km, radius 900 km, 30 observations per 4 × 4-point tile) and',
  'LETKF (k = 20, Gaspari-Cohn 300 km, inflation 1.05, H(x) and the localiser included) on synthetic smooth',
  'fields with uniformly spread observations (scripts/perf/assimilation-timing.ts). Spatial QC: synthetic',
  'stations at a fixed density of 1,000 per 500 × 500 km, fusion defaults for temperature, 1 % gross errors',
  '(scripts/bench-science/spatial-qc.ts); the station index is built inside the timed pass. Forecast step:',
  'one `session.run` of the residual 3 × 3 convolution of models/grid-forecast (5 + 2 channels), outputs',
  'pre-allocated; "per degree" 1, 2, 4 = grids of 1°, 0.5°, 0.25° (181 × 360 to 721 × 1440), one member.',
  '',
  'Reading the growth: OI cost follows the number of grid-point tiles and the observations per tile (capped',
  'at 30), so it flattens once the cap binds; the LETKF cost is dominated by the per-point k × k eigen-',
  'decomposition (65,160 of them), nearly independent of the number of observations (letkf-wi3 computes',
  'them on every 3rd row and column only and interpolates the transforms, Yang et al. 2009: opt-in, as the',
  'increments then differ from the exact ones by 6-30 % depending on the localisation, see',
  'tests/assimilation/weight-interpolation.test.ts); the spatial QC is',
  'about linear in the stations at fixed density (the neighbour search sweeps a latitude band, the SCT',
  'solves one ≤ 40-point system per sub-domain); the forecast step is linear in grid points and members,',
  'with a fixed per-call overhead visible on the small Beijing grid.',
  '',
];
writeFileSync(args.out, lines.join('\n'));
console.log(`wrote ${args.out}`);
