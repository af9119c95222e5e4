/**
 * The check of one encoded wx.v1.Reading, read off the wire where it lies: no Reading or Observation
 * objects are built (protos/reading-wire.ts). The verdict is the one the generated decoder followed
 * by these rules would give: the wire is read as the decoder reads it, so it throws on exactly the
 * same bytes, and a throw rejects the message.
 */
import { QC_FLAGS, VARIABLES } from '../../common/variables.js';
import type { ProtoReader } from '../../protos/index.js';
import { readReading, ReadingFields } from '../../protos/reading-wire.js';
import { PHYSICAL_BOUNDS, type RejectReason } from './validate.js';

/** What the ingest needs of one reading. Absent fields hold proto3 defaults; a repeated scalar, its last value. */
export interface ReadingCheck {
  /** Why the reading cannot be accepted, or undefined when it can. */
  reason: RejectReason | undefined;
  deviceId: string;
  seq: number;
  timeMs: number;
  clockSuspect: boolean;
}

// PHYSICAL_BOUNDS by wire enum number (wx.v1.Variable), so the hot loop looks no names up; the
// variables seen in a reading are bits of a number, hence enum numbers up to 30.
const MAX_VARIABLE = Math.max(...VARIABLES.map((v) => v.proto));
const LOW = new Float64Array(MAX_VARIABLE + 1);
const HIGH = new Float64Array(MAX_VARIABLE + 1);
const KNOWN = VARIABLES.reduce((mask, v) => {
  [LOW[v.proto], HIGH[v.proto]] = PHYSICAL_BOUNDS[v.name];
  return mask | (1 << v.proto);
}, 0);

/** Why one observation cannot be accepted, given the variables already `seen` (a bit per enum number). */
function observationReason(variable: number, value: number, flag: number, seen: number): RejectReason | undefined {
  if (variable < 0 || variable > MAX_VARIABLE || (KNOWN & (1 << variable)) === 0) return 'unknown_variable';
  if (seen & (1 << variable)) return 'duplicate_variable';
  const flaggedMissing = flag === QC_FLAGS.missing;
  // The raw value of a sensor fault the device flagged itself is kept: that is QC's business.
  if (!Number.isFinite(value)) return flaggedMissing ? undefined : 'non_finite_value';
  const flaggedBad = flag === QC_FLAGS.bad || flaggedMissing;
  if ((value < LOW[variable]! || value > HIGH[variable]!) && !flaggedBad) return 'absurd_value';
  return undefined;
}

// One set of fields, reused: the check is synchronous, nothing re-enters it.
const fields = new ReadingFields();

/**
 * Checks the encoded Reading at bytes [start, end) of the reader's buffer, published on the topic of
 * `topicDeviceId`. Throws where wx.v1.Reading.decode would (the ingest rejects the message as malformed).
 * The rules, in order: the payload's device is the topic's; seq > 0; then each observation in turn:
 * a known variable, not seen before in the reading, a finite value unless flagged missing, inside
 * PHYSICAL_BOUNDS unless flagged bad or missing. The first that fails is the reason.
 */
export function checkEncodedReading(r: ProtoReader, start: number, end: number, topicDeviceId: string, isKnownDevice: (id: string) => boolean): ReadingCheck {
  const f = fields;
  readReading(r, start, end, f);
  let reason: RejectReason | undefined;
  if (f.deviceId !== topicDeviceId) reason = isKnownDevice(f.deviceId) ? 'device_mismatch' : 'unknown_device';
  else if (f.seq <= 0) reason = 'invalid_seq';
  else {
    let seen = 0;
    for (let i = 0; i < f.observations; i++) {
      reason = observationReason(f.variable[i]!, f.value[i]!, f.flag[i]!, seen);
      if (reason) break;
      seen |= 1 << f.variable[i]!; // a known variable, so a bit below 31
    }
  }
  return { reason, deviceId: f.deviceId, seq: f.seq, timeMs: f.timeMs, clockSuspect: f.clockSuspect };
}
