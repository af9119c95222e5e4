import { isValidId } from '../../common/topics.js';
import { QC_FLAGS, VARIABLES } from '../../common/variables.js';
import { ProtoReader } from '../../protos/index.js';
import { CLOCK_SUSPECT, CLOCK_SYNCED, COL, IdList, ReadingRows, ROW_WIDTH } from '../store/reading-rows.js';
import { packQc } from '../store/schema.js';

/** Low-cardinality reason codes (metric label); the message says the particulars. */
export type RejectReason =
  | 'malformed'
  | 'device_id'
  | 'seq'
  | 'time'
  | 'no_observations'
  | 'variable'
  | 'duplicate_variable'
  | 'value'
  | 'flag'
  | 'gateway_id';

export interface ReadingRejection {
  deviceId: string;
  /** 0 when the reading's own is not a non-negative number. */
  seq: number;
  reason: RejectReason;
  message: string;
}

export interface DecodeContext {
  /** The stream's gateway: readings naming none belong to it. */
  gatewayId: string;
  /** The stream belongs to a configured gateway, so readings may not name another. */
  strict: boolean;
  cloudReceivedMs: number;
}

/** Dates outside ±100 million days are not representable (ECMAScript Date range). */
const MAX_ABS_TIME_MS = 8.64e15;
const MAX_FLAG = Math.max(...Object.values(QC_FLAGS));
/** wx.v1.Variable number -> index in VARIABLES (and the row's value columns); -1 when unknown. */
const VARIABLE_INDEX = new Int32Array(Math.max(...VARIABLES.map((v) => v.proto)) + 1).fill(-1);
VARIABLES.forEach((v, i) => (VARIABLE_INDEX[v.proto] = i));

// Tags (field number << 3 | wire type) of wx.v1.Reading and wx.v1.Observation.
const DEVICE_ID = (1 << 3) | 2;
const SEQ = (2 << 3) | 0;
const TIME_MS = (3 << 3) | 0;
const CLOCK_SYNCED_TAG = (4 << 3) | 0;
const CLOCK_SUSPECT_TAG = (5 << 3) | 0;
const OBSERVATION = (6 << 3) | 2;
const GATEWAY_RECEIVED_MS = (7 << 3) | 0;
const GATEWAY_ID = (8 << 3) | 2;
const VARIABLE = (1 << 3) | 0;
const VALUE = (2 << 3) | 1;
const FLAG = (3 << 3) | 0;
const QC_TESTS = (4 << 3) | 0;

/** One reading's fields as read off the wire, defaults as protobufjs gives them (proto3 zero values). */
class Scratch {
  deviceId = '';
  seq = 0;
  timeMs = 0;
  clockSynced = false;
  clockSuspect = false;
  gatewayReceivedMs = 0;
  gatewayId = '';
  observations = 0;
  variable = new Int32Array(8);
  value = new Float64Array(8);
  flag = new Int32Array(8);
  tests = new Uint32Array(8);

  reset(): void {
    this.deviceId = '';
    this.seq = 0;
    this.timeMs = 0;
    this.clockSynced = false;
    this.clockSuspect = false;
    this.gatewayReceivedMs = 0;
    this.gatewayId = '';
    this.observations = 0;
  }

  addObservation(): number {
    const i = this.observations++;
    if (i === this.variable.length) {
      const grow = <T extends Int32Array | Float64Array | Uint32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.variable = grow(this.variable);
      this.value = grow(this.value);
      this.flag = grow(this.flag);
      this.tests = grow(this.tests);
    }
    this.variable[i] = 0;
    this.value[i] = 0;
    this.flag[i] = 0;
    this.tests[i] = 0;
    return i;
  }
}

/**
 * Decodes and checks the wx.v1.Readings at `spans` of `source` (flat [start, end) pairs) straight
 * into store rows, reading the wire with protobufjs' Reader instead of building a Reading and an
 * Observation object per variable. Readings are judged one by one: a bad one is rejected with its
 * reason (undecodable bytes included), the rest are kept, in order. Same rules as the protobufjs
 * objects would get: absent fields read as zero, a scalar given twice takes the last value.
 */
export function decodeReadings(source: Uint8Array, spans: readonly number[], ctx: DecodeContext): { rows: ReadingRows; rejections: ReadingRejection[] } {
  const count = spans.length / 2;
  const rows = new Float64Array(count * ROW_WIDTH);
  const devices = new IdList();
  const gateways = new IdList();
  const rejections: ReadingRejection[] = [];
  const r = ProtoReader.create(source);
  const text = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  const s = new Scratch();
  let kept = 0;
  for (let k = 0; k < count; k++) {
    s.reset();
    const problem = read(r, text, spans[2 * k]!, spans[2 * k + 1]!, s) ?? check(s, ctx);
    if (problem) {
      rejections.push({ deviceId: s.deviceId, seq: Number.isFinite(s.seq) && s.seq >= 0 ? s.seq : 0, ...problem });
      continue;
    }
    const o = kept++ * ROW_WIDTH;
    rows[o + COL.device] = devices.indexOf(s.deviceId);
    rows[o + COL.seq] = s.seq;
    rows[o + COL.timeMs] = s.timeMs;
    rows[o + COL.gatewayReceivedMs] = Number.isSafeInteger(s.gatewayReceivedMs) && s.gatewayReceivedMs !== 0 ? s.gatewayReceivedMs : Number.NaN;
    rows[o + COL.cloudReceivedMs] = ctx.cloudReceivedMs;
    rows[o + COL.clockFlags] = (s.clockSynced ? CLOCK_SYNCED : 0) | (s.clockSuspect ? CLOCK_SUSPECT : 0);
    rows[o + COL.gateway] = gateways.indexOf(s.gatewayId || ctx.gatewayId);
    rows.fill(Number.NaN, o + COL.values, o + ROW_WIDTH);
    for (let i = 0; i < s.observations; i++) {
      const column = o + COL.values + 2 * VARIABLE_INDEX[s.variable[i]!]!;
      rows[column] = s.value[i]!; // NaN, the wire's "missing", stays NaN: stored as NULL
      rows[column + 1] = packQc(s.flag[i]!, s.tests[i]!);
    }
  }
  return { rows: new ReadingRows(rows, kept, devices.ids, gateways.ids), rejections };
}

type Problem = { reason: RejectReason; message: string };

/** Reads one encoded Reading into `s`, or says why it cannot be read. */
function read(r: ProtoReader, text: Buffer, start: number, end: number, s: Scratch): Problem | undefined {
  r.pos = start;
  r.len = end;
  try {
    while (r.pos < end) {
      const tag = r.uint32();
      switch (tag) {
        case DEVICE_ID:
          s.deviceId = readString(r, text);
          break;
        case SEQ:
          s.seq = r.uint64() as unknown as number;
          break;
        case TIME_MS:
          s.timeMs = r.int64() as unknown as number;
          break;
        case CLOCK_SYNCED_TAG:
          s.clockSynced = r.bool();
          break;
        case CLOCK_SUSPECT_TAG:
          s.clockSuspect = r.bool();
          break;
        case OBSERVATION:
          readObservation(r, s);
          break;
        case GATEWAY_RECEIVED_MS:
          s.gatewayReceivedMs = r.int64() as unknown as number;
          break;
        case GATEWAY_ID:
          s.gatewayId = readString(r, text);
          break;
        default:
          // Unknown fields, and known ones with another wire type, are skipped as the generated
          // decoders (and the gateway's check, gateway/ingest/reading-check.ts) skip them.
          skipField(r, tag);
      }
    }
    if (r.pos !== end) throw new Error('a field runs past the end of the reading');
    return undefined;
  } catch (err) {
    return { reason: 'malformed', message: `not a wx.v1.Reading: ${(err as Error).message}` };
  }
}

function skipField(r: ProtoReader, tag: number): void {
  if (tag >>> 3 === 0) throw new Error('field number 0');
  r.skipType(tag & 7);
}

/** protobufjs' Reader.string() on a Buffer cuts a string that runs past the end instead of failing. */
function readString(r: ProtoReader, text: Buffer): string {
  const length = r.uint32();
  const start = r.pos;
  r.skip(length);
  return text.toString('utf8', start, start + length);
}

function readObservation(r: ProtoReader, s: Scratch): void {
  const end = r.uint32() + r.pos;
  if (end > r.len) throw new Error('an observation runs past the end of the reading');
  const i = s.addObservation();
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag) {
      case VARIABLE:
        s.variable[i] = r.int32();
        break;
      case VALUE:
        s.value[i] = r.double();
        break;
      case FLAG:
        s.flag[i] = r.int32();
        break;
      case QC_TESTS:
        s.tests[i] = r.uint32();
        break;
      default:
        skipField(r, tag);
    }
  }
  if (r.pos !== end) throw new Error('a field runs past the end of an observation');
}

/** The hub's rules for a decoded reading, in the order their reasons are reported. */
function check(s: Scratch, ctx: DecodeContext): Problem | undefined {
  if (!isValidId(s.deviceId)) return { reason: 'device_id', message: `device_id ${JSON.stringify(s.deviceId)} does not match [A-Za-z0-9_.-]{1,64}` };
  if (!Number.isSafeInteger(s.seq) || s.seq <= 0) return { reason: 'seq', message: `seq must be a positive integer (got ${String(s.seq)})` };
  if (!Number.isSafeInteger(s.timeMs) || s.timeMs === 0 || Math.abs(s.timeMs) > MAX_ABS_TIME_MS) {
    return { reason: 'time', message: `time_ms must be a set, finite epoch time in ms (got ${String(s.timeMs)})` };
  }
  const gatewayId = s.gatewayId || ctx.gatewayId;
  // A configured gateway's readings carry its own id (or none); another id is a mix-up, not data.
  if (ctx.strict && gatewayId !== ctx.gatewayId) return { reason: 'gateway_id', message: `gateway_id ${JSON.stringify(gatewayId)} is not this stream's ${ctx.gatewayId}` };
  if (!isValidId(gatewayId)) return { reason: 'gateway_id', message: `gateway_id ${JSON.stringify(gatewayId)} does not match [A-Za-z0-9_.-]{1,64}` };
  if (s.observations === 0) return { reason: 'no_observations', message: 'reading carries no observations' };
  let seen = 0;
  for (let i = 0; i < s.observations; i++) {
    const proto = s.variable[i]!;
    const index = proto >= 0 && proto < VARIABLE_INDEX.length ? VARIABLE_INDEX[proto]! : -1;
    if (index < 0) return { reason: 'variable', message: `unknown variable ${proto}` };
    const name = VARIABLES[index]!.name;
    if ((seen & (1 << index)) !== 0) return { reason: 'duplicate_variable', message: `variable ${name} appears twice` };
    seen |= 1 << index;
    const value = s.value[i]!;
    // NaN is the wire's "missing"; infinities are not measurements.
    if (value === Infinity || value === -Infinity) return { reason: 'value', message: `${name}: value must be finite or NaN` };
    const flag = s.flag[i]!;
    if (flag < 0 || flag > MAX_FLAG) return { reason: 'flag', message: `${name}: unknown QC flag ${flag}` };
  }
  return undefined;
}
