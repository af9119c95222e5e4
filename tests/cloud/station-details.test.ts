/**
 * What a station says about itself in its status (its source, hardware, nowcast model, a replaced
 * outbox) reaches the central dashboard through GET /api/v1/stations, bounded at ingest; and a store
 * made before stations had details gains the column when opened.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { DETAIL_LIMITS } from '../../cloud/ingest/validate.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import { DeviceState } from '../../protos/index.js';
import { batch, forward, GW_TOKEN, startTestHub, T0, tempDir } from './helpers.js';

const status = (deviceId: string, timeMs: number, details: Record<string, string>) => ({ deviceId, timeMs, state: DeviceState.ONLINE, agentVersion: '1.0.0', details });

void test("a station's status details are shown with the station, the latest status's only, and bounded", async () => {
  const hub = await startTestHub();
  try {
    const first = { source: 'replay-beijing', hardware: 'replay', outboxRecovered: 'outbox.corrupt-2026-11-24T04-17-53-208Z.sqlite: 120 unsent readings carried over, seqs from 10001 (floor)' };
    await forward(hub.grpc.address, GW_TOKEN, [batch(1, [], 'gw-a', [status('st-d', T0, first)])]);
    const get = async () => (await hub.api.inject({ method: 'GET', url: '/api/v1/stations/st-d' })).json() as { details: Record<string, string> | null };
    assert.deepEqual((await get()).details, first);

    // An older status arriving late does not overwrite the newer one; a newer one replaces the details whole.
    await forward(hub.grpc.address, GW_TOKEN, [batch(2, [], 'gw-a', [status('st-d', T0 - 1000, { source: 'stale' })])]);
    assert.deepEqual((await get()).details, first);
    const huge = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}${'x'.repeat(100)}`, 'v'.repeat(2000)]));
    await forward(hub.grpc.address, GW_TOKEN, [batch(3, [], 'gw-a', [status('st-d', T0 + 1000, huge)])]);
    const bounded = (await get()).details!;
    assert.equal(Object.keys(bounded).length, DETAIL_LIMITS.entries);
    for (const [k, v] of Object.entries(bounded)) {
      assert.ok(k.length <= DETAIL_LIMITS.keyChars && v.length === DETAIL_LIMITS.valueChars);
    }
    const list = (await hub.api.inject({ method: 'GET', url: '/api/v1/stations' })).json() as { stations: { id: string; details: unknown }[] };
    assert.equal(Object.keys(list.stations.find((s) => s.id === 'st-d')!.details as object).length, DETAIL_LIMITS.entries);
  } finally {
    await hub.stop();
  }
});

void test('a store made before stations had details gains the column when opened, keeping its stations', async () => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'cloud.sqlite');
  try {
    const store = openSqliteStore(path, { writer: 'inline' });
    await store.close();
    // Back to the layout of the first releases: no details column.
    const db = new Database(path);
    db.exec(`INSERT INTO stations (device_id, name) VALUES ('old', 'Old station'); ALTER TABLE stations DROP COLUMN details_json`);
    db.close();
    const reopened = openSqliteStore(path, { writer: 'inline' });
    try {
      const old = await reopened.getStation('old');
      assert.equal(old?.name, 'Old station');
      assert.equal(old?.details, null);
      await reopened.storeBatch({ gatewayId: 'gw', readings: [], statuses: [{ deviceId: 'old', gatewayId: 'gw', statusTimeMs: T0, state: 'online', agentVersion: '1', lastSeq: 0, outboxDepth: 0, clockSynced: true, details: { source: 'iio' } }], rejected: 0 });
      assert.deepEqual((await reopened.getStation('old'))?.details, { source: 'iio' });
    } finally {
      await reopened.close();
    }
  } finally {
    cleanup();
  }
});
