import { VARIABLE_COLUMNS, packQc } from './schema.js';
import type { BatchInput, StationUpdate } from './types.js';

/**
 * One store transaction in a compact form that crosses to the writer thread cheaply: every reading
 * is one row of ROW_WIDTH doubles in one transferable Float64Array, and device and gateway ids are
 * strings listed once and referred to by index. Structured-cloning the ReadingRecord objects instead
 * costs about as much per reading as the SQLite insert itself.
 */
export interface WriteRequest {
  deviceIds: string[];
  gatewayIds: string[];
  batches: { gatewayIdx: number; readings: number; rejected: number; statuses: readonly StationUpdate[] }[];
  rows: Float64Array<ArrayBuffer>;
}

export interface WriteResponse {
  /** Per batch, in request order. */
  counts: { stored: number; duplicates: number }[];
  /** One byte per reading of the request, in order: 1 when it was new, 0 when a duplicate. */
  storedMask: Uint8Array<ArrayBuffer>;
}

/** Row layout. A NaN gateway-received time is null; a NaN QC word means the reading lacks the variable. */
export const COL = {
  device: 0,
  seq: 1,
  timeMs: 2,
  gatewayReceivedMs: 3,
  cloudReceivedMs: 4,
  clockFlags: 5,
  gateway: 6,
  /** Then, per VARIABLE_COLUMNS entry: value (NaN when missing), packed QC. */
  values: 7,
} as const;
export const ROW_WIDTH = COL.values + 2 * VARIABLE_COLUMNS.length;

export function encodeWriteRequest(batches: readonly BatchInput[]): WriteRequest {
  const deviceIdx = new Map<string, number>();
  const gatewayIdx = new Map<string, number>();
  const indexOf = (m: Map<string, number>, key: string): number => {
    let i = m.get(key);
    if (i === undefined) m.set(key, (i = m.size));
    return i;
  };
  let total = 0;
  for (const b of batches) total += b.readings.length;
  const rows = new Float64Array(total * ROW_WIDTH);
  let o = 0;
  const out: WriteRequest['batches'] = [];
  for (const b of batches) {
    out.push({ gatewayIdx: indexOf(gatewayIdx, b.gatewayId), readings: b.readings.length, rejected: b.rejected, statuses: b.statuses });
    for (const r of b.readings) {
      rows[o + COL.device] = indexOf(deviceIdx, r.deviceId);
      rows[o + COL.seq] = r.seq;
      rows[o + COL.timeMs] = r.timeMs;
      rows[o + COL.gatewayReceivedMs] = r.gatewayReceivedMs ?? Number.NaN;
      rows[o + COL.cloudReceivedMs] = r.cloudReceivedMs;
      rows[o + COL.clockFlags] = (r.clockSynced ? 1 : 0) | (r.clockSuspect ? 2 : 0);
      rows[o + COL.gateway] = indexOf(gatewayIdx, r.gatewayId);
      let i = o + COL.values;
      for (const c of VARIABLE_COLUMNS) {
        const v = r.values[c.name];
        rows[i++] = v?.value ?? Number.NaN;
        rows[i++] = v === undefined ? Number.NaN : packQc(v.flag, v.tests);
      }
      o += ROW_WIDTH;
    }
  }
  return { deviceIds: [...deviceIdx.keys()], gatewayIds: [...gatewayIdx.keys()], batches: out, rows };
}
