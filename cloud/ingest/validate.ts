import { isValidId } from '../../common/topics.js';
import { QC_FLAGS, variableFromProto } from '../../common/variables.js';
import type { DeviceStatusProps, ReadingProps } from '../../protos/index.js';
import { DeviceState } from '../../protos/index.js';
import type { ReadingRecord, StationUpdate, StoredValue } from '../store/types.js';

/** Low-cardinality reason codes (metric label); the message says the particulars. */
export type RejectReason = 'device_id' | 'seq' | 'time' | 'no_observations' | 'variable' | 'duplicate_variable' | 'value' | 'flag' | 'gateway_id';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: RejectReason; message: string };

/** Dates outside ±100 million days are not representable (ECMAScript Date range). */
const MAX_ABS_TIME_MS = 8.64e15;
const MAX_FLAG = Math.max(...Object.values(QC_FLAGS));

/** int64/uint64 fields decode as numbers (--force-number) but a default may still be a Long. */
export function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function reject(reason: RejectReason, message: string): { ok: false; reason: RejectReason; message: string } {
  return { ok: false, reason, message };
}

/**
 * Checks one reading and turns it into a ReadingRecord. Readings are judged one by one: a bad
 * reading is rejected with its reason, the rest of the batch is stored. `strict`: the stream belongs
 * to a configured gateway, so readings may not name another gateway.
 */
export function validateReading(r: ReadingProps, batch: { gatewayId: string; strict: boolean }, cloudReceivedMs: number): Validated<ReadingRecord> {
  const deviceId = r.deviceId ?? '';
  if (!isValidId(deviceId)) return reject('device_id', `device_id ${JSON.stringify(deviceId)} does not match [A-Za-z0-9_.-]{1,64}`);
  const seq = toNumber(r.seq);
  if (!Number.isSafeInteger(seq) || seq <= 0) return reject('seq', `seq must be a positive integer (got ${String(r.seq)})`);
  const timeMs = toNumber(r.timeMs);
  if (!Number.isSafeInteger(timeMs) || timeMs === 0 || Math.abs(timeMs) > MAX_ABS_TIME_MS) {
    return reject('time', `time_ms must be a set, finite epoch time in ms (got ${String(r.timeMs)})`);
  }
  const gatewayId = r.gatewayId || batch.gatewayId;
  // A configured gateway's readings carry its own id (or none); another id is a mix-up, not data.
  if (batch.strict && gatewayId !== batch.gatewayId) return reject('gateway_id', `gateway_id ${JSON.stringify(gatewayId)} is not this stream's ${batch.gatewayId}`);
  if (!isValidId(gatewayId)) return reject('gateway_id', `gateway_id ${JSON.stringify(gatewayId)} does not match [A-Za-z0-9_.-]{1,64}`);
  const observations = r.observations ?? [];
  if (observations.length === 0) return reject('no_observations', 'reading carries no observations');
  const values: ReadingRecord['values'] = {};
  for (const o of observations) {
    const variable = variableFromProto(o.variable ?? 0);
    if (variable === undefined) return reject('variable', `unknown variable ${String(o.variable)}`);
    if (values[variable] !== undefined) return reject('duplicate_variable', `variable ${variable} appears twice`);
    const raw = o.value ?? Number.NaN;
    // NaN is the wire's "missing"; infinities are not measurements.
    if (typeof raw !== 'number' || raw === Infinity || raw === -Infinity) return reject('value', `${variable}: value must be finite or NaN`);
    const flag = o.flag ?? 0;
    if (!Number.isInteger(flag) || flag < 0 || flag > MAX_FLAG) return reject('flag', `${variable}: unknown QC flag ${String(flag)}`);
    const stored: StoredValue = { value: Number.isNaN(raw) ? null : raw, flag, tests: (o.qcTests ?? 0) >>> 0 };
    values[variable] = stored;
  }
  const gatewayReceived = toNumber(r.gatewayReceivedMs);
  return {
    ok: true,
    value: {
      deviceId,
      seq,
      timeMs,
      clockSynced: r.clockSynced === true,
      clockSuspect: r.clockSuspect === true,
      gatewayReceivedMs: Number.isSafeInteger(gatewayReceived) && gatewayReceived !== 0 ? gatewayReceived : null,
      cloudReceivedMs,
      gatewayId,
      values,
    },
  };
}

function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Turns a DeviceStatus into a station update, or says why it cannot be used. */
export function validateStatus(s: DeviceStatusProps, gatewayId: string): Validated<StationUpdate> {
  const deviceId = s.deviceId ?? '';
  if (!isValidId(deviceId)) return reject('device_id', `status device_id ${JSON.stringify(deviceId)} is invalid`);
  const statusTimeMs = toNumber(s.timeMs);
  if (!Number.isSafeInteger(statusTimeMs)) return reject('time', `status time_ms ${String(s.timeMs)} is invalid`);
  const st = s.station;
  const state = s.state === DeviceState.ONLINE ? 'online' : s.state === DeviceState.OFFLINE ? 'offline' : 'unspecified';
  const update: StationUpdate = {
    deviceId,
    gatewayId,
    statusTimeMs,
    state,
    agentVersion: s.agentVersion ?? '',
    lastSeq: toNumber(s.lastSeq) || 0,
    outboxDepth: toNumber(s.outboxDepth) || 0,
    clockSynced: s.clockSynced === true,
  };
  if (st) {
    update.info = {
      site: st.site ?? '',
      name: st.name ?? '',
      latitude: finiteOrNull(st.latitude),
      longitude: finiteOrNull(st.longitude),
      elevationM: finiteOrNull(st.elevationM),
      hardware: st.hardware ?? '',
    };
  }
  return { ok: true, value: update };
}
