/**
 * Observations as CSV, for a spreadsheet or pandas: one row per reading, oldest first; per variable
 * its value (the column names its unit, as the store's do), its QC flag and the tests that fired
 * (joined by |). Every field is a number, a fixed word or an ISO time, so none needs quoting.
 */
import { qcFlagName, qcTestsFromMask, variableColumn, type VariableName } from '../../common/variables.js';
import type { ReadingRecord } from '../store/types.js';

export function observationsCsv(readings: readonly ReadingRecord[], variables: readonly VariableName[]): string {
  const header = ['time', 'seq', 'clock_synced', 'gateway', ...variables.flatMap((v) => [variableColumn(v), `${v}_flag`, `${v}_tests`])];
  const lines = [header.join(',')];
  for (const r of readings) {
    const cells: Array<string | number> = [new Date(r.timeMs).toISOString(), r.seq, r.clockSynced ? 1 : 0, r.gatewayId];
    for (const v of variables) {
      const x = r.values[v];
      cells.push(x?.value ?? '', x ? qcFlagName(x.flag) : '', x ? qcTestsFromMask(x.tests).join('|') : '');
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
