import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { isWxError } from '../../common/errors.js';
import type { Reclaimed } from '../../common/sqlite-space.js';
import { QC_TESTS } from '../../common/variables.js';
import { Outbox, type OutboxFullEvent, type OutboxOptions } from '../../device-agent/outbox/outbox.js';
import { encodeBatch } from '../../device-agent/outbox/reading.js';
import { createQcEngine, defaultQcConfig } from '../../device-agent/qc/index.js';
import { v1 } from '../../protos/index.js';
import { tempDir } from './helpers.js';

const base: OutboxOptions = { deviceId: 'st1', maxReadings: 1000, onFull: 'drop-oldest', historyMaxAgeMs: 7 * 86_400_000 };
const HOUR = 3_600_000;
const T0 = Date.UTC(2016, 0, 1);

function reading(i: number, extra: Partial<{ clockSuspect: boolean }> = {}) {
  return { timeMs: T0 + i * HOUR, clockSynced: true, clockSuspect: extra.clockSuspect ?? false, values: { temperature: i, pressure: NaN } };
}

function outcome(seq: number, timeMs: number) {
  return { seq, timeMs, clockSuspect: false, variables: { temperature: { value: 1, flag: 2, tests: QC_TESTS.step }, pressure: { value: NaN, flag: 4, tests: 0 } } };
}

test('seq is monotonic, persisted with the cursor, and never reused after reopen or full drain', () => {
  const path = join(tempDir(), 'outbox.sqlite');
  let box = Outbox.open(path, base);
  const seqs = [0, 1, 2].map((i) => box.append(reading(i), `c${i}`));
  assert.deepEqual(seqs, [1, 2, 3]);
  assert.equal(box.cursor, 'c2');
  box.decide(seqs.map((s, i) => outcome(s, T0 + i * HOUR)));
  assert.equal(box.ack(seqs), 3);
  assert.equal(box.depth, 0);
  box.close();
  box = Outbox.open(path, base);
  assert.equal(box.lastSeq, 3, 'counter survives an empty outbox');
  assert.equal(box.cursor, 'c2');
  assert.equal(box.append(reading(3), 'c3'), 4);
  box.close();
  assert.throws(() => Outbox.open(path, { ...base, deviceId: 'other' }), /belongs to device st1/);
});

test('a reading is held until QC decides it, then publishable as an encoded Reading with flags', () => {
  const box = Outbox.open(join(tempDir(), 'o.sqlite'), base);
  const s1 = box.append(reading(0, { clockSuspect: true }), 'a');
  assert.equal(box.readyRows('oldest', 10, new Set()).length, 0, 'held rows are not publishable');
  assert.deepEqual(box.held().map((h) => h.seq), [s1]);
  assert.ok(Number.isNaN(box.held()[0]!.values.pressure!), 'NaN survives storage');
  assert.equal(box.decide([outcome(s1, T0)]), 1);
  assert.equal(box.decide([outcome(s1, T0)]), 0, 'a second outcome for the same seq is ignored');
  const rows = box.readyRows('oldest', 10, new Set());
  assert.equal(rows.length, 1);
  const batch = v1.ReadingBatch.decode(encodeBatch(rows.map((r) => r.payload)));
  const r = batch.readings[0]!;
  assert.equal(r.deviceId, 'st1');
  assert.equal(Number(r.seq), s1);
  assert.equal(Number(r.timeMs), T0);
  assert.equal(r.clockSuspect, true, 'clock_suspect reaches the wire');
  const t = r.observations!.find((o) => o.variable === v1.Variable.TEMPERATURE)!;
  assert.equal(t.flag, v1.QcFlag.QC_SUSPECT);
  assert.equal(t.qcTests, QC_TESTS.step | QC_TESTS.clock);
  const p = r.observations!.find((o) => o.variable === v1.Variable.PRESSURE)!;
  assert.ok(Number.isNaN(p.value!));
  assert.equal(p.flag, v1.QcFlag.QC_MISSING);
  box.close();
});

test('drop-oldest at the bound: each dropped reading is an event, the newest are kept', () => {
  const events: OutboxFullEvent[] = [];
  const box = Outbox.open(join(tempDir(), 'o.sqlite'), { ...base, maxReadings: 100, onFull: 'drop-oldest', onFullEvent: (e) => events.push(e) });
  for (let i = 0; i < 105; i++) box.append(reading(i), String(i));
  assert.equal(box.depth, 100);
  assert.deepEqual(events.map((e) => e.seq), [1, 2, 3, 4, 5]);
  assert.ok(events.every((e) => e.action === 'dropped'));
  assert.equal(box.oldest()!.seq, 6);
  assert.equal(box.lastSeq, 105);
  box.close();
});

test('stop-sampling at the bound refuses with WX_ERR_OUTBOX_FULL and resumes after acks', () => {
  const events: OutboxFullEvent[] = [];
  const box = Outbox.open(join(tempDir(), 'o.sqlite'), { ...base, maxReadings: 100, onFull: 'stop-sampling', onFullEvent: (e) => events.push(e) });
  for (let i = 0; i < 100; i++) box.append(reading(i), String(i));
  assert.equal(box.hasRoom(), false);
  assert.throws(() => box.append(reading(100), '100'), (err) => isWxError(err, 'WX_ERR_OUTBOX_FULL'));
  assert.equal(events.length, 1);
  assert.equal(box.cursor, '99', 'a refused reading does not move the cursor');
  assert.equal(box.lastSeq, 100);
  box.decide([outcome(1, T0)]);
  box.ack([1]);
  assert.equal(box.hasRoom(), true);
  assert.equal(box.append(reading(100), '100'), 101);
  box.close();
});

test('newest/oldest selection skips in-flight rows; depth and oldest age are exposed', () => {
  let now = 1_000;
  const box = Outbox.open(join(tempDir(), 'o.sqlite'), { ...base, now: () => now });
  for (let i = 0; i < 10; i++) {
    const s = box.append(reading(i), String(i));
    box.decide([outcome(s, T0 + i * HOUR)]);
    now += 1000;
  }
  assert.deepEqual(box.readyRows('oldest', 3, new Set([1, 2])).map((r) => r.seq), [3, 4, 5]);
  assert.deepEqual(box.readyRows('newest', 3, new Set([10])).map((r) => r.seq), [7, 8, 9]);
  assert.deepEqual(box.oldest(), { seq: 1, timeMs: T0, storedMs: 1_000 });
  box.close();
});

test('history keeps decided readings for QC priming, pruned to historyMaxAgeMs of data time', () => {
  const path = join(tempDir(), 'o.sqlite');
  const box = Outbox.open(path, { ...base, historyMaxAgeMs: 24 * HOUR, maxReadings: 10_000 });
  const qc = createQcEngine(defaultQcConfig(), HOUR);
  for (let i = 0; i < 300; i++) {
    const s = box.append(reading(i), String(i));
    box.decide(qc.push({ seq: s, timeMs: T0 + i * HOUR, clockSynced: true, values: { temperature: i } }, Date.now()));
  }
  const h = box.history();
  assert.equal(h.at(-1)!.seq, 299, 'the last held reading (300) is not decided yet');
  assert.equal(h[0]!.seq, 299 - 24);
  assert.ok(h.every((x, i) => i === 0 || x.seq === h[i - 1]!.seq + 1));
  box.close();
});

test('flagged history read cycle after cycle (served from a cache) equals a fresh read of the file, also with late readings', () => {
  const path = join(tempDir(), 'o.sqlite');
  const box = Outbox.open(path, base);
  const span = 10 * HOUR;
  const fresh = () => {
    const other = Outbox.open(path, base);
    const rows = other.flaggedHistory(span);
    other.close();
    return rows;
  };
  // Hours 0..39 in order, with hour 25 decided late (after 26..29): the cache must not misorder it.
  const order = [...Array.from({ length: 25 }, (_, i) => i), 26, 27, 28, 29, 25, ...Array.from({ length: 10 }, (_, i) => 30 + i)];
  const seqOf = new Map<number, number>();
  for (const h of order) seqOf.set(h, box.append(reading(h), String(h)));
  let checked = 0;
  for (const h of order) {
    box.decide([outcome(seqOf.get(h)!, T0 + h * HOUR)]);
    if (h % 3 === 0 || h === 25) {
      const got = box.flaggedHistory(span);
      assert.deepEqual(got, fresh(), `after deciding hour ${h}`);
      assert.ok(got.every((r, i) => i === 0 || r.timeMs >= got[i - 1]!.timeMs), 'oldest first');
      checked++;
    }
  }
  assert.ok(checked > 10);
  const last = box.flaggedHistory(span);
  assert.equal(last.length, 11, 'hours 29..39: the span and its newest end');
  last.pop(); // a caller's change to its copy does not reach the cache
  assert.equal(box.flaggedHistory(span).length, 11);
  box.close();
});

test('once a backlog has been acknowledged, the outbox file gives its free pages back; seq, cursor and history carry on', () => {
  const path = join(tempDir(), 'outbox.sqlite');
  const reclaims: (Reclaimed | Error)[] = [];
  const options = { ...base, maxReadings: 100_000, historyMaxAgeMs: 24 * HOUR, reclaim: { minFreeBytes: 256 * 1024, maxLiveBytes: 64 * 1024 }, onReclaim: (r: Reclaimed | Error) => reclaims.push(r) };
  const box = Outbox.open(path, options);
  const seqs = Array.from({ length: 3000 }, (_, i) => box.append(reading(i), `c${i}`));
  box.decide(seqs.map((s, i) => outcome(s, T0 + i * HOUR)));
  const full = box.fileBytes();
  assert.ok(full > 512 * 1024, `the backlog takes ${full} bytes`);

  box.ack(seqs.slice(0, 1500));
  assert.equal(reclaims.length, 0, 'half the backlog is still live: no VACUUM');

  box.ack(seqs.slice(1500, -1));
  assert.equal(reclaims.length, 1);
  assert.ok(!(reclaims[0] instanceof Error), String(reclaims[0]));
  assert.ok(box.fileBytes() < 128 * 1024, `${box.fileBytes()} bytes after the reclaim (${full} before)`);
  assert.equal(box.depth, 1);
  assert.deepEqual(box.readyRows('oldest', 10, new Set()).map((r) => r.seq), [seqs.at(-1)]);
  assert.equal(box.history().length, 25, 'the last day of decided readings is kept for QC');
  assert.equal(box.cursor, 'c2999');
  assert.equal(box.append(reading(3000), 'c3000'), 3001);
  box.close();
});
