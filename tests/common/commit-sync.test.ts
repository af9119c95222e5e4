import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createCommitSync, type SyncCallback } from '../../common/commit-sync.js';
import { openDatabase } from '../../common/sqlite.js';

/** A WAL-mode database with a table and one commit, and a hand-driven fdatasync. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'wx-commit-sync-'));
  const path = join(dir, 'db.sqlite');
  const db = openDatabase(path, { synchronous: 'NORMAL' });
  db.exec('CREATE TABLE t (x INTEGER)');
  const held: ((err: NodeJS.ErrnoException | null) => void)[] = [];
  const synced: number[] = [];
  const sync = createCommitSync(path, 'FULL', {
    fdatasync: (_fd, cb) => held.push(cb),
    onSynced: (s) => synced.push(s),
  });
  const order: string[] = [];
  const mark = (name: string): SyncCallback => (err) => order.push(err ? `${name}:${err.message}` : name);
  return {
    path,
    db,
    sync,
    held,
    synced,
    order,
    mark,
    done() {
      sync.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

void test('nothing is acknowledged before the fsync returns; callers during an fsync share the next one, in order', () => {
  const f = fixture();
  try {
    assert.ok(existsSync(`${f.path}-wal`), 'the WAL file it syncs');
    f.db.prepare('INSERT INTO t VALUES (1)').run();
    f.sync.afterCommit(f.mark('a'));
    assert.equal(f.held.length, 1, 'one fsync started');
    f.db.prepare('INSERT INTO t VALUES (2)').run();
    f.sync.afterCommit(f.mark('b'));
    f.sync.afterCommit(f.mark('c'));
    assert.equal(f.held.length, 1, 'no second fsync while the first runs');
    assert.deepEqual(f.order, [], 'no callback before its fsync');
    f.held[0]!(null);
    assert.deepEqual(f.order, ['a'], 'b and c were committed after the first fsync began: they wait for the next');
    assert.equal(f.held.length, 2, 'one fsync for b and c together');
    f.held[1]!(null);
    assert.deepEqual(f.order, ['a', 'b', 'c']);
    assert.equal(f.synced.length, 2);
  } finally {
    f.done();
  }
});

void test('a failed fsync fails its commits and every later one: nothing more is acknowledged', () => {
  const f = fixture();
  try {
    f.sync.afterCommit(f.mark('a'));
    f.sync.afterCommit(f.mark('b'));
    f.held[0]!(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    assert.equal(f.held.length, 1, 'no retry after a failure');
    f.sync.afterCommit(f.mark('c'));
    assert.equal(f.held.length, 1);
    assert.equal(f.order.length, 3);
    for (const o of f.order) assert.match(o, /^[abc]:fsync of the SQLite WAL failed: EIO/);
    assert.equal(f.synced.length, 0, 'failed fsyncs are not timed as syncs');
  } finally {
    f.done();
  }
});

void test('close waits for the fsync in flight; later callers are refused', () => {
  const f = fixture();
  try {
    f.sync.afterCommit(f.mark('a'));
    f.sync.afterCommit(f.mark('b'));
    f.sync.close();
    f.sync.afterCommit(f.mark('c'));
    assert.deepEqual(f.order, ['c:commit sync is closed']);
    f.held[0]!(null);
    assert.deepEqual(f.order, ['c:commit sync is closed', 'a', 'b:commit sync is closed']);
  } finally {
    f.done();
  }
});

void test('a caller may close the sync from its own callback (a store closing after its last commit)', () => {
  const f = fixture();
  try {
    f.sync.afterCommit(f.mark('a'));
    f.sync.afterCommit(() => f.sync.close());
    f.sync.afterCommit(f.mark('b'));
    f.held[0]!(null);
    assert.equal(f.held.length, 2, 'b waits for the next fsync');
    f.sync.afterCommit(() => f.sync.close());
    f.sync.afterCommit(f.mark('c'));
    assert.doesNotThrow(() => f.held[1]!(null), 'the WAL fd is closed once');
    assert.deepEqual(f.order, ['a', 'b', 'c:commit sync is closed'], 'what came after close is refused');
    assert.equal(f.held.length, 2);
  } finally {
    f.done();
  }
});

void test('with the real fdatasync a commit is acknowledged asynchronously; NORMAL acknowledges at once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-commit-sync-'));
  const path = join(dir, 'db.sqlite');
  const db = openDatabase(path, { synchronous: 'NORMAL' });
  try {
    db.exec('CREATE TABLE t (x INTEGER)');
    const full = createCommitSync(path, 'FULL');
    let called = false;
    const done = new Promise<Error | null>((resolve) =>
      full.afterCommit((err) => {
        called = true;
        resolve(err);
      }),
    );
    assert.equal(called, false, 'the fsync runs on the thread pool, not inline');
    assert.equal(await done, null);
    full.close();
    const normal = createCommitSync(path, 'NORMAL');
    let err: Error | null | undefined;
    normal.afterCommit((e) => (err = e));
    assert.equal(err, null);
    normal.close();
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
