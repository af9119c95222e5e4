/**
 * One fusion step as an outbox row: SpatialQc entries as ForwardBatch field 6 and FusedEstimate
 * entries as field 7, framed like the readings rows so the forwarder concatenates them into a batch
 * unchanged. The row uses the outbox's framed kind ('readings': "payload is framed ForwardBatch
 * entries"), so forwarding, acknowledgement and deletion work as for readings; its count is the
 * number of entries.
 */
import { v1, type FusedEstimateProps, type SpatialQcProps } from '../../protos/index.js';
import { frameEntry } from '../outbox/frame.js';
import type { NewRow } from '../outbox/outbox.js';

const SPATIAL_QC_FIELD = 6;
const FUSED_FIELD = 7;

export function fusionOutboxRow(gatewayId: string, stepTimeMs: number, spatialQc: readonly SpatialQcProps[], fused: readonly FusedEstimateProps[], receivedMs: number): NewRow | undefined {
  const parts = [
    ...spatialQc.map((m) => frameEntry(SPATIAL_QC_FIELD, v1.SpatialQc.encode(m).finish())),
    ...fused.map((m) => frameEntry(FUSED_FIELD, v1.FusedEstimate.encode(m).finish())),
  ];
  if (parts.length === 0) return undefined;
  return { kind: 'readings', deviceId: gatewayId, seq: Math.floor(stepTimeMs / 1000), receivedMs, count: parts.length, payload: Buffer.concat(parts) };
}
