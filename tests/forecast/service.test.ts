import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { Registry } from 'prom-client';
import { silentLogger } from '../../common/logger.js';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { AnalysisStore } from '../../cloud/fields/index.js';
import { FieldQueries } from '../../cloud/fields/query.js';
import { builtInContractPath, startForecast } from '../../cloud/forecast/service.js';
import { checkModelAgainstContract, loadContract } from '../../cloud/forecast/index.js';

const dir = mkdtempSync(join(tmpdir(), 'wx-forecast-service-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const nPts = BEIJING_GRID.nLat * BEIJING_GRID.nLon;

test('the committed built-in model matches its contract', async () => {
  const loaded = loadContract(builtInContractPath());
  const session = await ort.InferenceSession.create(loaded.modelPaths[0] as string);
  assert.equal(checkModelAgainstContract(session, loaded.contract, 'built-in').maxBatch, Infinity);
  await session.release();
});

test('after a new analysis the forecast cycle stores an ensemble run that the point query serves, once per analysis', async () => {
  const analyses = await AnalysisStore.open(join(dir, 'fields', 'analysis.zarr'), {
    grid: BEIJING_GRID,
    variables: ['temperature', 'pressure', 'dew_point', 'wind_u', 'wind_v'].map((name) => ({ name, units: '' })),
  });
  const t = Date.UTC(2016, 9, 1, 4); // 12:00 Beijing time
  const fill = (v: number): Float64Array => new Float64Array(nPts).fill(v);
  await analyses.append(t, { temperature: fill(18), pressure: fill(1012), dew_point: fill(8), wind_u: fill(1), wind_v: fill(-1) }, { temperature: fill(0.8), pressure: fill(0.5), dew_point: fill(0.8), wind_u: fill(0.5), wind_v: fill(0.5) });
  const service = await startForecast({
    config: { enabled: true, members: 6, horizonHours: 6, seed: 3, pollSeconds: 3600, provider: 'auto', threads: 1 },
    dataDir: dir,
    registry: new Registry(),
    logger: silentLogger(),
  });
  try {
    assert.equal(await service.runDue(), 0);
    assert.equal(await service.runDue(), undefined, 'no second run for the same analysis');
    const f = await new FieldQueries({ forecastRoot: join(dir, 'fields', 'forecast.zarr') }).pointForecast(40, 116.4, [0.1, 0.9]);
    assert.equal(f.runTime, new Date(t).toISOString());
    assert.equal(f.members, 6);
    assert.equal(f.leads.length, 6);
    const t6 = f.leads[5]!.values.temperature!;
    // A plausible value near the start, and an ensemble spread from the perturbations.
    assert.ok(t6.mean !== null && Math.abs(t6.mean - 18) < 8, `temperature at +6 h ${t6.mean}`);
    assert.ok((t6.quantiles['0.9'] ?? 0) > (t6.quantiles['0.1'] ?? 0));
  } finally {
    await service.stop();
  }
});
