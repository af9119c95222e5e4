/**
 * The hub side of the cycling analysis on real SQLite and Zarr files: cycles driven by data time,
 * device-QC-suspect and spatially flagged values left out, innovation statistics and trust stored (and restored after a
 * restart), analyses appended to the field store, and the REST route with its 400s.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { createLogger } from '../../common/logger.js';
import { createAnalysisCycler } from '../../cloud/analysis/cycle.js';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { InnovationStore } from '../../cloud/analysis/innovation-store.js';
import { createAnalysisMetrics } from '../../cloud/analysis/metrics.js';
import { AnalysisRunner } from '../../cloud/analysis/runner.js';
import { ANALYSIS_UNITS, ANALYSIS_VARIABLES } from '../../cloud/analysis/variables.js';
import { buildApi } from '../../cloud/api/app.js';
import { AnalysisStore } from '../../cloud/fields/analysis-store.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import type { ReadingRecord, StationUpdate } from '../../cloud/store/types.js';

const H = 3_600_000;
const T0 = Date.UTC(2016, 9, 1, 0, 0, 0);
const SITES = [
  { id: 'st-a', lat: 39.98, lon: 116.4 },
  { id: 'st-b', lat: 40.22, lon: 116.23 },
  { id: 'st-c', lat: 40.13, lon: 116.66 },
];

function status(id: string, lat: number, lon: number): StationUpdate {
  return { deviceId: id, gatewayId: 'gw', statusTimeMs: T0, state: 'online', agentVersion: 't', lastSeq: 0, outboxDepth: 0, clockSynced: true, info: { site: 'bj', name: id, latitude: lat, longitude: lon, elevationM: null, hardware: 'sim' } };
}

function reading(id: string, hour: number, t: number, tempFlag = 1): ReadingRecord {
  const good = (value: number) => ({ value, flag: 1, tests: 0 });
  return {
    deviceId: id,
    seq: hour + 1,
    timeMs: T0 + hour * H,
    clockSynced: true,
    clockSuspect: false,
    gatewayReceivedMs: null,
    cloudReceivedMs: T0 + hour * H,
    gatewayId: 'gw',
    values: { temperature: { value: t, flag: tempFlag, tests: 0 }, pressure: good(1010 + hour / 10), dew_point: good(2), wind_speed: good(2), wind_direction: good(90) },
  };
}

test('analysis runner: data-time cycles, QC filter, stored innovations and trust, field store, REST', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-analysis-'));
  const logger = createLogger('analysis-test', { level: 'silent' });
  const observations = openSqliteStore(join(dir, 'cloud.sqlite'));
  try {
    const put = async (hours: number[]) => {
      const readings = hours.flatMap((h) => SITES.map((s, i) => reading(s.id, h, 10 + i + h, s.id === 'st-c' && h === 3 ? 2 : 1)));
      await observations.storeBatch({ gatewayId: 'gw', readings, statuses: SITES.map((s) => status(s.id, s.lat, s.lon)), rejected: 0 });
    };
    const fieldsRoot = join(dir, 'fields', 'analysis.zarr');
    const spec = { grid: BEIJING_GRID, variables: ANALYSIS_VARIABLES.map((name) => ({ name, units: ANALYSIS_UNITS[name] })) };
    const build = async (innovations: InnovationStore) =>
      new AnalysisRunner({
        observations,
        innovations,
        fields: await AnalysisStore.open(fieldsRoot, spec),
        cycler: createAnalysisCycler({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS }),
        method: 'oi',
        cycleMs: H,
        graceMs: 10 * 60_000,
        windowMs: 30 * 60_000,
        maxCatchUpCycles: 100,
        // Gateway spatial QC flagged st-b's temperature at 04:00.
        spatialFlags: (d: string, from: number, to: number) => new Set(d === 'st-b' && from <= T0 + 4 * H && T0 + 4 * H < to ? [`${T0 + 4 * H}|temperature`] : []),
        logger,
        metrics: createAnalysisMetrics(new Registry()),
      });

    await put([0, 1, 2, 3]);
    let innovations = new InnovationStore(join(dir, 'analysis.sqlite'));
    let runner = await build(innovations);
    // First start: only the latest closed cycle (02:00; 03:00 is not closed until 03:10 data time).
    assert.equal(await runner.runDue(), 1);
    assert.equal(innovations.lastCycleMs(), T0 + 2 * H);
    await put([4, 5]);
    assert.equal(await runner.runDue(), 2);
    assert.equal(await runner.runDue(), 0, 'nothing more is due');

    const rowsC = innovations.query({ deviceId: 'st-c', variable: 'temperature', limit: 100 });
    assert.deepEqual(rowsC.map((r) => r.timeMs), [T0 + 2 * H, T0 + 4 * H], 'the QC-suspect 03:00 temperature of st-c is not assimilated');
    const rowsB = innovations.query({ deviceId: 'st-b', variable: 'temperature', limit: 100 });
    assert.deepEqual(rowsB.map((r) => r.timeMs), [T0 + 2 * H, T0 + 3 * H], 'the spatially flagged 04:00 temperature of st-b is not assimilated');
    const rowsA = innovations.query({ deviceId: 'st-a', limit: 100 });
    assert.equal(rowsA.length, 3 * ANALYSIS_VARIABLES.length);
    for (const r of rowsA) {
      assert.equal(r.count, 1);
      assert.ok(Number.isFinite(r.ombMean) && Number.isFinite(r.omaRms) && r.trust > 0 && r.trust <= 1);
    }
    const trustBefore = innovations.loadTrust();
    assert.ok(trustBefore.length >= 3 * ANALYSIS_VARIABLES.length);

    const fields = await AnalysisStore.openExisting(fieldsRoot);
    const latest = await fields.latest();
    assert.equal(latest?.timeMs, T0 + 4 * H);
    assert.ok(Number.isFinite(latest?.mean.temperature?.[0]) && (latest?.spread.temperature?.[0] ?? 0) > 0);

    // Restart: continues after the last stored cycle, with the stored trust.
    innovations.close();
    innovations = new InnovationStore(join(dir, 'analysis.sqlite'));
    runner = await build(innovations);
    await put([6]);
    assert.equal(await runner.runDue(), 1);
    assert.equal(innovations.lastCycleMs(), T0 + 5 * H);
    assert.ok(innovations.loadTrust().every((e) => e.record.weight >= (trustBefore.find((b) => b.stationId === e.stationId && b.variable === e.variable)?.record.weight ?? 0)));

    const api = await buildApi({ store: observations, registry: new Registry(), logger, innovations });
    try {
      const ok = await api.inject({ method: 'GET', url: '/api/v1/analysis/innovations?station=st-a&variable=temperature' });
      assert.equal(ok.statusCode, 200);
      const body = ok.json() as { count: number; cycles: Array<{ time: string; variable: string; ombMean: number }> };
      assert.equal(body.count, 4);
      assert.equal(body.cycles[0]?.time, new Date(T0 + 2 * H).toISOString());
      const badVar = await api.inject({ method: 'GET', url: '/api/v1/analysis/innovations?station=st-a&variable=humidity' });
      assert.equal(badVar.statusCode, 400);
      assert.match(badVar.body, /variable/);
      const badFrom = await api.inject({ method: 'GET', url: '/api/v1/analysis/innovations?station=st-a&from=yesterday' });
      assert.equal(badFrom.statusCode, 400);
      assert.match(badFrom.body, /from/);
    } finally {
      await api.close();
    }
    innovations.close();
  } finally {
    await observations.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
