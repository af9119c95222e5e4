import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { toNumber } from '../../gateway/ingest/validate.js';
import { encodeForwardBatch } from '../../gateway/forward/encode.js';
import { fieldSpans, frameStampedReadings } from '../../gateway/outbox/frame.js';
import { createOutbox } from '../../gateway/outbox/outbox.js';
import { v1 } from '../../protos/index.js';
import { batch, reading, tempDir } from './helpers.js';

void test('a message is one framed row: stamped readings decode from the ForwardBatch, the device values kept, the stamps last-wins', async () => {
  const payload = batch(reading('st-1', 1, { gatewayId: 'forged', gatewayReceivedMs: 5 }), reading('st-1', 2), reading('st-1', 3, { timeMs: 1000 }));
  const spans = fieldSpans(payload, 1);
  assert.equal(spans.length, 3);
  const framed = frameStampedReadings(payload, [{ ...spans[0]!, markSuspect: false }, { ...spans[2]!, markSuspect: true }], 1_700_000_000_123, Buffer.from('gw-a'));
  const box = createOutbox({ path: join(tempDir(), 'o.sqlite'), maxRows: 1000 });
  try {
    box.append([{ kind: 'readings', deviceId: 'st-1', seq: 1, receivedMs: 1, count: 2, payload: framed }]);
    assert.equal(box.depth(), 2, 'depth counts readings, not rows');
    const decoded = v1.ForwardBatch.decode(encodeForwardBatch(7, 'gw-a', box.page(0, { maxEntries: 100, maxBytes: 1 << 20 })));
    assert.equal(toNumber(decoded.batchId), 7);
    assert.deepEqual(decoded.readings.map((r) => [toNumber(r.seq), r.gatewayId, toNumber(r.gatewayReceivedMs), r.clockSuspect]), [
      [1, 'gw-a', 1_700_000_000_123, false],
      [3, 'gw-a', 1_700_000_000_123, true],
    ]);
    assert.equal(decoded.readings[0]!.observations?.length, 2);
    box.deleteRange(0, 100);
    assert.equal(box.depth(), 0);
  } finally {
    await box.close();
  }
  assert.throws(() => fieldSpans(Buffer.from([0x0a, 0x05, 0x01]), 1), RangeError, 'truncated');
});

void test('pages stop at maxEntries without splitting a message; rows of the old one-reading layout are still forwarded', async () => {
  const path = join(tempDir(), 'o.sqlite');
  const old = new Database(path);
  old.exec('CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL, device_id TEXT NOT NULL, seq INTEGER NOT NULL, received_ms INTEGER NOT NULL, payload BLOB NOT NULL)');
  old.prepare('INSERT INTO outbox (kind, device_id, seq, received_ms, payload) VALUES (0, ?, ?, ?, ?)').run('st-1', 9, 1, Buffer.from(v1.Reading.encode(reading('st-1', 9)).finish()));
  old.close();
  const box = createOutbox({ path, maxRows: 1000 });
  try {
    assert.equal(box.depth(), 1);
    for (let m = 0; m < 5; m++) {
      const payload = batch(...[1, 2, 3].map((i) => reading('st-2', m * 3 + i)));
      const spans = fieldSpans(payload, 1).map((s) => ({ ...s, markSuspect: false }));
      box.append([{ kind: 'readings', deviceId: 'st-2', seq: m * 3 + 1, receivedMs: 2, count: 3, payload: frameStampedReadings(payload, spans, 2, Buffer.from('gw')) }]);
    }
    assert.equal(box.depth(), 16);
    const first = box.page(0, { maxEntries: 7, maxBytes: 1 << 20 });
    assert.deepEqual(first.map((r) => r.count), [1, 3, 3]);
    const seqs = v1.ForwardBatch.decode(encodeForwardBatch(1, 'gw', first)).readings.map((r) => toNumber(r.seq));
    assert.deepEqual(seqs, [9, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(box.page(first.at(-1)!.id, { maxEntries: 2, maxBytes: 1 << 20 }).map((r) => r.count), [3], 'the first row always comes');
  } finally {
    await box.close();
  }
});

void test("one append's readings messages are packed into as few stored rows as the row limits allow; statuses stay rows of their own", async () => {
  const box = createOutbox({ path: join(tempDir(), 'o.sqlite'), maxRows: 1000, maxRowEntries: 5 });
  try {
    const message = (seq: number, n: number) => {
      const payload = batch(...Array.from({ length: n }, (_, i) => reading('st-3', seq + i)));
      const spans = fieldSpans(payload, 1).map((s) => ({ ...s, markSuspect: false }));
      return { kind: 'readings' as const, deviceId: 'st-3', seq, receivedMs: 100 + seq, count: n, payload: frameStampedReadings(payload, spans, 100 + seq, Buffer.from('gw')) };
    };
    const status = v1.DeviceStatus.encode({ deviceId: 'st-3', state: 1 }).finish();
    // One turn: 2 + 2 readings fit a row of 5; the next 2 do not; a status breaks the run.
    box.append([message(1, 2), message(3, 2), message(5, 2), { kind: 'status', deviceId: 'st-3', seq: 6, receivedMs: 107, count: 1, payload: status }, message(7, 1)]);
    assert.equal(box.depth(), 8);
    const rows = box.page(0, { maxEntries: 100, maxBytes: 1 << 20 });
    assert.deepEqual(rows.map((r) => [r.kind, r.count, r.receivedMs]), [
      ['readings', 4, 101],
      ['readings', 2, 105],
      ['status', 1, 107],
      ['readings', 1, 107],
    ]);
    const decoded = v1.ForwardBatch.decode(encodeForwardBatch(1, 'gw', rows));
    assert.deepEqual(decoded.readings.map((r) => toNumber(r.seq)), [1, 2, 3, 4, 5, 6, 7], 'every reading, in order');
    assert.equal(decoded.statuses.length, 1);
    assert.equal(box.oldestReceivedMs(), 101);
    box.deleteRange(rows[0]!.id, rows[0]!.id);
    assert.equal(box.depth(), 4, 'an acknowledged row takes all its readings');
  } finally {
    await box.close();
  }
});
