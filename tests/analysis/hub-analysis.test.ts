/**
 * The analysis section of the hub config (validated at the boundary, every problem named) and the
 * hub wiring: with `analysis.enabled` the hub cycles on what it stores and serves the innovations.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import { createLogger } from '../../common/logger.js';
import { WxError } from '../../common/errors.js';

test('analysis config: off by default, Beijing grid and OI when enabled, bad fields named', () => {
  assert.equal(validateCloudConfig({}, 't').analysis?.enabled, false);
  const on = validateCloudConfig({ analysis: { enabled: true } }, 't').analysis;
  assert.equal(on?.method, 'oi');
  assert.equal(on?.cycleMinutes, 60);
  assert.deepEqual(on?.grid, { kind: 'regional', southDeg: 39.75, northDeg: 40.45, westDeg: 116.1, eastDeg: 116.75, resolutionDeg: 0.05 });
  assert.throws(
    () => validateCloudConfig({ analysis: { enabled: true, method: 'kalman', cycleMinutes: 0, variables: { temperature: { obsErrorSd: -1 } } } }, 't'),
    (err: unknown) => err instanceof WxError && ['method', 'cycleMinutes', 'obsErrorSd'].every((f) => JSON.stringify(err.details).includes(f)),
  );
});

test('hub with analysis enabled runs a cycle from stored readings and serves its innovations', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-hub-analysis-'));
  const config = validateCloudConfig({ analysis: { enabled: true, pollSeconds: 1 } }, 't');
  const hub = await startHub({ config, dataDir: dir, http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, logger: createLogger('t', { level: 'silent' }), registry: new Registry() });
  try {
    const T0 = Date.UTC(2016, 9, 1);
    const readings = [0, 1].flatMap((h) =>
      ['x', 'y'].map((id, i) => ({
        deviceId: id, seq: h + 1, timeMs: T0 + h * 3_600_000, clockSynced: true, clockSuspect: false, gatewayReceivedMs: null, cloudReceivedMs: 0, gatewayId: 'gw',
        values: { temperature: { value: 10 + i, flag: 1, tests: 0 }, pressure: { value: 1010, flag: 1, tests: 0 } },
      })),
    );
    const statuses = [['x', 39.98, 116.4], ['y', 40.2, 116.3]].map(([id, lat, lon]) => ({
      deviceId: id as string, gatewayId: 'gw', statusTimeMs: T0, state: 'online' as const, agentVersion: 't', lastSeq: 0, outboxDepth: 0, clockSynced: true,
      info: { site: 's', name: id as string, latitude: lat as number, longitude: lon as number, elevationM: null, hardware: 'h' },
    }));
    await hub.store.storeBatch({ gatewayId: 'gw', readings, statuses, rejected: 0 });
    let body: { count: number } = { count: 0 };
    for (let i = 0; i < 40 && body.count === 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      body = (await (await fetch(`${hub.httpUrl}/api/v1/analysis/innovations?station=x`)).json()) as { count: number };
    }
    assert.ok(body.count > 0, 'innovations served after a cycle');
    assert.ok(existsSync(join(dir, 'fields', 'analysis.zarr', '.zgroup')));
    const metrics = await (await fetch(`${hub.httpUrl}/metrics`)).text();
    assert.match(metrics, /wx_cloud_analysis_cycles_total [1-9]/);
  } finally {
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
