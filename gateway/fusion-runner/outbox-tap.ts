/**
 * Lets the fusion see exactly what the gateway made durable: an Outbox that forwards every append to
 * the real one and then decodes the rows for the listener (readings rows are framed ForwardBatch
 * field-3 entries, so they decode as a ForwardBatch; status rows are a bare DeviceStatus). Ingest is
 * untouched; a listener error never fails the append.
 */
import { v1, type DeviceStatus, type Reading } from '../../protos/index.js';
import type { Outbox } from '../outbox/outbox.js';

export interface AcceptedListener {
  onReadings(readings: readonly Reading[]): void;
  onStatus(status: DeviceStatus): void;
  onError(err: unknown): void;
}

export function tapOutbox(outbox: Outbox, listener: AcceptedListener): Outbox {
  return {
    ...outbox,
    append(rows) {
      outbox.append(rows);
      for (const r of rows) {
        try {
          if (r.kind === 'status') listener.onStatus(v1.DeviceStatus.decode(r.payload));
          else listener.onReadings(v1.ForwardBatch.decode(r.payload).readings as Reading[]);
        } catch (err) {
          listener.onError(err);
        }
      }
    },
  };
}
