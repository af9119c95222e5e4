import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openSqliteStore, type SqliteObservationStore } from '../../cloud/store/sqlite-store.js';
import type { BatchInput, ReadingRecord, StationUpdate } from '../../cloud/store/types.js';
import { QC_TESTS, VARIABLE_NAMES } from '../../common/variables.js';
import { T0, tempDir } from './helpers.js';

function rec(deviceId: string, seq: number, gatewayId = 'gw-w'): ReadingRecord {
  const values: ReadingRecord['values'] = {};
  VARIABLE_NAMES.forEach((v, i) => {
    // Every shape a value takes: a number, a missing value (null), and an absent variable.
    if (i === 5) return;
    values[v] = { value: i === 3 && seq % 2 === 0 ? null : seq + i / 10, flag: 1 + (seq % 4), tests: seq % 3 === 0 ? QC_TESTS.step | 0x80000000 : 0 };
  });
  return {
    deviceId,
    seq,
    timeMs: T0 + seq * 60_000,
    clockSynced: seq % 2 === 0,
    clockSuspect: seq % 5 === 0,
    gatewayReceivedMs: seq % 7 === 0 ? null : T0 + seq * 60_000 + 10,
    cloudReceivedMs: T0 + seq * 60_000 + 20,
    gatewayId,
    values,
  };
}

function many(n: number, devices: number, gatewayId = 'gw-w', from = 1): ReadingRecord[] {
  return Array.from({ length: n }, (_, i) => rec(`dev-${i % devices}`, from + Math.floor(i / devices), gatewayId));
}

const status: StationUpdate = {
  deviceId: 'dev-1',
  gatewayId: 'gw-w',
  statusTimeMs: T0,
  state: 'online',
  agentVersion: '1.2.3',
  lastSeq: 9,
  outboxDepth: 4,
  clockSynced: true,
  info: { site: 'hill', name: 'Hill top', latitude: 40.1, longitude: 116.2, elevationM: 55, hardware: 'rpi4-bme280' },
};

function dump(path: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return [
      db.prepare('SELECT st.device_id, r.* FROM readings r JOIN stations st ON st.id = r.station_id ORDER BY st.device_id, r.seq').all(),
      db.prepare('SELECT device_id, site, name, latitude, longitude, elevation_m, hardware, gateway_id, state, agent_version, status_last_seq, outbox_depth, clock_synced, last_reading_ms FROM stations ORDER BY device_id').all(),
      db.prepare('SELECT gateway_id, stored, duplicates, rejected, batches FROM gateways ORDER BY gateway_id').all(),
    ];
  } finally {
    db.close();
  }
}

test('the writer thread stores exactly what the inline writer stores: values, nulls, flags, statuses, duplicates and counts', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const results: unknown[] = [];
    const dumps: unknown[] = [];
    for (const writer of ['inline', 'thread'] as const) {
      const path = join(dir, `${writer}.sqlite`);
      const store = openSqliteStore(path, { writer });
      const batches: BatchInput[] = [
        { gatewayId: 'gw-w', readings: many(40, 4), statuses: [status], rejected: 2 },
        // Overlaps the first batch (duplicates) and carries readings relayed from another gateway.
        { gatewayId: 'gw-w', readings: [...many(10, 4, 'gw-w', 9), rec('dev-9', 1, 'gw-other')], statuses: [], rejected: 0 },
      ];
      const res = await store.storeBatches(batches);
      results.push(res.map((r) => ({ stored: r.stored, duplicates: r.duplicates, seqs: r.storedReadings.map((x) => `${x.deviceId}/${x.seq}`) })));
      assert.equal(store.siteOf('dev-1'), 'hill');
      await store.close();
      dumps.push(dump(path));
    }
    assert.deepEqual(results[1], results[0]);
    assert.deepEqual(dumps[1], dumps[0]);
    const [first, second] = results[0] as { stored: number; duplicates: number; seqs: string[] }[];
    assert.deepEqual([first!.stored, first!.duplicates, second!.stored, second!.duplicates], [40, 0, 3, 8]);
    assert.equal(second!.seqs.at(-1), 'dev-9/1');
  } finally {
    cleanup();
  }
});

test('while the writer thread commits a large transaction the event loop keeps turning; inline it does not', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const turns: Record<string, number> = {};
    for (const writer of ['inline', 'thread'] as const) {
      // NORMAL: at FULL the loop turns during the (asynchronous) fsync even inline; this is about the transaction.
      const store = openSqliteStore(join(dir, `${writer}.sqlite`), { writer, synchronous: 'NORMAL' });
      await store.ready();
      const readings = many(60_000, 500);
      let ticks = 0;
      let spinning = true;
      const spin = (): void => {
        ticks++;
        if (spinning) setImmediate(spin);
      };
      setImmediate(spin);
      const [res] = await store.storeBatches([{ gatewayId: 'gw-w', readings, statuses: [], rejected: 0 }]);
      spinning = false;
      assert.equal(res!.stored, readings.length);
      turns[writer] = ticks;
      await store.close();
    }
    assert.ok(turns.thread! > 20, `event loop turns during a threaded commit: ${turns.thread}`);
    assert.ok(turns.inline! <= 1, `event loop turns during an inline commit: ${turns.inline}`);
  } finally {
    cleanup();
  }
});

test('if the writer thread dies mid-transaction the batch is rejected and stores nothing; the next write starts a fresh thread', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'cloud.sqlite');
    const store: SqliteObservationStore = openSqliteStore(path);
    await store.ready();
    const doomed = store.storeBatches([{ gatewayId: 'gw-w', readings: many(200_000, 1000), statuses: [], rejected: 0 }]);
    // The thread is private: reach it as an operator's kill would, from outside the store's API.
    const worker = (store as unknown as { writer: { worker: Worker } }).writer.worker;
    await new Promise((r) => setTimeout(r, 30));
    await worker.terminate();
    await assert.rejects(doomed, (err: Error & { code?: string }) => {
      assert.equal(err.code, 'WX_ERR_STORE');
      assert.match(err.message, /gw-w.*writer thread stopped/);
      return true;
    });
    const [after] = await store.storeBatches([{ gatewayId: 'gw-w', readings: many(10, 2, 'gw-w', 500_000), statuses: [], rejected: 0 }]);
    assert.equal(after!.stored, 10);
    assert.equal((await store.stats()).stored, 10);
    await store.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.prepare('SELECT COUNT(*) FROM readings').pluck().get(), 10);
    db.close();
  } finally {
    cleanup();
  }
});
