/**
 * Ingest of a device's nowcasts and model update reports: decoded, checked (common/nowcast-message.ts),
 * and turned into outbox rows framed as ForwardBatch entries (field 5 nowcasts, field 8 model_reports),
 * so the forwarder sends them in the same batches as readings. A nowcast is stamped with the gateway's
 * id and receive time by appending fields 17 and 18 (protobuf "last one wins"; nothing re-encoded).
 */
import { modelReportProblem, nowcastProblem } from '../../common/nowcast-message.js';
import { v1 } from '../../protos/index.js';
import { frameEntry, varintSize, writeVarint } from '../outbox/frame.js';
import type { NewRow } from '../outbox/outbox.js';

const NOWCASTS_FIELD = 5;
const MODEL_REPORTS_FIELD = 8;
// wx.v1.Nowcast: 17 gateway_received_ms (varint), 18 gateway_id (length-delimited).
const RECEIVED_TAG = (17 << 3) | 0;
const GATEWAY_ID_TAG = (18 << 3) | 2;

export type Checked = { row: NewRow } | { problem: string; malformed: boolean };

/** The nowcast's bytes with gateway_received_ms and gateway_id appended. */
export function stampNowcast(payload: Uint8Array, receivedMs: number, gatewayId: Buffer): Buffer {
  const out = Buffer.allocUnsafe(payload.byteLength + varintSize(RECEIVED_TAG) + varintSize(receivedMs) + varintSize(GATEWAY_ID_TAG) + varintSize(gatewayId.byteLength) + gatewayId.byteLength);
  out.set(payload, 0);
  let pos = writeVarint(out, payload.byteLength, RECEIVED_TAG);
  pos = writeVarint(out, pos, receivedMs);
  pos = writeVarint(out, pos, GATEWAY_ID_TAG);
  pos = writeVarint(out, pos, gatewayId.byteLength);
  gatewayId.copy(out, pos);
  return out;
}

export function checkNowcastMessage(payload: Buffer, deviceId: string, receivedMs: number, gatewayId: Buffer): Checked {
  let n;
  try {
    n = v1.Nowcast.decode(payload);
  } catch {
    return { problem: 'not a wx.v1.Nowcast', malformed: true };
  }
  const problem = nowcastProblem(n, deviceId);
  if (problem) return { problem, malformed: false };
  const framed = frameEntry(NOWCASTS_FIELD, stampNowcast(payload, receivedMs, gatewayId));
  return { row: { kind: 'readings', deviceId, seq: Number(n.inputLastSeq ?? 0), receivedMs, count: 1, payload: framed } };
}

export function checkModelReportMessage(payload: Buffer, deviceId: string, receivedMs: number): Checked {
  let r;
  try {
    r = v1.ModelUpdateReport.decode(payload);
  } catch {
    return { problem: 'not a wx.v1.ModelUpdateReport', malformed: true };
  }
  const problem = modelReportProblem(r, deviceId);
  if (problem) return { problem, malformed: false };
  return { row: { kind: 'readings', deviceId, seq: 0, receivedMs, count: 1, payload: frameEntry(MODEL_REPORTS_FIELD, payload) } };
}
