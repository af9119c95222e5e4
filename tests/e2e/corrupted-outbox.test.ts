/**
 * A station whose outbox file is destroyed by a power cut (garbage over every page: an SD card that
 * lied about its flushes) comes back by itself, and the hub stores what it measures next. Before,
 * it exited at every start; and a fresh outbox counting from seq 1 again would have had each new
 * reading dropped at the hub as a duplicate of an old one (the hub is idempotent on device + seq).
 * Real processes: a cloud hub, a gateway and a replay agent.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SEQ_FLOOR_STEP } from '../../device-agent/outbox/seq-floor.js';
import { destroyFile } from '../common/sqlite-damage.js';
import { createStack } from './stack.js';

const FIRST_RUN = 60;
const SECOND_RUN = 40;

test('a station whose outbox was destroyed starts again by itself, and the hub stores its new readings rather than dropping them as duplicates', { timeout: 120_000 }, async (t) => {
  let maxReadings = FIRST_RUN;
  const stack = await createStack({ stations: ['dongsi'], speedup: 36_000, maxReadings: () => maxReadings, prefix: 'wx-corrupt-' });
  try {
    await stack.start('cloud');
    await stack.start('gateway');
    const first = await stack.start('dongsi');
    assert.ok(((await stack.waitForStored(FIRST_RUN, 60_000))?.readingsStored ?? 0) >= FIRST_RUN, 'the first run stored');
    await first.kill(); // the power cut

    // The file and its WAL: with the WAL intact SQLite would read the newest pages from it.
    for (const f of ['outbox.sqlite', 'outbox.sqlite-wal']) {
      const path = join(stack.agentDir('dongsi'), f);
      if (existsSync(path)) destroyFile(path);
    }
    maxReadings = SEQ_FLOOR_STEP + SECOND_RUN; // --max-readings counts seqs
    const second = await stack.start('dongsi');
    const stats = await stack.waitForStored(FIRST_RUN + SECOND_RUN, 60_000);
    assert.ok(stats, 'the hub answers');
    assert.ok(second.child.exitCode === null, 'the station is still running');

    const db = new Database(stack.cloudDbPath(), { readonly: true, fileMustExist: true });
    try {
      const seqs = (db.prepare('SELECT r.seq AS seq FROM readings r JOIN stations st ON st.id = r.station_id WHERE st.device_id = ? ORDER BY r.seq').all('dongsi') as { seq: number }[]).map((r) => r.seq);
      const expected = [...Array.from({ length: FIRST_RUN }, (_, i) => i + 1), ...Array.from({ length: SECOND_RUN }, (_, i) => SEQ_FLOOR_STEP + 1 + i)];
      assert.deepEqual(seqs, expected, 'the old readings once each, the new ones above the recorded floor');
    } finally {
      db.close();
    }
    assert.equal(stats.duplicatesDropped, 0, 'no new reading taken for an old one');
    assert.equal(stats.readingsStored, FIRST_RUN + SECOND_RUN);
    assert.ok(stack.logs.some((l) => l.includes('outbox was corrupted')), 'the station logged what it did');
    // And the central dashboard sees it, from the station's status.
    const station = (await (await fetch(`http://127.0.0.1:${stack.httpPort}/api/v1/stations/dongsi`)).json()) as { details: Record<string, string> | null };
    assert.match(station.details?.outboxRecovered ?? '', /^outbox\.corrupt-.*\.sqlite: 0 unsent readings carried over, seqs from 10001 \(floor\)$/);
  } catch (err) {
    t.diagnostic(stack.logs.slice(-60).join('\n'));
    throw err;
  } finally {
    await stack.stopAll();
  }
});
