import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { silentLogger } from '../../common/logger.js';
import { createOutbox, type Outbox } from '../../gateway/outbox/outbox.js';
import { openThreadedOutbox } from '../../gateway/outbox/outbox-thread.js';
import { outboxMessage, pageAll, seqsOfRows, tempDir, whenDurable } from './helpers.js';

const message = outboxMessage;

const appended = (box: Outbox): Promise<void> => new Promise((resolve) => box.onAppend(resolve));
const seqsOf = (box: Outbox): number[] => seqsOfRows(pageAll(box));

void test('the threaded outbox stores what the inline one stores: rows paged at once, durable in order, deletes counted', async () => {
  const dir = tempDir();
  const box = await openThreadedOutbox({ path: join(dir, 'outbox.sqlite'), maxRows: 1000 }, silentLogger());
  try {
    const committed = appended(box);
    box.append([message(1), message(2, 3)]);
    assert.equal(box.depth(), 4, 'counted when handed over, so the bound holds at once');
    assert.deepEqual(seqsOf(box), [1, 2, 3, 4], 'pageable at once, from memory, before the writer stored them');
    const first = whenDurable(box);
    box.append([message(5)]);
    const second = whenDurable(box);
    await committed;
    assert.equal(await first, null);
    assert.equal(await second, null);
    assert.deepEqual(seqsOf(box), [1, 2, 3, 4, 5], 'once stored, from the table: each row once');
    box.append([message(6)]);
    assert.deepEqual(seqsOf(box), [1, 2, 3, 4, 5, 6], 'stored rows, then the ones still in memory, each once');
    await whenDurable(box);
    const rows = box.page(0, { maxEntries: 100, maxBytes: 1 << 20 });
    const deleted = new Promise<void>((resolve) => box.onDelete(resolve));
    box.deleteRange(rows[0]!.id, rows[0]!.id);
    await deleted;
    assert.equal(box.depth(), 2);
    assert.deepEqual(seqsOf(box), [5, 6]);
  } finally {
    await box.close();
  }
  // What the writer thread made durable is there for the next start, inline or threaded.
  const inline = createOutbox({ path: join(dir, 'outbox.sqlite'), maxRows: 1000 });
  try {
    assert.equal(inline.depth(), 2);
    assert.deepEqual(seqsOf(inline), [5, 6]);
    // Ids keep rising across restarts, deleted rows included: the forwarder's cursor relies on it.
    const before = inline.page(0, { maxEntries: 100, maxBytes: 1 << 20 }).at(-1)!.id;
    inline.append([message(7)]);
    assert.ok(inline.page(before, { maxEntries: 100, maxBytes: 1 << 20 })[0]!.id > before);
  } finally {
    await inline.close();
  }
});

void test('the threaded outbox refuses an append beyond its bound at once, and what is appended before close is durable after it', async () => {
  const dir = tempDir();
  const box = await openThreadedOutbox({ path: join(dir, 'outbox.sqlite'), maxRows: 10 }, silentLogger());
  box.append([message(1, 8)]);
  assert.throws(() => box.append([message(9, 3)]), (err: Error & { code?: string }) => err.code === 'WX_ERR_OUTBOX_FULL');
  box.append([message(9, 2)]);
  const last = whenDurable(box);
  await box.close();
  assert.equal(await last, null, 'close waits for the sync of what was handed over');
  assert.throws(() => box.append([message(20)]), /closing/);
  const again = await openThreadedOutbox({ path: join(dir, 'outbox.sqlite'), maxRows: 10 }, silentLogger());
  try {
    assert.equal(again.depth(), 10);
  } finally {
    await again.close();
  }
});

void test('if the writer thread dies, nothing it had not made durable is acknowledged and later appends are refused', async () => {
  let fatal!: () => void;
  const toldOwner = new Promise<void>((resolve) => (fatal = resolve));
  const box = await openThreadedOutbox({ path: join(tempDir(), 'outbox.sqlite'), maxRows: 1000, onFatal: () => fatal() }, silentLogger());
  // Reach the private thread as an operator's kill would, from outside the outbox's API.
  const { Worker } = await import('node:worker_threads');
  const threads: InstanceType<typeof Worker>[] = [];
  const original = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: InstanceType<typeof Worker>, ...args: Parameters<typeof original>) {
    threads.push(this);
    return original.apply(this, args);
  };
  try {
    box.append([message(1)]);
  } finally {
    Worker.prototype.postMessage = original;
  }
  const pending = whenDurable(box);
  await threads[0]!.terminate();
  const err = await pending;
  // Either the sync won the race (null) or the death did; never a hang. Afterwards, refusal.
  if (err) assert.match(err.message, /writer thread stopped/);
  await toldOwner; // the thread's exit seen, however busy the machine
  assert.throws(() => box.append([message(2)]), /writer thread stopped/);
  assert.match(String(await whenDurable(box)), /writer thread stopped/);
  await box.close();
});

void test('a delete the disk refused (another program held the file locked) is tried again, so the depth comes back down', { timeout: 30_000 }, async () => {
  const dir = tempDir();
  const path = join(dir, 'outbox.sqlite');
  const box = await openThreadedOutbox({ path, maxRows: 1000 }, silentLogger());
  const locker = new Database(path);
  try {
    box.append([message(1), message(2), message(3)]);
    await whenDurable(box);
    const rows = box.page(0, { maxEntries: 100, maxBytes: 1 << 20 });
    locker.pragma('busy_timeout = 0');
    locker.exec('BEGIN IMMEDIATE'); // holds the write lock past the writer's 5 s busy timeout
    box.deleteRange(rows[0]!.id, rows.at(-1)!.id);
    await new Promise((r) => setTimeout(r, 6000));
    assert.equal(box.depth(), 3, 'the delete failed: the rows are still counted');
    locker.exec('ROLLBACK');
    const deleted = new Promise<void>((resolve) => box.onDelete(resolve));
    await deleted;
    assert.equal(box.depth(), 0, 'tried again once the lock was gone: nothing left counted');
    assert.deepEqual(seqsOf(box), []);
  } finally {
    if (locker.inTransaction) locker.exec('ROLLBACK');
    locker.close();
    await box.close();
  }
});
