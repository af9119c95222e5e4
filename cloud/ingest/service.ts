import type { ServerDuplexStream } from '@grpc/grpc-js';
import { WxError } from '../../common/errors.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import type { Logger } from '../../common/logger.js';
import { isValidId } from '../../common/topics.js';
import type { ForwardAckProps } from '../../protos/index.js';
import type { CloudMetrics } from '../metrics.js';
import { CLOCK_SUSPECT, CLOCK_SYNCED, COL, ROW_WIDTH } from '../store/reading-rows.js';
import type { BatchInput, StationUpdate } from '../store/types.js';
import type { Authenticator, GatewayIdentity } from './auth.js';
import type { GroupCommitter } from './committer.js';
import { decodeReadings } from './decode-readings.js';
import type { IncomingBatch } from './forward-batch.js';
import { toGrpcStatus } from './status.js';
import { validateStatus } from './validate.js';

export interface ForwardDeps {
  authenticate: Authenticator;
  committer: GroupCommitter;
  metrics: CloudMetrics;
  logger: Logger;
  /** [1...1024] batches of one stream received but not yet acknowledged before reading pauses; 256 by
   * default, as many as a gateway keeps in flight (forwarding.maxInflightBatches), so under a steady
   * load of small batches the hub is not the narrower window. */
  maxInFlightBatches?: number;
  /**
   * Readings of one stream awaiting their commit before reading pauses (what bounds the hub's memory
   * per gateway: ~150 B each); 65,536 by default, twice a gateway's own window. A commit held up by a
   * slow fsync then does not stop the stream at once: the batches behind it are received meanwhile.
   */
  maxInFlightReadings?: number;
  /** [0...100000] rejections listed in one ack; `rejected` always has the full count. */
  maxListedRejections?: number;
  /** Stores the gateways' spatial QC and fused estimates (ForwardBatch fields 6, 7) before the ack. */
  fusionOutput?: { store(gatewayId: string, spatialQc: IncomingBatch['spatialQc'], fused: IncomingBatch['fused']): unknown };
  /** Stores the devices' nowcasts and model update reports (ForwardBatch fields 5, 8) before the ack. */
  nowcastOutput?: { store(gatewayId: string, nowcasts: IncomingBatch['nowcasts'], reports: IncomingBatch['modelReports']): unknown };
  now?: () => number;
}

/** Requests decoded by forward-batch.ts (HubIngestService), not by the generated ForwardBatch class. */
type ForwardCall = ServerDuplexStream<IncomingBatch, ForwardAckProps>;

/**
 * The handler of wx.v1.GatewayIngest/Forward. Per stream: authenticate once from metadata, then for
 * each batch validate every reading (bad ones are rejected with a reason, the rest go on), hand the
 * batch to the group committer and write its ack once committed, in batch order. Backpressure: the
 * stream stops reading (HTTP/2 flow control then holds the gateway) while too many batches await
 * their commit or while the ack direction is not draining.
 */
export interface ForwardService {
  forward: (call: ForwardCall) => void;
  /**
   * For shutdown: every open stream stops reading, waits for its batches to be committed and
   * acknowledged, then ends with UNAVAILABLE so its gateway reconnects (to this hub once restarted).
   */
  closeStreams(): Promise<void>;
}

export function createForwardService(deps: ForwardDeps): ForwardService {
  const { metrics } = deps;
  const maxInFlight = deps.maxInFlightBatches ?? 256;
  const maxInFlightReadings = deps.maxInFlightReadings ?? 65_536;
  const maxListed = deps.maxListedRejections ?? 1000;
  const now = deps.now ?? Date.now;
  const open = new Set<() => Promise<void>>();
  // Streams a lasting store failure ends (a full disk) would log one line each, several a second.
  const warnStreamFailed = createLogLimiter(deps.logger, 60_000);

  const forward = (call: ForwardCall): void => {
    let identity: GatewayIdentity;
    try {
      identity = deps.authenticate(call.metadata);
    } catch (err) {
      metrics.authFailures.inc();
      deps.logger.warn({ peer: call.getPeer(), reason: (err as Error).message }, 'gateway stream refused');
      call.emit('error', toGrpcStatus(err));
      return;
    }
    const gateway = identity.kind === 'configured' ? identity.gatewayId : '(shared token)';
    const log = deps.logger.child({ peer: call.getPeer(), gateway });
    metrics.streams.inc();
    let inFlight = 0;
    let inFlightReadings = 0;
    let failed = false;
    let inputEnded = false;
    let closed = false;
    let draining: (() => void) | undefined;

    const close = (): void => {
      if (closed) return;
      closed = true;
      metrics.streams.dec();
      open.delete(shutdown);
      draining?.();
    };
    const shutdown = (): Promise<void> =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        draining = resolve;
        call.pause();
        flow();
      });
    open.add(shutdown);
    const fail = (err: unknown): void => {
      if (failed) return;
      failed = true;
      const message = (err as Error).message;
      warnStreamFailed(`${gateway}\0${message}`, { peer: call.getPeer(), gateway, err: message }, 'gateway stream failed');
      call.emit('error', toGrpcStatus(err));
      close();
    };
    const flow = (): void => {
      if (failed) return;
      if (draining && inFlight === 0) {
        fail(new WxError('WX_ERR_STORE', 'hub shutting down; reconnect'));
        return;
      }
      if (draining || inFlight >= maxInFlight || inFlightReadings >= maxInFlightReadings || call.writableNeedDrain) call.pause();
      else if (call.isPaused()) call.resume();
      if (inputEnded && inFlight === 0 && !closed) {
        call.end();
        close();
      }
    };

    const onBatch = (batch: IncomingBatch): void => {
      if (failed) return;
      const receivedMs = now();
      let gatewayId: string;
      try {
        gatewayId = gatewayOf(identity, batch.gatewayId);
      } catch (err) {
        fail(err);
        return;
      }
      const { batchId } = batch;
      const input = prepareBatch(batch, gatewayId, identity.kind === 'configured', receivedMs, deps);
      const readings = input.batch.readings.length;
      inFlight++;
      inFlightReadings += readings;
      flow();
      deps.committer.submit(input.batch).then(
        (result) => {
          inFlight--;
          inFlightReadings -= readings;
          if (failed) return;
          const ack: ForwardAckProps = {
            batchId,
            stored: result.stored,
            duplicates: result.duplicates,
            rejected: input.rejections.length,
            rejections: input.rejections.slice(0, maxListed),
          };
          metrics.readingsStored.inc({ gateway: gatewayId }, result.stored);
          metrics.readingsDuplicate.inc({ gateway: gatewayId }, result.duplicates);
          if (deps.fusionOutput && (batch.spatialQc.length > 0 || batch.fused.length > 0)) {
            // Readings are committed; without this the batch is not acked and comes again (idempotent).
            try {
              deps.fusionOutput.store(gatewayId, batch.spatialQc, batch.fused);
            } catch (err) {
              fail(err);
              return;
            }
          }
          if (deps.nowcastOutput && (batch.nowcasts.length > 0 || batch.modelReports.length > 0)) {
            try {
              deps.nowcastOutput.store(gatewayId, batch.nowcasts, batch.modelReports);
            } catch (err) {
              fail(err);
              return;
            }
          }
          metrics.batches.inc({ gateway: gatewayId, outcome: 'stored' });
          call.write(ack);
          flow();
        },
        (err: unknown) => {
          inFlight--;
          inFlightReadings -= readings;
          metrics.batches.inc({ gateway: gatewayId, outcome: 'store_failed' });
          // Not acknowledged: the gateway keeps the batch and sends it again on a new stream.
          fail(err);
        },
      );
    };

    call.on('data', onBatch);
    call.on('drain', flow);
    call.on('end', () => {
      inputEnded = true;
      flow();
    });
    call.on('error', (err) => {
      // Emitted by fail() itself, or the transport (client cancelled, connection lost).
      if (!failed) log.debug({ err: err.message }, 'gateway stream error');
      failed = true;
      close();
    });
    call.on('cancelled', () => {
      failed = true;
      close();
    });
  };

  return {
    forward,
    closeStreams: async () => {
      await Promise.all([...open].map((shutdown) => shutdown()));
    },
  };
}

function gatewayOf(identity: GatewayIdentity, claimed: string): string {
  if (identity.kind === 'configured') {
    if (claimed !== '' && claimed !== identity.gatewayId) {
      throw new WxError('WX_ERR_DEVICE_MISMATCH', `batch names gateway ${JSON.stringify(claimed)} but the token belongs to ${identity.gatewayId}`);
    }
    return identity.gatewayId;
  }
  if (!isValidId(claimed)) throw new WxError('WX_ERR_PAYLOAD_INVALID', `batch gateway_id ${JSON.stringify(claimed)} is missing or invalid`, { field: 'gateway_id' });
  return claimed;
}

interface Prepared {
  batch: BatchInput;
  rejections: { deviceId: string; seq: number; reason: string }[];
}

function prepareBatch(batch: IncomingBatch, gatewayId: string, strict: boolean, receivedMs: number, deps: ForwardDeps): Prepared {
  const { metrics } = deps;
  metrics.readingsReceived.inc({ gateway: gatewayId }, batch.readingSpans.length / 2);
  const { rows, rejections } = decodeReadings(batch.source, batch.readingSpans, { gatewayId, strict, cloudReceivedMs: receivedMs });
  observeLatency(rows.rows, rows.length, receivedMs, metrics);
  for (const r of rejections) metrics.readingsRejected.inc({ gateway: gatewayId, reason: r.reason });
  const statuses: StationUpdate[] = [];
  for (const s of batch.statuses) {
    const v = validateStatus(s, gatewayId);
    metrics.statuses.inc({ gateway: gatewayId, outcome: v.ok ? 'accepted' : 'rejected' });
    if (v.ok) statuses.push(v.value);
    else deps.logger.warn({ gateway: gatewayId, reason: v.message }, 'device status rejected');
  }
  const listed = rejections.map((r) => ({ deviceId: r.deviceId, seq: r.seq, reason: `${r.reason}: ${r.message}` }));
  if (listed.length > 0) deps.logger.warn({ gateway: gatewayId, rejected: listed.length, first: listed[0]!.reason }, 'readings rejected');
  return { batch: { gatewayId, readings: rows, statuses, rejected: listed.length }, rejections: listed };
}

/** Device-to-hub and gateway-to-hub latency of each accepted reading (device clocks only when trusted). */
function observeLatency(rows: Float64Array, count: number, receivedMs: number, metrics: CloudMetrics): void {
  for (let o = 0; o < count * ROW_WIDTH; o += ROW_WIDTH) {
    const gatewayReceived = rows[o + COL.gatewayReceivedMs]!;
    if (!Number.isNaN(gatewayReceived)) metrics.ingestLatency.gateway.observe(Math.max(0, receivedMs - gatewayReceived) / 1000);
    if ((rows[o + COL.clockFlags]! & (CLOCK_SYNCED | CLOCK_SUSPECT)) === CLOCK_SYNCED) {
      metrics.ingestLatency.device.observe(Math.max(0, receivedMs - rows[o + COL.timeMs]!) / 1000);
    }
  }
}
