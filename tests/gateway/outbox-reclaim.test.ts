import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { silentLogger } from '../../common/logger.js';
import { bytesOnDisk, MIB, type Reclaimed } from '../../common/sqlite-space.js';
import { createOutbox, type NewRow, type Outbox, type OutboxRow } from '../../gateway/outbox/outbox.js';
import { openThreadedOutbox } from '../../gateway/outbox/outbox-thread.js';
import { outboxMessage, pageAll, seqsOfRows, tempDir, whenDurable } from './helpers.js';

const READINGS_PER_MESSAGE = 10;

const message = (seq: number): NewRow => outboxMessage(seq, READINGS_PER_MESSAGE);

const deleted = (box: Outbox): Promise<void> => new Promise((resolve) => box.onDelete(resolve));

/** A backlog of `messages` messages, durable: about 0.85 MB per 1,000 messages of 10 readings. */
async function fill(box: Outbox, messages: number): Promise<void> {
  for (let m = 0; m < messages; m += 500) {
    box.append(Array.from({ length: 500 }, (_, i) => message(1 + (m + i) * READINGS_PER_MESSAGE)));
  }
  assert.equal(await whenDurable(box), null);
}

void test('once a backlog has drained, the outbox file gives its free pages back to the disk; ids, order and the rest survive', async () => {
  const dir = tempDir();
  const path = join(dir, 'outbox.sqlite');
  const reclaims: Reclaimed[] = [];
  const options = { path, maxRows: 1_000_000, reclaim: { minFreeBytes: 2 * MIB, maxLiveBytes: MIB / 2 }, onReclaimed: (r: Reclaimed) => reclaims.push(r) };
  const box = await openThreadedOutbox(options, silentLogger());
  let lastId: number;
  let newest: OutboxRow;
  try {
    await fill(box, 10_000);
    assert.ok(bytesOnDisk(path) > 6 * MIB, `the backlog takes ${bytesOnDisk(path)} bytes`);

    // Half the backlog acknowledged: lots free, but too much still live to copy. Nothing happens.
    const rows = pageAll(box);
    const half = rows[rows.length / 2]!.id;
    let gone = deleted(box);
    box.deleteRange(rows[0]!.id, half);
    await gone;
    assert.equal(reclaims.length, 0, 'half the backlog is still live: no VACUUM');

    // All but the newest message acknowledged: the file shrinks to about what is live.
    newest = rows.at(-1)!;
    gone = deleted(box);
    box.deleteRange(half + 1, newest.id - 1);
    await gone;
    for (let i = 0; i < 100 && reclaims.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(reclaims.length, 1, 'reclaimed once the backlog had drained');
    assert.ok(reclaims[0]!.before.fileBytes > 6 * MIB && reclaims[0]!.after.fileBytes < MIB / 4, JSON.stringify(reclaims[0]));
    assert.ok(statSync(path).size < MIB / 4, `database file ${statSync(path).size} bytes after the reclaim`);
    assert.ok(bytesOnDisk(path) < 17 * MIB, 'the WAL is cut back too');

    assert.equal(box.depth(), newest.count);
    const left = pageAll(box);
    assert.deepEqual(left.map((r) => r.id), [newest.id], 'the unacknowledged row keeps its id');
    assert.deepEqual(seqsOfRows(left), seqsOfRows([newest]));
    // Ids keep rising after the VACUUM: the forwarder's cursor relies on it.
    box.append([message(1_000_001)]);
    assert.equal(await whenDurable(box), null);
    lastId = pageAll(box).at(-1)!.id;
    assert.equal(lastId, newest.id + 1);
  } finally {
    await box.close();
  }
  // And on the next start.
  const reopened = createOutbox({ path, maxRows: 1_000_000 });
  try {
    assert.equal(reopened.depth(), newest.count + READINGS_PER_MESSAGE);
    reopened.append([message(2_000_001)]);
    assert.ok(reopened.page(lastId, { maxEntries: 100, maxBytes: 1 << 20 })[0]!.id > lastId);
  } finally {
    await reopened.close();
  }
});

void test('the inline outbox reclaims the same way, and not at all without a policy', async () => {
  for (const reclaim of [undefined, { minFreeBytes: 2 * MIB, maxLiveBytes: MIB / 2 }]) {
    const path = join(tempDir(), 'outbox.sqlite');
    const box = createOutbox({ path, maxRows: 1_000_000, ...(reclaim ? { reclaim } : {}) });
    try {
      await fill(box, 5_000);
      const rows = pageAll(box);
      box.deleteRange(rows[0]!.id, rows.at(-1)!.id);
      assert.equal(box.depth(), 0);
      const size = bytesOnDisk(path);
      if (reclaim) assert.ok(size < MIB / 4, `reclaimed to ${size} bytes`);
      else assert.ok(size > 3 * MIB, `no policy: the files keep their ${size} bytes`);
    } finally {
      await box.close();
    }
  }
});
