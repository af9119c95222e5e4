import type { ServiceDefinition } from '@grpc/grpc-js';
import {
  GatewayIngestService,
  ProtoReader,
  v1,
  type DeviceStatus,
  type FusedEstimate,
  type ModelUpdateReport,
  type Nowcast,
  type SpatialQc,
} from '../../protos/index.js';

/**
 * A wx.v1.ForwardBatch as the hub's ingest receives it: everything decoded but the readings, which
 * are left as byte spans of the message for decodeReadings (decode-readings.ts) to turn straight
 * into store rows once the stream's gateway is known. Decoding them into protobufjs objects first
 * cost more than all the rest of the hub's ingest together.
 */
export interface IncomingBatch {
  batchId: number;
  gatewayId: string;
  source: Uint8Array;
  /** [start, end) byte offsets in `source` of each encoded Reading, flat: start0, end0, start1, ... */
  readingSpans: number[];
  statuses: DeviceStatus[];
  nowcasts: Nowcast[];
  spatialQc: SpatialQc[];
  fused: FusedEstimate[];
  modelReports: ModelUpdateReport[];
}

// Tags (field number << 3 | wire type) of wx.v1.ForwardBatch.
const BATCH_ID = (1 << 3) | 0;
const GATEWAY_ID = (2 << 3) | 2;
const READINGS = (3 << 3) | 2;
const STATUSES = (4 << 3) | 2;
const NOWCASTS = (5 << 3) | 2;
const SPATIAL_QC = (6 << 3) | 2;
const FUSED = (7 << 3) | 2;
const MODEL_REPORTS = (8 << 3) | 2;

/** Throws (as protobufjs decoders do) when the bytes are not a ForwardBatch. */
export function decodeForwardBatch(bytes: Uint8Array): IncomingBatch {
  const r = ProtoReader.create(bytes);
  const batch: IncomingBatch = { batchId: 0, gatewayId: '', source: bytes, readingSpans: [], statuses: [], nowcasts: [], spatialQc: [], fused: [], modelReports: [] };
  while (r.pos < r.len) {
    const tag = r.tag();
    switch (tag) {
      case BATCH_ID:
        batch.batchId = r.uint64() as unknown as number;
        break;
      case GATEWAY_ID:
        batch.gatewayId = r.stringVerify();
        break;
      case READINGS: {
        const length = r.uint32();
        const start = r.pos;
        r.skip(length);
        batch.readingSpans.push(start, start + length);
        break;
      }
      case STATUSES:
        batch.statuses.push(v1.DeviceStatus.decode(r, r.uint32()));
        break;
      case NOWCASTS:
        batch.nowcasts.push(v1.Nowcast.decode(r, r.uint32()));
        break;
      case SPATIAL_QC:
        batch.spatialQc.push(v1.SpatialQc.decode(r, r.uint32()));
        break;
      case FUSED:
        batch.fused.push(v1.FusedEstimate.decode(r, r.uint32()));
        break;
      case MODEL_REPORTS:
        batch.modelReports.push(v1.ModelUpdateReport.decode(r, r.uint32()));
        break;
      default:
        // Unknown fields, and known ones with another wire type, are skipped as the generated decoder
        // does (field number 0 throws).
        r.skipType(tag & 7, 0, tag >>> 3);
    }
  }
  return batch;
}

/** wx.v1.GatewayIngest as the hub serves it: the same contract, with the request decoded as above. */
export const HubIngestService = {
  forward: { ...GatewayIngestService.forward, requestDeserialize: (bytes: Buffer) => decodeForwardBatch(bytes) },
} satisfies ServiceDefinition;
