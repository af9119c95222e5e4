import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { packQc, unpackQc } from '../../cloud/store/schema.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import type { ReadingRecord } from '../../cloud/store/types.js';
import { QC_TESTS } from '../../common/variables.js';
import { T0, tempDir } from './helpers.js';

function rec(deviceId: string, seq: number, extra: Partial<ReadingRecord> = {}): ReadingRecord {
  return {
    deviceId,
    seq,
    timeMs: T0 + seq * 60_000,
    clockSynced: true,
    clockSuspect: false,
    gatewayReceivedMs: T0 + seq * 60_000 + 10,
    cloudReceivedMs: T0 + seq * 60_000 + 20,
    gatewayId: 'gw-s',
    values: { temperature: { value: seq, flag: 1, tests: 0 }, wind_speed: { value: 2.5, flag: 2, tests: QC_TESTS.step | QC_TESTS.spike } },
    ...extra,
  };
}

test('QC packing keeps the flag in bits 0-7 and the full uint32 test mask above', () => {
  for (const [flag, tests] of [
    [0, 0],
    [3, QC_TESTS.persistence | QC_TESTS.clock],
    [4, 0xffffffff],
  ] as const) {
    assert.deepEqual(unpackQc(packQc(flag, tests)), { flag, tests });
  }
  assert.equal(packQc(2, QC_TESTS.step), 2 + (4 << 8));
});

test('readings are stored once per (device, seq), survive reopening, and keep values, flags and clock bits', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'cloud.sqlite');
    let store = openSqliteStore(path);
    const first = await store.storeBatch({ gatewayId: 'gw-s', readings: [rec('a', 1), rec('a', 2), rec('a', 2)], statuses: [], rejected: 1 });
    assert.deepEqual([first.stored, first.duplicates], [2, 1]);
    await store.close();
    store = openSqliteStore(path);
    const again = await store.storeBatch({ gatewayId: 'gw-s', readings: [rec('a', 1), rec('a', 3, { clockSynced: false, clockSuspect: true })], statuses: [], rejected: 0 });
    assert.deepEqual([again.stored, again.duplicates], [1, 1]);
    assert.deepEqual(
      again.storedReadings.map((r) => r.seq),
      [3],
    );
    const page = await store.queryObservations({ deviceId: 'a', limit: 10 });
    assert.deepEqual(
      page.readings.map((r) => r.seq),
      [1, 2, 3],
    );
    assert.deepEqual(page.readings[0], rec('a', 1));
    assert.equal(page.readings[2]?.clockSuspect, true);
    assert.equal(page.readings[2]?.clockSynced, false);
    const stats = await store.stats();
    assert.deepEqual(
      { stored: stats.stored, duplicates: stats.duplicates, rejected: stats.rejected, stations: stats.stations },
      { stored: 3, duplicates: 2, rejected: 1, stations: 1 },
    );
    assert.equal(stats.gateways[0]?.batches, 2);
    await store.close();
  } finally {
    cleanup();
  }
});

test('range queries are [from, to), ordered by time, limited with a truncated mark, and use the station+time index', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'cloud.sqlite');
    const store = openSqliteStore(path);
    // Out of order on purpose: seq order is not time order after a clock correction.
    const readings = [5, 1, 4, 2, 3].map((s) => rec('b', s));
    readings.push(rec('b', 6, { timeMs: T0 }));
    readings.push(rec('c', 1));
    await store.storeBatch({ gatewayId: 'gw-s', readings, statuses: [], rejected: 0 });
    const page = await store.queryObservations({ deviceId: 'b', fromMs: T0 + 2 * 60_000, toMs: T0 + 5 * 60_000, limit: 10 });
    assert.deepEqual(
      page.readings.map((r) => r.seq),
      [2, 3, 4],
    );
    assert.equal(page.truncated, false);
    const limited = await store.queryObservations({ deviceId: 'b', limit: 2, variables: ['wind_speed'] });
    assert.deepEqual(
      limited.readings.map((r) => r.seq),
      [6, 1],
    );
    assert.equal(limited.truncated, true);
    assert.deepEqual(Object.keys(limited.readings[0]!.values), ['wind_speed']);
    const st = await store.getStation('b');
    assert.equal(st?.lastReadingMs, T0 + 5 * 60_000);
    assert.equal(st?.latest?.seq, 5);
    // The listing joins each station's latest reading in SQL: by device time, not by sequence.
    const listed = (await store.listStations()).find((x) => x.deviceId === 'b');
    assert.deepEqual(listed, st);
    const quiet = { deviceId: 'z', gatewayId: 'gw-s', statusTimeMs: T0, state: 'online' as const, agentVersion: '1', lastSeq: 0, outboxDepth: 0, clockSynced: true };
    await store.storeBatch({ gatewayId: 'gw-s', readings: [], statuses: [quiet], rejected: 0 });
    assert.equal((await store.listStations()).find((x) => x.deviceId === 'z')?.latest, null);
    await assert.rejects(store.queryObservations({ deviceId: 'nope', limit: 1 }), { code: 'WX_ERR_NOT_FOUND' });

    const db = new Database(path, { readonly: true });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM readings WHERE station_id = 1 AND time_ms >= 0 AND time_ms < 10 ORDER BY time_ms, seq LIMIT 5`)
      .all() as { detail: string }[];
    db.close();
    const details = plan.map((p) => p.detail).join('\n');
    assert.match(details, /USING INDEX readings_station_time/);
    assert.doesNotMatch(details, /TEMP B-TREE/, 'no sort step: the index already orders by time then seq');
    await store.close();
  } finally {
    cleanup();
  }
});

test('a failed transaction stores nothing of any batch in it', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = openSqliteStore(join(dir, 'cloud.sqlite'));
    // A NaN sequence breaks the NOT NULL primary key in the middle of the second batch.
    const bad = rec('d', Number.NaN);
    await assert.rejects(
      store.storeBatches([
        { gatewayId: 'gw-s', readings: [rec('d', 1)], statuses: [], rejected: 0 },
        { gatewayId: 'gw-t', readings: [rec('d', 2), bad], statuses: [], rejected: 0 },
      ]),
      { code: 'WX_ERR_STORE' },
    );
    assert.deepEqual((await store.stats()).gateways, []);
    assert.equal(await store.getStation('d'), undefined);
    const ok = await store.storeBatch({ gatewayId: 'gw-s', readings: [rec('d', 1)], statuses: [], rejected: 0 });
    assert.equal(ok.stored, 1);
    await store.close();
  } finally {
    cleanup();
  }
});
