/**
 * The scientific claim in short (the full run is `npm run eval:analysis`): on real Beijing data, the
 * cycled OI analysis at withheld stations (their whole shared-series group withheld) is closer to the
 * truth than the background and than the nearest assimilated station. Five days of the test split.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { evaluateWithheld, loadBeijing, mae, rowRange } from '../../scripts/analysis-eval/harness.js';

test('analysis at withheld Beijing stations beats the background and nearest-neighbour interpolation', () => {
  const data = loadBeijing();
  const rows = rowRange(data, { fromLocal: '2016-10-01 00:00', toLocal: '2016-10-06 23:00' });
  const scores = evaluateWithheld(data, rows, 24, () => ({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS }));
  for (const v of ['temperature', 'pressure', 'dew_point'] as const) {
    const s = scores[v];
    assert.ok(s.analysis.n > 500, `${v}: scored ${s.analysis.n} values`);
    const [a, b, nn] = [mae(s.analysis), mae(s.background), mae(s.nearest)];
    assert.ok(a < b, `${v}: analysis MAE ${a.toFixed(3)} < background ${b.toFixed(3)}`);
    assert.ok(a < nn, `${v}: analysis MAE ${a.toFixed(3)} < nearest ${nn.toFixed(3)}`);
  }
});
