import assert from 'node:assert/strict';
import { test } from 'node:test';
import $protobuf from 'protobufjs/minimal.js'; // its Writer, for bytes no gateway would send
import { isValidId } from '../../common/topics.js';
import { QC_FLAGS, variableFromProto } from '../../common/variables.js';
import { decodeReadings } from '../../cloud/ingest/decode-readings.js';
import { decodeForwardBatch } from '../../cloud/ingest/forward-batch.js';
import { ReadingRows, ROW_WIDTH } from '../../cloud/store/reading-rows.js';
import type { ReadingRecord } from '../../cloud/store/types.js';
import { v1, type DeviceStatus, type ReadingProps, type SpatialQc } from '../../protos/index.js';

const CTX = { gatewayId: 'gw-a', strict: true, cloudReceivedMs: 1_700_000_000_500 };

/**
 * The oracle: the hub's rules as they were applied to protobufjs objects before readings were
 * decoded straight into rows (validateReading over v1.ForwardBatch.decode), compactly.
 */
function oldRules(r: ReadingProps, ctx: typeof CTX): { record: ReadingRecord } | { reason: string } {
  const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
  const deviceId = r.deviceId ?? '';
  if (!isValidId(deviceId)) return { reason: 'device_id' };
  const seq = n(r.seq);
  if (!Number.isSafeInteger(seq) || seq <= 0) return { reason: 'seq' };
  const timeMs = n(r.timeMs);
  if (!Number.isSafeInteger(timeMs) || timeMs === 0 || Math.abs(timeMs) > 8.64e15) return { reason: 'time' };
  const gatewayId = r.gatewayId || ctx.gatewayId;
  if ((ctx.strict && gatewayId !== ctx.gatewayId) || !isValidId(gatewayId)) return { reason: 'gateway_id' };
  const observations = r.observations ?? [];
  if (observations.length === 0) return { reason: 'no_observations' };
  const values: ReadingRecord['values'] = {};
  for (const o of observations) {
    const name = variableFromProto(o.variable ?? 0);
    if (name === undefined) return { reason: 'variable' };
    if (values[name]) return { reason: 'duplicate_variable' };
    const value = o.value ?? Number.NaN;
    if (value === Infinity || value === -Infinity) return { reason: 'value' };
    const flag = o.flag ?? 0;
    if (flag < 0 || flag > QC_FLAGS.missing) return { reason: 'flag' };
    values[name] = { value: Number.isNaN(value) ? null : value, flag, tests: (o.qcTests ?? 0) >>> 0 };
  }
  const received = n(r.gatewayReceivedMs);
  return {
    record: {
      deviceId,
      seq,
      timeMs,
      clockSynced: r.clockSynced === true,
      clockSuspect: r.clockSuspect === true,
      gatewayReceivedMs: Number.isSafeInteger(received) && received !== 0 ? received : null,
      cloudReceivedMs: ctx.cloudReceivedMs,
      gatewayId,
      values,
    },
  };
}

/** [readings kept as records, reasons of the rejected] by the new path, or 'malformed' batch. */
function decodeNew(batch: Uint8Array): { records: ReadingRecord[]; reasons: string[] } {
  const b = decodeForwardBatch(Buffer.from(batch));
  const { rows, rejections } = decodeReadings(b.source, b.readingSpans, CTX);
  return { records: rows.records(), reasons: rejections.map((r) => r.reason) };
}

function decodeOld(batch: Uint8Array): { records: ReadingRecord[]; reasons: string[] } {
  const records: ReadingRecord[] = [];
  const reasons: string[] = [];
  for (const r of v1.ForwardBatch.decode(batch).readings) {
    const v = oldRules(r, CTX);
    if ('record' in v) records.push(v.record);
    else reasons.push(v.reason);
  }
  return { records, reasons };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A reading that breaks any rule now and then, or (`valid`) one that the hub keeps. */
function randomReading(rand: () => number, valid = false): Uint8Array {
  const pick = <T>(xs: readonly T[]): T => (valid ? xs[Math.floor(rand() * Math.min(xs.length, 3))]! : xs[Math.floor(rand() * xs.length)]!);
  const observations = [];
  const count = valid ? 1 + Math.floor(rand() * 7) : pick([0, 1, 3, 7, 7, 7, 8]);
  for (let i = 0; i < count; i++) {
    observations.push({
      variable: valid ? 1 + i : pick([1, 2, 3, 4, 5, 6, 7, 1 + i, 1 + i, 1 + i, 0, 9, -1]),
      value: valid ? pick([Number.NaN, rand() * 100, -rand()]) : pick([12.5, -3, 0, 1013.2, Number.NaN, Infinity, -Infinity, rand() * 100]),
      flag: pick([0, 1, 1, 1, 2, 3, 4, 5, -2]),
      qcTests: pick([0, 0, 4, 0xffffffff]),
    });
  }
  const w = v1.Reading.encode({
    deviceId: pick(['st-1', 'st-2', 'st-2', '', 'bad id', 'x'.repeat(65)]),
    seq: pick([1, 2 ** 40, 3, 7, 0, 2 ** 60]),
    timeMs: pick([1_700_000_000_000, 1_700_000_060_000, 86_400_000, 0, -5, 9e15]),
    clockSynced: rand() < 0.7,
    clockSuspect: rand() < 0.2,
    observations,
    gatewayReceivedMs: pick([0, 1_700_000_000_123]),
    gatewayId: pick(['', 'gw-a', '', 'gw-b']),
  });
  // What a gateway does (append its stamp: last value wins), and what no one should (unknown and
  // mistyped fields, which the generated decoder skips).
  if (rand() < 0.3) w.uint32((8 << 3) | 2).string('gw-a').uint32((5 << 3) | 0).bool(true);
  if (rand() < 0.1) w.uint32((2 << 3) | 0).uint64(valid ? 5 : pick([5, 0]));
  if (rand() < 0.1) w.uint32((12 << 3) | 2).bytes(Buffer.from('extra'));
  if (rand() < 0.1) w.uint32((3 << 3) | 2).bytes(Buffer.from('mistyped'));
  return w.finish();
}

function batchOf(readings: Uint8Array[]): Uint8Array {
  const w = $protobuf.Writer.create().uint32((1 << 3) | 0).uint64(9).uint32((2 << 3) | 2).string('gw-a');
  for (const r of readings) w.uint32((3 << 3) | 2).bytes(r);
  return w.finish();
}

test('readings decoded straight into rows keep and reject exactly what protobufjs objects and the old rules did', () => {
  const rand = rng(20261123);
  const seen = new Map<string, number>();
  for (let round = 0; round < 300; round++) {
    const batch = batchOf(Array.from({ length: 20 }, () => randomReading(rand)));
    const now = decodeNew(batch);
    const before = decodeOld(batch);
    assert.deepEqual(now, before, `round ${round}`);
    for (const r of now.reasons) seen.set(r, (seen.get(r) ?? 0) + 1);
    seen.set('kept', (seen.get('kept') ?? 0) + now.records.length);
  }
  // The generator reaches every outcome, so the comparison covers each rule.
  for (const outcome of ['kept', 'device_id', 'seq', 'time', 'gateway_id', 'no_observations', 'variable', 'duplicate_variable', 'value', 'flag']) {
    assert.ok((seen.get(outcome) ?? 0) >= 10, `${outcome}: ${seen.get(outcome) ?? 0}`);
  }
});

test('a reading whose bytes cannot be decoded is rejected alone as malformed; the rest of the batch is kept', () => {
  const good = v1.Reading.encode({ deviceId: 'st-1', seq: 4, timeMs: 1_700_000_000_000, observations: [{ variable: 1, value: 20, flag: 1 }] }).finish();
  const truncated = good.subarray(0, good.length - 3);
  const runaway = Buffer.concat([Buffer.from(good), Buffer.from([(1 << 3) | 2, 40, 0x61])]); // device_id says 40 bytes, has 1
  const { rows, rejections } = (() => {
    const b = decodeForwardBatch(Buffer.from(batchOf([good, truncated, runaway, good])));
    return decodeReadings(b.source, b.readingSpans, CTX);
  })();
  assert.equal(rows.length, 2);
  assert.deepEqual(
    rejections.map((r) => r.reason),
    ['malformed', 'malformed'],
  );
  assert.match(rejections[0]!.message, /not a wx\.v1\.Reading/);
});

test('rows from the wire equal the rows the store builds from records', () => {
  const rand = rng(7);
  const batch = batchOf(Array.from({ length: 200 }, () => randomReading(rand, true)));
  const b = decodeForwardBatch(Buffer.from(batch));
  const { rows } = decodeReadings(b.source, b.readingSpans, CTX);
  const fromRecords = ReadingRows.fromRecords(decodeOld(batch).records);
  assert.equal(rows.length, 200);
  assert.equal(rows.length, fromRecords.length);
  // Same doubles (NaN included) once the id indexes are read through their lists.
  for (let i = 0; i < rows.length; i++) {
    const a = Array.from(rows.rows.subarray(i * ROW_WIDTH, (i + 1) * ROW_WIDTH));
    const c = Array.from(fromRecords.rows.subarray(i * ROW_WIDTH, (i + 1) * ROW_WIDTH));
    a[0] = rows.deviceIds[a[0]!] as unknown as number;
    c[0] = fromRecords.deviceIds[c[0]!] as unknown as number;
    a[6] = rows.gatewayIds[a[6]!] as unknown as number;
    c[6] = fromRecords.gatewayIds[c[6]!] as unknown as number;
    assert.deepEqual(a, c, `row ${i}`);
  }
});

test('a ForwardBatch decodes its other fields as the generated class does', () => {
  const bytes = v1.ForwardBatch.encode({
    batchId: 77,
    gatewayId: 'gw-z',
    statuses: [{ deviceId: 'st-1', timeMs: 5, station: { site: 's', latitude: 1 } }],
    spatialQc: [{ deviceId: 'st-1', seq: 3 }],
  }).finish();
  const mine = decodeForwardBatch(Buffer.from(bytes));
  const theirs = v1.ForwardBatch.decode(bytes);
  assert.equal(mine.batchId, 77);
  assert.equal(mine.gatewayId, 'gw-z');
  assert.deepEqual(mine.statuses.map((s) => v1.DeviceStatus.toObject(s as DeviceStatus)), theirs.statuses.map((s) => v1.DeviceStatus.toObject(s as DeviceStatus)));
  assert.deepEqual(mine.spatialQc.map((s) => v1.SpatialQc.toObject(s as SpatialQc)), theirs.spatialQc.map((s) => v1.SpatialQc.toObject(s as SpatialQc)));
  assert.deepEqual(mine.readingSpans, []);
  assert.throws(() => decodeForwardBatch(Buffer.from(bytes.subarray(0, bytes.length - 2))));
});

test('a reading with more observations than variables is read whole, then rejected for the repeat', () => {
  const observations = Array.from({ length: 20 }, (_, i) => ({ variable: 1 + (i % 7), value: i, flag: 1 }));
  const many = v1.Reading.encode({ deviceId: 'st-1', seq: 4, timeMs: 1_700_000_000_000, observations }).finish();
  const b = decodeForwardBatch(Buffer.from(batchOf([many])));
  const { rows, rejections } = decodeReadings(b.source, b.readingSpans, CTX);
  assert.equal(rows.length, 0);
  assert.deepEqual(rejections.map((r) => [r.reason, r.message]), [['duplicate_variable', 'variable temperature appears twice']]);
});
