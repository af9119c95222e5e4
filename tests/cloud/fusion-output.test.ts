/**
 * Gateway fusion output at the hub: SpatialQc and FusedEstimate entries of a ForwardBatch are stored
 * (idempotently: the same batch twice changes nothing), invalid entries dropped, and served by
 * GET /api/v1/fused and GET /api/v1/spatial-qc with 400s that name the bad parameter.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cellToBoundary, latLngToCell } from 'h3-js';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { FusionOutputStore } from '../../cloud/fusion/store.js';
import { openDatabase } from '../../common/sqlite.js';
import { startHub } from '../../cloud/hub.js';
import { createLogger } from '../../common/logger.js';
import { variableToProto } from '../../common/variables.js';
import { v1 } from '../../protos/index.js';
import { forward, reading, SHARED_TOKEN } from './helpers.js';

test('hub stores gateway spatial QC and fused estimates idempotently and serves them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-fusion-out-'));
  const hub = await startHub({ config: validateCloudConfig({}, 't'), dataDir: dir, http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, gatewayToken: SHARED_TOKEN, logger: createLogger('t', { level: 'silent' }), registry: new Registry() });
  try {
    const t = Date.UTC(2016, 9, 1, 3);
    const cell = latLngToCell(39.98, 116.4, 7);
    const batch = {
      batchId: 1,
      gatewayId: 'gw-f',
      readings: [reading({ device: 'st-1', seq: 1, timeMs: t })],
      spatialQc: [
        { deviceId: 'st-1', seq: 1, timeMs: t, variable: variableToProto('temperature'), flag: v1.QcFlag.QC_SUSPECT, tests: v1.SpatialTest.SPATIAL_TEST_BUDDY | v1.SpatialTest.SPATIAL_TEST_SCT, trust: 0.8 },
        { deviceId: 'bad id!', seq: 1, timeMs: t, variable: variableToProto('temperature'), flag: 1, tests: 0, trust: 1 },
      ],
      fused: [
        { h3Cell: cell, h3Resolution: 7, timeMs: t, variable: variableToProto('temperature'), value: 12.5, sd: 0.7, stations: 3, independentSeries: 2, deviceIds: ['st-1', 'st-2', 'st-3'] },
        { h3Cell: 'not-a-cell', h3Resolution: 7, timeMs: t, variable: variableToProto('temperature'), value: 1, sd: 1, stations: 1, independentSeries: 1 },
      ],
    };
    for (const id of [1, 2]) {
      const res = await forward(hub.grpcAddress, SHARED_TOKEN, [{ ...batch, batchId: id }]);
      assert.equal(res.error, undefined);
      assert.equal(res.acks.length, 1);
    }
    const fused = (await (await fetch(`${hub.httpUrl}/api/v1/fused?variable=temperature&cell=${cell}`)).json()) as { count: number; estimates: Array<{ value: number; sd: number; gateway: string; time: string; stations: number; independentSeries: number; deviceIds: string[] }> };
    assert.equal(fused.count, 1, 'stored once although delivered twice; the invalid cell dropped');
    assert.deepEqual([fused.estimates[0]?.value, fused.estimates[0]?.sd, fused.estimates[0]?.gateway, fused.estimates[0]?.time], [12.5, 0.7, 'gw-f', new Date(t).toISOString()]);
    assert.deepEqual([fused.estimates[0]?.stations, fused.estimates[0]?.independentSeries, fused.estimates[0]?.deviceIds], [3, 2, ['st-1', 'st-2', 'st-3']], 'the stations behind the estimate are kept');
    // For a map: each cell's outline, the six vertices h3 gives, around the cell's centre.
    const outlined = (await (await fetch(`${hub.httpUrl}/api/v1/fused?variable=temperature&boundary=true`)).json()) as { estimates: Array<{ boundary?: number[][] }> };
    assert.deepEqual(outlined.estimates[0]?.boundary, cellToBoundary(cell));
    assert.equal(outlined.estimates[0]?.boundary?.length, 6);
    assert.equal((fused.estimates[0] as { boundary?: unknown }).boundary, undefined, 'only when asked');
    const qc = (await (await fetch(`${hub.httpUrl}/api/v1/spatial-qc?station=st-1`)).json()) as { count: number; verdicts: Array<{ flag: string; tests: string[]; trust: number }> };
    assert.equal(qc.count, 1);
    assert.deepEqual(qc.verdicts[0], { time: new Date(t).toISOString(), seq: 1, variable: 'temperature', flag: 'suspect', tests: ['buddy', 'sct'], trust: 0.8 });
    for (const [url, field] of [
      ['/api/v1/fused?cell=zzz', 'cell'],
      ['/api/v1/fused?cell=872a1072bffffff0', 'cell'],
      ['/api/v1/fused?variable=snow', 'variable'],
      ['/api/v1/fused?boundary=maybe', 'boundary'],
      ['/api/v1/fused?from=2016-10-02&to=2016-10-01', 'to'],
      ['/api/v1/spatial-qc', 'station'],
      ['/api/v1/spatial-qc?station=st-1&from=soon', 'from'],
    ] as const) {
      const res = await fetch(`${hub.httpUrl}${url}`);
      assert.equal(res.status, 400, url);
      assert.match(await res.text(), new RegExp(field), url);
    }
  } finally {
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a hub whose fused table predates device ids gains the column on open and keeps its rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-fused-migrate-'));
  try {
    const path = join(dir, 'fusion.sqlite');
    const old = openDatabase(path);
    old.exec(`CREATE TABLE fused (
        variable TEXT NOT NULL, time_ms INTEGER NOT NULL, h3_cell TEXT NOT NULL, h3_resolution INTEGER NOT NULL,
        value REAL NOT NULL, sd REAL NOT NULL, stations INTEGER NOT NULL, independent_series INTEGER NOT NULL, gateway_id TEXT NOT NULL,
        PRIMARY KEY (variable, time_ms, h3_cell)) WITHOUT ROWID;
      INSERT INTO fused VALUES ('temperature', 1000, '872a1072bffffff', 7, 11, 0.5, 2, 2, 'gw-old');`);
    old.close();
    const store = new FusionOutputStore(path);
    const cell = latLngToCell(39.98, 116.4, 7);
    store.store('gw-new', [], [{ h3Cell: cell, h3Resolution: 7, timeMs: 2000, variable: variableToProto('temperature'), value: 12, sd: 0.4, stations: 2, independentSeries: 1, deviceIds: ['a', 'b'] }]);
    const rows = store.queryFused({ limit: 10 });
    assert.deepEqual(rows.map((r) => [r.gatewayId, r.deviceIds]), [['gw-old', []], ['gw-new', ['a', 'b']]]);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
