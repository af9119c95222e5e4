/**
 * Parameter sweep for the analysis settings on VALIDATION weeks only (never test):
 * `node --import tsx scripts/analysis-eval/sweep.ts [oi|letkf]`. Prints the withheld-station MAE of
 * the analysis per variable for each (σ_b / σ_o, L) pair; the chosen values go to cloud/analysis/defaults.ts.
 */
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { ANALYSIS_VARIABLES } from '../../cloud/analysis/variables.js';
import { evaluateWithheld, loadBeijing, mae, rowRange } from './harness.js';

const method = (process.argv[2] ?? 'oi') as 'oi' | 'letkf';
const data = loadBeijing();
// Four validation weeks, one per season (validation split: 2015-11-01 .. 2016-08-31).
const weeks = [['2015-11-10 00:00', '2015-11-17 00:00'], ['2016-02-10 00:00', '2016-02-17 00:00'], ['2016-05-10 00:00', '2016-05-17 00:00'], ['2016-08-10 00:00', '2016-08-17 00:00']];
const ratios = (process.argv[3] ?? '1,2,4').split(',').map(Number);
const lengths = (process.argv[4] ?? '15,30,60').split(',').map(Number);
for (const ratio of ratios) {
  for (const L of lengths) {
    const tot = Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, { a: 0, b: 0, nn: 0, n: 0 }]));
    for (const [from, to] of weeks) {
      const rows = rowRange(data, { fromLocal: from, toLocal: to });
      const sc = evaluateWithheld(data, rows, 24, () => ({
        grid: BEIJING_GRID,
        method,
        oi: { maxObs: 30, tileSize: 4 },
        letkf: { members: 20, inflation: 1.1, seed: 3 },
        variables: Object.fromEntries(ANALYSIS_VARIABLES.map((v) => { const d = DEFAULT_VARIABLE_SETTINGS[v]; return [v, { ...d, backgroundErrorSd: ratio * d.obsErrorSd, lengthScaleKm: L }]; })) as never,
      }));
      for (const v of ANALYSIS_VARIABLES) {
        const t = tot[v]!;
        t.a += sc[v].analysis.ae; t.b += sc[v].background.ae; t.nn += sc[v].nearest.ae; t.n += sc[v].analysis.n;
      }
    }
    console.log(`ratio ${ratio} L ${L}:`, ANALYSIS_VARIABLES.map((v) => `${v} a ${(tot[v]!.a / tot[v]!.n).toFixed(3)} b ${(tot[v]!.b / tot[v]!.n).toFixed(3)} nn ${(tot[v]!.nn / tot[v]!.n).toFixed(3)}`).join(' | '));
  }
}
void mae;
