import { isValidId } from '../../common/topics.js';
import type { DeviceStatusProps } from '../../protos/index.js';
import { DeviceState } from '../../protos/index.js';
import type { StationUpdate } from '../store/types.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: 'device_id' | 'time'; message: string };

/** int64/uint64 fields decode as numbers (--force-number) but a default may still be a Long. */
export function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function reject(reason: 'device_id' | 'time', message: string): { ok: false; reason: 'device_id' | 'time'; message: string } {
  return { ok: false, reason, message };
}

/** At most this many details, keys and values cut to these lengths: free-form facts, not a place for data. */
export const DETAIL_LIMITS = { entries: 64, keyChars: 64, valueChars: 512 } as const;

function boundedDetails(details: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const [k, v] of Object.entries(details ?? {})) {
    if (n++ >= DETAIL_LIMITS.entries) break;
    out[k.slice(0, DETAIL_LIMITS.keyChars)] = String(v).slice(0, DETAIL_LIMITS.valueChars);
  }
  return out;
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
    details: boundedDetails(s.details),
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
