/**
 * The check of one encoded wx.v1.Reading, read off the wire where it lies: no Reading or Observation
 * objects are built, only the few fields the ingest needs are kept. The verdict is the one the
 * generated decoder (protos/gen, protobufjs 8) followed by these rules would give: every field is read
 * with the same Reader call the decoder makes, so it throws on exactly the same bytes (truncated,
 * bad varints, invalid UTF-8 in a string, a stray end-group...), and a throw rejects the message.
 */
import { QC_FLAGS, VARIABLES } from '../../common/variables.js';
import type { ProtoReader } from '../../protos/index.js';
import { PHYSICAL_BOUNDS, toNumber, type RejectReason } from './validate.js';

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

// The observation last read by readObservation: one scratch object, not one per observation (the
// walk is synchronous, nothing re-enters it).
const obs = { variable: 0, value: 0, flag: 0 };

/**
 * Reads the length-delimited Observation at the reader's position into `obs`, as
 * wx.v1.Observation.decode(r, r.size()) would (proto3 defaults, last value wins, unknowns skipped).
 */
function readObservation(r: ProtoReader): void {
  const size = r.size(); // before r.pos is read: size() moves it past the length
  const end = r.pos + size;
  if (end > r.len) throw new RangeError('index out of range');
  const outer = r.len;
  r.len = end;
  obs.variable = 0;
  obs.value = 0;
  obs.flag = 0;
  while (r.pos < end) {
    const tag = r.tag();
    const wireType = tag & 7;
    const field = tag >>> 3;
    // A known field with another wire type is not an error to the generated decoder: it skips it
    // as an unknown field (protobufjs 8), so the check does the same to give the same verdict.
    if (field === 1 && wireType === 0) obs.variable = r.int32();
    else if (field === 2 && wireType === 1) obs.value = r.double();
    else if (field === 3 && wireType === 0) obs.flag = r.int32();
    else if (field === 4 && wireType === 0) r.uint32(); // qc_tests: read (it can throw), not needed
    else r.skipType(wireType, 1, field);
  }
  if (r.pos !== end) throw new RangeError('index out of range'); // as the decoder; reads stop at r.len
  r.len = outer;
}

/**
 * Checks the encoded Reading at bytes [start, end) of the reader's buffer, published on the topic of
 * `topicDeviceId`. Throws where wx.v1.Reading.decode would (the ingest rejects the message as malformed).
 * The rules, in order: the payload's device is the topic's; seq > 0; then each observation in turn:
 * a known variable, not seen before in the reading, a finite value unless flagged missing, inside
 * PHYSICAL_BOUNDS unless flagged bad or missing. The first that fails is the reason.
 */
export function checkEncodedReading(r: ProtoReader, start: number, end: number, topicDeviceId: string, isKnownDevice: (id: string) => boolean): ReadingCheck {
  r.pos = start;
  r.len = end;
  let deviceId = '';
  let seq = 0;
  let timeMs = 0;
  let clockSuspect = false;
  let seen = 0;
  let observationFault: RejectReason | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    const wireType = tag & 7;
    const field = tag >>> 3;
    // Wire types as in readObservation: a mismatch is skipped like an unknown field, as the decoder does.
    if (field === 1 && wireType === 2) deviceId = r.stringVerify();
    else if (field === 2 && wireType === 0) seq = toNumber(r.uint64());
    else if (field === 3 && wireType === 0) timeMs = toNumber(r.int64());
    else if (field === 4 && wireType === 0) r.bool(); // clock_synced: read (it can throw), not needed
    else if (field === 5 && wireType === 0) clockSuspect = r.bool();
    else if (field === 6 && wireType === 2) {
      readObservation(r);
      if (observationFault === undefined) {
        observationFault = observationReason(obs.variable, obs.value, obs.flag, seen);
        seen |= 1 << obs.variable; // read again only while there is no fault: a known variable then
      }
    } else if (field === 7 && wireType === 0) r.int64(); // gateway_received_ms
    else if (field === 8 && wireType === 2) r.stringVerify(); // gateway_id: invalid UTF-8 throws
    else r.skipType(wireType, 0, field);
  }
  let reason: RejectReason | undefined;
  if (deviceId !== topicDeviceId) reason = isKnownDevice(deviceId) ? 'device_mismatch' : 'unknown_device';
  else if (seq <= 0) reason = 'invalid_seq';
  else reason = observationFault;
  return { reason, deviceId, seq, timeMs, clockSuspect };
}
