import { v1 } from '../../protos/index.js';
import type { OutboxRow } from '../outbox/outbox.js';

// ForwardBatch field tags, wire type 2 (length-delimited): readings = 3, statuses = 4.
const READINGS_TAG = (3 << 3) | 2;
const STATUSES_TAG = (4 << 3) | 2;

/**
 * Encodes a wx.v1.ForwardBatch straight from the outbox rows, which already hold encoded Reading
 * and DeviceStatus messages: a repeated message field is just its encoded elements, each tagged and
 * length-prefixed, so nothing is decoded and re-encoded on the hot path. Field order on the wire
 * does not matter to any protobuf decoder.
 */
export function encodeForwardBatch(batchId: number, gatewayId: string, rows: readonly OutboxRow[]): Buffer {
  const w = v1.ForwardBatch.encode({ batchId, gatewayId });
  for (const r of rows) w.uint32(r.kind === 'reading' ? READINGS_TAG : STATUSES_TAG).bytes(r.payload);
  const bytes = w.finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The longest prefix of `rows` whose payloads fit `maxBytes` (always at least one row). */
export function fitBatch(rows: OutboxRow[], maxBytes: number): OutboxRow[] {
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    total += rows[i]!.payload.byteLength + 8;
    if (total > maxBytes && i > 0) return rows.slice(0, i);
  }
  return rows;
}
