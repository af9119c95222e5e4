/**
 * Files of state a program rebuilds as it runs (a station's pending nowcasts, a gateway's fusion
 * memory): a damaged one is set aside and started anew instead of failing every start; a healthy one
 * is left alone, and so is a file that cannot be opened for another reason.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { copyReadableRows, markCorrupt, setAsideIfDamaged } from '../../common/sqlite-salvage.js';
import { PendingNowcasts } from '../../device-agent/nowcasting/pending.js';
import { FusionStateStore } from '../../gateway/fusion-runner/state-store.js';
import { damagePages } from './sqlite-damage.js';
import { testDir } from './temp-dir.js';

function pendingFile(dir: string): string {
  const path = join(dir, 'nowcasts.sqlite');
  const p = PendingNowcasts.open(path, 1000);
  for (let i = 0; i < 200; i++) p.add(new Uint8Array(300).fill(i), i);
  p.close();
  return path;
}

void test('a damaged state file is set aside and a fresh one opens; the healthy one is left alone', () => {
  const dir = testDir('wx-salvage-');
  const path = pendingFile(dir);
  assert.equal(setAsideIfDamaged(path), undefined, 'healthy: nothing done');
  const healthy = PendingNowcasts.open(path, 1000);
  assert.equal(healthy.size, 200);
  healthy.close();

  damagePages(path, [1]);
  assert.throws(() => PendingNowcasts.open(path, 1000), /not a database|malformed/i, 'the damage is real: opening it fails');
  const done = setAsideIfDamaged(path);
  assert.match(done?.reason ?? '', /SQLITE_NOTADB|SQLITE_CORRUPT/);
  assert.ok(existsSync(done!.movedTo), 'kept for the operator');
  const fresh = PendingNowcasts.open(path, 1000);
  assert.equal(fresh.size, 0, 'starts anew');
  fresh.close();
});

void test('a state file marked damaged while running is set aside at the next start, and the fusion memory starts anew', () => {
  const dir = testDir('wx-salvage-');
  const path = join(dir, 'fusion.sqlite');
  const store = new FusionStateStore(path);
  store.saveStation({ id: 'st-1', lat: 40, lon: 116, elevM: 50 });
  store.close();
  markCorrupt(path, Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }));
  assert.match(setAsideIfDamaged(path)?.reason ?? '', /marked corrupt by the last run/);
  assert.equal(existsSync(`${path}.corrupt`), false, 'the marker is gone');
  const again = new FusionStateStore(path);
  assert.deepEqual(again.stations(), []);
  again.close();
  assert.equal(readdirSync(dir).filter((f) => /^fusion\.corrupt-.*\.sqlite$/.test(f)).length, 1);
});

void test('a file that cannot be opened for another reason (a folder in its place) is not set aside', () => {
  const dir = testDir('wx-salvage-');
  const path = join(dir, 'nowcasts.sqlite');
  mkdirSync(path);
  assert.throws(() => setAsideIfDamaged(path), (err: Error & { code?: string }) => err.code !== undefined && !/corrupt/i.test(err.message));
  assert.deepEqual(readdirSync(dir), ['nowcasts.sqlite']);
});

void test('copying readable rows hands them over in chunks, and an error writing the copy (a full disk) is thrown, not taken for damage', () => {
  const dir = testDir('wx-salvage-');
  const path = pendingFile(dir);
  const db = new Database(path);
  try {
    const chunks: number[] = [];
    const copied = copyReadableRows(db, { table: 'pending', columns: ['id', 'payload'], key: 'id', keep: () => true, chunkRows: 64, write: (rows) => chunks.push(rows.length) });
    assert.deepEqual(copied, { rows: 200, maxKey: 200 });
    assert.deepEqual(chunks, [64, 64, 64, 8]);
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    assert.throws(() => copyReadableRows(db, { table: 'pending', columns: ['id'], key: 'id', keep: () => true, chunkRows: 10, write: () => { throw full; } }), /disk is full/);
  } finally {
    db.close();
  }
});
