import { COL, IdList, ROW_WIDTH, type ReadingRows } from './reading-rows.js';
import type { StationUpdate } from './types.js';

/**
 * One store transaction in a compact form that crosses to the writer thread cheaply: every reading
 * is one row of ROW_WIDTH doubles (reading-rows.ts) in one transferable Float64Array, and device and
 * gateway ids are strings listed once and referred to by index. Structured-cloning reading objects
 * instead costs about as much per reading as the SQLite insert itself.
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

export interface RequestBatch {
  gatewayId: string;
  rows: ReadingRows;
  rejected: number;
  statuses: readonly StationUpdate[];
}

/**
 * The batches' rows in one new array (the batches keep theirs: the store still reads them after
 * the commit), their device and gateway indexes renumbered into the request's lists.
 */
export function encodeWriteRequest(batches: readonly RequestBatch[]): WriteRequest {
  const devices = new IdList();
  const gateways = new IdList();
  let total = 0;
  for (const b of batches) total += b.rows.length;
  const rows = new Float64Array(total * ROW_WIDTH);
  let o = 0;
  const out: WriteRequest['batches'] = [];
  for (const b of batches) {
    out.push({ gatewayIdx: gateways.indexOf(b.gatewayId), readings: b.rows.length, rejected: b.rejected, statuses: b.statuses });
    const deviceIdx = b.rows.deviceIds.map((d) => devices.indexOf(d));
    const gatewayIdx = b.rows.gatewayIds.map((g) => gateways.indexOf(g));
    rows.set(b.rows.rows.subarray(0, b.rows.length * ROW_WIDTH), o);
    for (const end = o + b.rows.length * ROW_WIDTH; o < end; o += ROW_WIDTH) {
      rows[o + COL.device] = deviceIdx[rows[o + COL.device]!]!;
      rows[o + COL.gateway] = gatewayIdx[rows[o + COL.gateway]!]!;
    }
  }
  return { deviceIds: devices.ids, gatewayIds: gateways.ids, batches: out, rows };
}
