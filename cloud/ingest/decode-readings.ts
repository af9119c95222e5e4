import { isValidId } from '../../common/topics.js';
import { QC_FLAGS, VARIABLES } from '../../common/variables.js';
import { ProtoReader } from '../../protos/index.js';
import { readReading, ReadingFields } from '../../protos/reading-wire.js';
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

/**
 * Decodes and checks the wx.v1.Readings at `spans` of `source` (flat [start, end) pairs) straight
 * into store rows (protos/reading-wire.ts reads the wire as the generated decoder would, without its
 * objects). Readings are judged one by one: a bad one is rejected with its reason (bytes the decoder
 * would refuse included), the rest are kept, in order.
 */
export function decodeReadings(source: Uint8Array, spans: readonly number[], ctx: DecodeContext): { rows: ReadingRows; rejections: ReadingRejection[] } {
  const count = spans.length / 2;
  const rows = new Float64Array(count * ROW_WIDTH);
  const devices = new IdList();
  const gateways = new IdList();
  const rejections: ReadingRejection[] = [];
  const r = ProtoReader.create(source);
  const s = new ReadingFields();
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const problem = read(r, spans[2 * k]!, spans[2 * k + 1]!, s) ?? check(s, ctx);
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

/** Reads one encoded Reading into `f`, or says why its bytes are not one. */
function read(r: ProtoReader, start: number, end: number, f: ReadingFields): Problem | undefined {
  try {
    readReading(r, start, end, f);
    return undefined;
  } catch (err) {
    return { reason: 'malformed', message: `not a wx.v1.Reading: ${(err as Error).message}` };
  }
}

/** The hub's rules for a decoded reading, in the order their reasons are reported. */
function check(s: ReadingFields, ctx: DecodeContext): Problem | undefined {
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
