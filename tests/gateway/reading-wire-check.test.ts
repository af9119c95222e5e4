import assert from 'node:assert/strict';
import { test } from 'node:test';
import $protobuf from 'protobufjs/minimal.js'; // its Writer, to build the odd bytes no device would send
import { isVariableName, QC_FLAGS, variableFromProto } from '../../common/variables.js';
import { checkEncodedReading, type ReadingCheck } from '../../gateway/ingest/reading-check.js';
import { PHYSICAL_BOUNDS, toNumber, type RejectReason } from '../../gateway/ingest/validate.js';
import { ProtoReader, v1, type ObservationProps, type Reading, type ReadingProps } from '../../protos/index.js';

const TOPIC_DEVICE = 'alice';
const isKnown = (id: string): boolean => id === 'alice' || id === 'bob';
type Verdict = ReadingCheck | 'malformed';

/** The rules as they were before the wire check: checkReading over v1.Reading.decode (the oracle). */
function oldRules(r: Reading): RejectReason | undefined {
  const deviceId = r.deviceId ?? '';
  if (deviceId !== TOPIC_DEVICE) return isKnown(deviceId) ? 'device_mismatch' : 'unknown_device';
  if (toNumber(r.seq) <= 0) return 'invalid_seq';
  const seen = new Set<number>();
  for (const o of r.observations ?? []) {
    const variable = o.variable ?? 0;
    const value = o.value ?? 0;
    const name = variableFromProto(variable);
    if (name === undefined || !isVariableName(name)) return 'unknown_variable';
    if (seen.has(variable)) return 'duplicate_variable';
    seen.add(variable);
    const flaggedMissing = o.flag === QC_FLAGS.missing;
    const flaggedBad = o.flag === QC_FLAGS.bad || flaggedMissing;
    if (!Number.isFinite(value)) {
      if (!flaggedMissing) return 'non_finite_value';
      continue;
    }
    const [lo, hi] = PHYSICAL_BOUNDS[name];
    if ((value < lo || value > hi) && !flaggedBad) return 'absurd_value';
  }
  return undefined;
}

function oracle(bytes: Buffer): Verdict {
  let r: Reading;
  try {
    r = v1.Reading.decode(bytes);
  } catch {
    return 'malformed';
  }
  return { reason: oldRules(r), deviceId: r.deviceId, seq: toNumber(r.seq), timeMs: toNumber(r.timeMs), clockSuspect: r.clockSuspect };
}

/** The wire check of `bytes`, lying at an offset inside a larger buffer as in a batch. */
function wire(bytes: Buffer, pad: Buffer = Buffer.from([0x0a, 0x05])): Verdict {
  const buf = Buffer.concat([pad, bytes, pad]);
  try {
    return checkEncodedReading(ProtoReader.create(buf), pad.length, pad.length + bytes.length, TOPIC_DEVICE, isKnown);
  } catch {
    return 'malformed';
  }
}

// Enums as plain numbers: a device may send any int32, known to the schema or not.
type LooseObs = Omit<ObservationProps, 'variable' | 'flag'> & { variable?: number; flag?: number };
type LooseReading = Omit<ReadingProps, 'observations'> & { observations?: LooseObs[] };
const encode = (r: LooseReading): Buffer => Buffer.from(v1.Reading.encode(r as ReadingProps).finish());
const w = (): $protobuf.Writer => $protobuf.Writer.create();
const done = (x: $protobuf.Writer): Buffer => Buffer.from(x.finish());
const tag = (field: number, wireType: number): number => ((field << 3) | wireType) >>> 0;
/** An observation as field 6 of a Reading, from raw Observation bytes. */
const obsField = (obsBytes: Buffer): Buffer => done(w().uint32(tag(6, 2)).bytes(obsBytes));

const T = 1; // temperature
const P = 2; // pressure
const good = (over: LooseReading = {}): LooseReading => ({
  deviceId: 'alice',
  seq: 7,
  timeMs: 1_700_000_000_000,
  observations: [
    { variable: T, value: 21.5, flag: 1 },
    { variable: P, value: 1013.2, flag: 1 },
  ],
  ...over,
});
const withObs = (...observations: LooseObs[]): Buffer => encode(good({ observations }));

const reasonOf = (v: Verdict): RejectReason | 'malformed' | undefined => (v === 'malformed' ? v : v.reason);

void test('each rule gives its reason exactly where decode + the old rules do, in the same order', () => {
  const cases: [name: string, bytes: Buffer, expected: RejectReason | 'malformed' | undefined][] = [
    ['a good reading', encode(good()), undefined],
    ['another known device', encode(good({ deviceId: 'bob' })), 'device_mismatch'],
    ['an unknown device', encode(good({ deviceId: 'zed' })), 'unknown_device'],
    ['no device id (defaults to "")', encode(good({ deviceId: '' })), 'unknown_device'],
    ['device id twice: the last one wins', Buffer.concat([encode(good({ deviceId: 'bob' })), encode({ deviceId: 'alice' })]), undefined],
    ['device id twice, the last wrong', Buffer.concat([encode(good()), encode({ deviceId: 'bob' })]), 'device_mismatch'],
    ['the device check comes before the observations', encode(good({ deviceId: 'bob', observations: [{ variable: 99 }] })), 'device_mismatch'],
    ['no seq', encode(good({ seq: 0 })), 'invalid_seq'],
    ['seq twice, the last 0', Buffer.concat([encode(good()), done(w().uint32(tag(2, 0)).uint64(0))]), 'invalid_seq'],
    ['seq twice, the last 9', Buffer.concat([encode(good({ seq: 0 })), encode({ seq: 9 })]), undefined],
    ['seq sent length-delimited: skipped as unknown by decode', Buffer.concat([encode(good({ seq: 0 })), done(w().uint32(tag(2, 2)).bytes(Buffer.from([5])))]), 'invalid_seq'],
    ['the seq check comes before the observations', encode(good({ seq: 0, observations: [{ variable: 99 }] })), 'invalid_seq'],
    ['variable 0 (absent)', withObs({ value: 1, flag: 1 }), 'unknown_variable'],
    ['variable 8', withObs({ variable: 8, value: 1 }), 'unknown_variable'],
    ['a negative variable', withObs({ variable: -1, value: 1 }), 'unknown_variable'],
    ['a variable past 31 (no bit mask aliasing)', withObs({ variable: T, value: 1 }, { variable: 33, value: 1 }), 'unknown_variable'],
    ['a duplicate variable', withObs({ variable: T, value: 1 }, { variable: T, value: 2 }), 'duplicate_variable'],
    ['observations across two fragments are all checked', Buffer.concat([withObs({ variable: T, value: 1 }), encode({ observations: [{ variable: T, value: 1 }] })]), 'duplicate_variable'],
    ['the first faulty observation names the reason', withObs({ variable: T, value: 500 }, { variable: 99 }), 'absurd_value'],
    ['an absent value is 0, not NaN: fine for temperature', withObs({ variable: T, flag: 1 }), undefined],
    ['an absent value is 0: absurd for pressure', withObs({ variable: P, flag: 1 }), 'absurd_value'],
    ['value twice in one observation: the last wins', Buffer.concat([encode(good({ observations: [] })), obsField(done(w().uint32(tag(1, 0)).int32(P).uint32(tag(2, 1)).double(5).uint32(tag(2, 1)).double(1000)))]), undefined],
    ['an observation field twice, the last absurd', Buffer.concat([encode(good({ observations: [] })), obsField(done(w().uint32(tag(1, 0)).int32(P).uint32(tag(2, 1)).double(1000).uint32(tag(2, 1)).double(5)))]), 'absurd_value'],
    ['NaN flagged good', withObs({ variable: T, value: NaN, flag: QC_FLAGS.good }), 'non_finite_value'],
    ['NaN flagged bad', withObs({ variable: T, value: NaN, flag: QC_FLAGS.bad }), 'non_finite_value'],
    ['NaN flagged missing', withObs({ variable: T, value: NaN, flag: QC_FLAGS.missing }), undefined],
    ['Infinity unflagged', withObs({ variable: P, value: Infinity }), 'non_finite_value'],
    ['-Infinity flagged missing', withObs({ variable: P, value: -Infinity, flag: QC_FLAGS.missing }), undefined],
    ['out of bounds flagged good', withObs({ variable: T, value: 100.001, flag: QC_FLAGS.good }), 'absurd_value'],
    ['out of bounds flagged suspect', withObs({ variable: 6, value: -1, flag: QC_FLAGS.suspect }), 'absurd_value'],
    ['out of bounds flagged bad', withObs({ variable: T, value: -9999, flag: QC_FLAGS.bad }), undefined],
    ['out of bounds flagged missing', withObs({ variable: 7, value: 5000, flag: QC_FLAGS.missing }), undefined],
    ['on the bounds', withObs({ variable: T, value: 100 }, { variable: P, value: 100 }, { variable: 6, value: 360 }, { variable: 4, value: 0 }), undefined],
    ['a negative flag', withObs({ variable: T, value: 500, flag: -3 }), 'absurd_value'],
    ['unknown fields of every wire type are skipped', Buffer.concat([encode(good()), done(w().uint32(tag(9, 0)).uint64(1e12).uint32(tag(10, 1)).double(1).uint32(tag(11, 5)).fixed32(1).uint32(tag(12, 2)).bytes(Buffer.from('x')).uint32(tag(13, 3)).uint32(tag(1, 0)).uint32(1).uint32(tag(13, 4)))]), undefined],
    ['unknown and mistyped observation fields are skipped', Buffer.concat([encode(good({ observations: [] })), obsField(done(w().uint32(tag(1, 0)).int32(T).uint32(tag(2, 0)).uint32(500).uint32(tag(9, 2)).bytes(Buffer.from('zz'))))]), undefined],
    ['an observation sent as a varint is skipped', Buffer.concat([encode(good()), done(w().uint32(tag(6, 0)).uint32(99))]), undefined],
    ['a truncated reading', encode(good()).subarray(0, 20), 'malformed'],
    ['an observation longer than its reading', Buffer.concat([encode(good()), Buffer.from([tag(6, 2), 10, 8, 1])]), 'malformed'],
    ['invalid UTF-8 in the device id', done(w().uint32(tag(1, 2)).bytes(Buffer.from([0x61, 0xff]))), 'malformed'],
    ['invalid UTF-8 in gateway_id, a field not otherwise read', Buffer.concat([encode(good()), done(w().uint32(tag(8, 2)).bytes(Buffer.from([0xc0, 0x80])))]), 'malformed'],
    ['a stray end-group tag', Buffer.concat([encode(good()), Buffer.from([tag(3, 4)])]), 'malformed'],
    ['field number 0', Buffer.concat([encode(good()), Buffer.from([0x00, 0x00])]), 'malformed'],
    ['an 11-byte varint in a known field', Buffer.concat([encode(good()), Buffer.from([tag(4, 0), ...Array<number>(10).fill(0x80), 0])]), 'malformed'],
  ];
  for (const [name, bytes, expected] of cases) {
    const want = oracle(bytes);
    assert.equal(reasonOf(want), expected, `oracle, ${name}`);
    assert.deepEqual(wire(bytes), want, name);
  }
});

void test('the fields the ingest keeps are read as decode reads them: last one wins, defaults when absent', () => {
  const bytes = Buffer.concat([encode(good({ timeMs: 5, clockSuspect: true })), encode({ timeMs: -3, seq: 12 }), done(w().uint32(tag(5, 0)).bool(false))]);
  assert.deepEqual(wire(bytes), { reason: undefined, deviceId: 'alice', seq: 12, timeMs: -3, clockSuspect: false });
  assert.deepEqual(wire(Buffer.alloc(0)), { reason: 'unknown_device', deviceId: '', seq: 0, timeMs: 0, clockSuspect: false });
});

/** mulberry32: a seeded generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

void test('thousands of random readings, some with extra, duplicate, mistyped or broken fields, get the verdicts of decode + the old rules', () => {
  const seed = 20240611;
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const maybe = <T>(p: number, f: () => T): T | undefined => (rand() < p ? f() : undefined);
  const values = [0, -0, 1, 21.5, -100, 100, 100.5, -101, 150, 150.1, 360, 361, 1000, 1200, 1201, -1, 1e300, NaN, Infinity, -Infinity];
  const observation = (): LooseObs => ({
    variable: maybe(0.95, () => (rand() < 0.9 ? 1 + Math.floor(rand() * 7) : pick([0, 8, -1, 31, 33, 99, 2 ** 31 - 1, -(2 ** 31)]))),
    value: maybe(0.9, () => (rand() < 0.5 ? pick(values) : (rand() - 0.3) * 1500)),
    flag: maybe(0.8, () => pick([0, 1, 2, 3, 4, 4, 3, 5, -3])),
    qcTests: maybe(0.3, () => Math.floor(rand() * 2 ** 32)),
  });
  const readingProps = (): LooseReading => ({
    deviceId: maybe(0.95, () => pick(['alice', 'alice', 'alice', 'alice', 'alice', 'bob', 'zed', 'ålice', ''])),
    seq: maybe(0.95, () => pick([0, 1, 2 ** 40, Math.floor(rand() * 1e6)])),
    timeMs: maybe(0.9, () => pick([0, -5, 5000, 1_700_000_000_000, Math.floor(rand() * 2 ** 50)])),
    clockSynced: maybe(0.5, () => rand() < 0.5),
    clockSuspect: maybe(0.3, () => rand() < 0.5),
    observations: Array.from({ length: Math.floor(rand() * 9) }, observation),
    gatewayReceivedMs: maybe(0.1, () => 1_700_000_000_000),
    gatewayId: maybe(0.1, () => 'gw-1'),
  });
  const extras: (() => Buffer)[] = [
    () => encode(readingProps()), // every field again: duplicates, more observations
    () => encode({ deviceId: pick(['alice', 'bob']) }),
    () => encode({ seq: pick([0, 3]) }),
    () => encode({ observations: [observation()] }),
    () => done(w().uint32(tag(pick([9, 15, 100, 2 ** 29 - 1]), 0)).uint64(Math.floor(rand() * 2 ** 40))),
    () => done(w().uint32(tag(pick([20, 7]), 1)).double(rand())),
    () => done(w().uint32(tag(pick([21, 3]), 5)).fixed32(7)),
    () => done(w().uint32(tag(pick([2, 3, 5, 6, 22]), 2)).bytes(Buffer.from([1, 2, 3]))),
    () => done(w().uint32(tag(pick([1, 8]), pick([0, 5])))).subarray(0, 1), // a tag and nothing after it
    () => done(w().uint32(tag(pick([1, 8]), 2)).bytes(Buffer.from([0x61, pick([0x62, 0xff, 0xc3])]))),
    () => obsField(Buffer.concat([v1.Observation.encode(observation() as ObservationProps).finish(), done(w().uint32(tag(pick([1, 2, 3, 4, 9]), pick([0, 1, 2, 5]))).uint32(1))])),
    () => done(w().uint32(tag(30, 3)).uint32(tag(1, 0)).uint32(5).uint32(tag(pick([30, 31]), 4))), // a group, its end tag right or wrong
  ];
  const counts = new Map<string, number>();
  for (let i = 0; i < 5000; i++) {
    let bytes = encode(readingProps());
    if (rand() < 0.4) bytes = Buffer.concat([bytes, ...Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(extras)())]);
    if (rand() < 0.1) bytes = bytes.subarray(0, Math.floor(rand() * bytes.length));
    if (rand() < 0.05 && bytes.length > 0) {
      bytes = Buffer.from(bytes);
      bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
    }
    const want = oracle(bytes);
    assert.deepEqual(wire(bytes), want, `case ${i} (seed ${seed}): ${bytes.toString('hex')}`);
    const key = String(reasonOf(want) ?? 'accepted');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // The generator must reach every verdict, or the comparison above proves less than it says.
  for (const k of ['accepted', 'malformed', 'device_mismatch', 'unknown_device', 'invalid_seq', 'unknown_variable', 'duplicate_variable', 'non_finite_value', 'absurd_value']) {
    assert.ok((counts.get(k) ?? 0) >= 20, `${k}: ${counts.get(k) ?? 0} of 5000`);
  }
});
