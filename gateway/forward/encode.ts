import { v1 } from '../../protos/index.js';
import type { OutboxRow } from '../outbox/outbox.js';

/**
 * Encodes a wx.v1.ForwardBatch straight from the outbox rows, which already hold framed field-3
 * (readings) and field-4 (statuses) entries: a repeated message field is just its encoded elements,
 * each tagged and length-prefixed, so the batch is its header followed by the rows' bytes, nothing
 * decoded or re-encoded. Field order on the wire does not matter to any protobuf decoder.
 */
export function encodeForwardBatch(batchId: number, gatewayId: string, rows: readonly OutboxRow[]): Buffer {
  const header = v1.ForwardBatch.encode({ batchId, gatewayId }).finish();
  const parts: Uint8Array[] = [header];
  let total = header.byteLength;
  for (const r of rows) {
    parts.push(r.framed);
    total += r.framed.byteLength;
  }
  return Buffer.concat(parts, total);
}
