/**
 * One withheld-station run on a chosen local-time range (for trying settings on VALIDATION data only):
 * `node --import tsx scripts/analysis-eval/quick.ts <oi|letkf> '<from>' '<to>' '<overrides json>' <inflation>`,
 * e.g. `... letkf '2016-05-10 00:00' '2016-05-17 00:00' '{}' 1.0` (the LETKF figures quoted in
 * docs/analysis-eval.md).
 */
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { evaluateWithheld, loadBeijing, mae, rmse, rowRange } from './harness.js';
import { ANALYSIS_VARIABLES } from '../../cloud/analysis/variables.js';
const t0 = Date.now();
const data = loadBeijing();
console.log('load', Date.now() - t0);
const method = (process.argv[2] ?? 'oi') as 'oi' | 'letkf';
const rows = rowRange(data, { fromLocal: process.argv[3] ?? '2015-11-01 00:00', toLocal: process.argv[4] ?? '2015-11-15 00:00' });
const over = process.argv[5] ? JSON.parse(process.argv[5]) : {};
const t1 = Date.now();
const sc = evaluateWithheld(data, rows, 48, () => ({ grid: BEIJING_GRID, method, variables: Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, { ...DEFAULT_VARIABLE_SETTINGS[v], ...(over[v] ?? {}) }])) as never, letkf: { members: 20, inflation: Number(process.argv[6] ?? 1.1), seed: 5 } }));
console.log('eval ms', Date.now() - t1, 'rows', rows.length);
for (const v of ANALYSIS_VARIABLES) console.log(v, ...(['background', 'analysis', 'nearest'] as const).map((k) => `${k} ${sc[v][k].n} ${mae(sc[v][k]).toFixed(3)} ${rmse(sc[v][k]).toFixed(3)}${k === 'analysis' ? ' cov ' + (sc[v][k].cover / sc[v][k].n).toFixed(2) : ''}`));
