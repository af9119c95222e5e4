/**
 * Pure checks of payloads against their topic and the physical world. No I/O: the ingest decides
 * what to store; these only say what is wrong, as a reason label for the rejected counter. Readings
 * are checked on the wire, without decoding them (reading-check.ts), against PHYSICAL_BOUNDS here.
 */
import type { VariableName } from '../../common/variables.js';
import type { DeviceStatus } from '../../protos/index.js';

export type RejectReason =
  | 'malformed'
  | 'oversized'
  | 'wrong_topic'
  | 'unknown_device'
  | 'disabled_device'
  | 'device_mismatch'
  | 'site_mismatch'
  | 'empty_batch'
  | 'invalid_seq'
  | 'unknown_variable'
  | 'duplicate_variable'
  | 'non_finite_value'
  | 'absurd_value'
  | 'not_authorized'
  | 'invalid_message'; // a nowcast or model report that fails its checks (common/nowcast-message.ts)

/**
 * Values no sensor on the Earth's surface can report, whatever the weather: an observation outside
 * these is rejected unless the device itself already flagged it bad or missing (the raw value of a
 * flagged sensor fault is kept, that is QC's business). Plausible-climate limits are the agent's QC.
 */
export const PHYSICAL_BOUNDS: Record<VariableName, readonly [number, number]> = {
  temperature: [-100, 100], // °C
  dew_point: [-100, 100], // °C
  pressure: [100, 1200], // hPa, station pressure
  relative_humidity: [0, 150], // %, wet sensors overshoot 100 a little; QC flags that
  wind_speed: [0, 150], // m/s
  wind_direction: [0, 360], // degrees
  precipitation: [0, 1000], // mm per sampling interval
};

/** 2000-01-01T00:00:00Z: a device time before it means an unset clock (a Pi booting at 1970). */
export const EARLIEST_PLAUSIBLE_MS = 946684800000;

/** protobufjs decodes 64-bit fields as Long objects at run time, whatever the typings say. */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  return Number(v);
}

/** True when the device's timestamp cannot be trusted (kept, but flagged clock_suspect). */
export function isClockSuspect(timeMs: number, nowMs: number, maxFutureSkewMs: number): boolean {
  return !Number.isFinite(timeMs) || timeMs < EARLIEST_PLAUSIBLE_MS || timeMs > nowMs + maxFutureSkewMs;
}

export function checkStatus(s: DeviceStatus, topicSite: string, topicDeviceId: string, isKnownDevice: (id: string) => boolean): RejectReason | undefined {
  if (s.deviceId !== topicDeviceId) return isKnownDevice(s.deviceId) ? 'device_mismatch' : 'unknown_device';
  const st = s.station;
  if (st) {
    if (st.deviceId && st.deviceId !== topicDeviceId) return 'device_mismatch';
    if (st.site && st.site !== topicSite) return 'site_mismatch';
    const lat = st.latitude ?? 0;
    const lon = st.longitude ?? 0;
    const badLat = !Number.isFinite(lat) || lat < -90 || lat > 90;
    const badLon = !Number.isFinite(lon) || lon < -180 || lon > 180;
    if (badLat || badLon) return 'absurd_value';
  }
  return undefined;
}
