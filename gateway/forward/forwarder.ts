/**
 * Forwards the outbox to the cloud over one long-lived gRPC bidi stream (wx.v1.GatewayIngest/Forward).
 *
 * - Batches are read from the outbox in id order, a page at a time (never the whole backlog), and
 *   at most `maxInflightBatches` batches and `maxInflightReadings` readings (+ statuses) are
 *   unacknowledged at once; a stream write() that returns false pauses sending until 'drain'. Memory
 *   is bounded by maxInflightReadings (a message's readings are one row and never split, so the window
 *   may exceed it by one message). Many small batches may be out under a steady load, few large ones
 *   while a backlog drains.
 * - The window is refilled as soon as an ack arrives or rows are appended; the poll interval only
 *   backs that up.
 * - Rows are deleted only when the ForwardAck for their batch arrives. When a stream fails, every
 *   unacknowledged batch is sent again on the next stream (the cloud is idempotent on device+seq).
 * - A failed or silent stream (no ack for ackTimeoutMs) is replaced after a backoff with jitter;
 *   the outbox keeps buffering meanwhile, for days if it must.
 */
import { Client, credentials as grpcCredentials, Metadata, type ChannelCredentials, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { Logger } from '../../common/logger.js';
import { GatewayIngestService, type ForwardAck } from '../../protos/index.js';
import type { ForwardingConfig } from '../config/schema.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import { toNumber } from '../ingest/validate.js';
import type { GatewayMetrics } from '../metrics.js';
import type { Outbox } from '../outbox/outbox.js';
import { createBackoff } from './backoff.js';
import { encodeForwardBatch } from './encode.js';

export interface ForwarderDeps {
  gatewayId: string;
  /** host:port of the cloud's gRPC ingest. */
  address: string;
  token?: string;
  credentials?: ChannelCredentials;
  outbox: Outbox;
  config: ForwardingConfig;
  metrics: GatewayMetrics;
  logger: Logger;
  /** Bytes of row payload per batch, below the server's 4 MiB default receive limit. */
  maxBatchBytes?: number;
}

export interface Forwarder {
  start(): void;
  /** New rows are in the outbox (cheap; coalesced). */
  notify(): void;
  stop(): Promise<void>;
  /** Unacknowledged batches on the current stream (tests, metrics). */
  inflight(): number;
  /** True while a forward stream is open and has not failed. */
  connected(): boolean;
}

interface Batch {
  fromId: number;
  toId: number;
  sentAt: number;
  readings: number;
  statuses: number;
}

interface Stream {
  call: ClientDuplexStream<Buffer, ForwardAck>;
  cursor: number; // highest outbox id sent on this stream
  nextBatchId: number;
  inflight: Map<number, Batch>;
  /** Readings + statuses in the unacknowledged batches. */
  inflightEntries: number;
  waitingDrain: boolean;
  closed: boolean;
}

export function createForwarder(deps: ForwarderDeps): Forwarder {
  const { gatewayId, outbox, config, metrics, logger } = deps;
  const maxBatchBytes = deps.maxBatchBytes ?? 3 * 1024 * 1024;
  const warn = createLogLimiter(logger);
  const client = new Client(deps.address, deps.credentials ?? grpcCredentials.createInsecure());
  const backoff = createBackoff(config.retryInitialMs, config.retryMaxMs);
  const def = GatewayIngestService.forward;
  let current: Stream | undefined;
  let stopped = true;
  let pumpScheduled = false;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let tickTimer: NodeJS.Timeout | undefined;

  metrics.sources.forwardOldestUnackedMs = () => outbox.oldestReceivedMs();

  function open(): void {
    reconnectTimer = undefined;
    if (stopped) return;
    const md = new Metadata();
    if (deps.token) md.set('authorization', `Bearer ${deps.token}`);
    const call = client.makeBidiStreamRequest<Buffer, ForwardAck>(def.path, (b: Buffer) => b, def.responseDeserialize, md, {});
    const s: Stream = { call, cursor: 0, nextBatchId: 1, inflight: new Map(), inflightEntries: 0, waitingDrain: false, closed: false };
    current = s;
    call.on('metadata', () => {
      if (current === s) metrics.streamConnected.set(1);
    });
    call.on('data', (ack: ForwardAck) => onAck(s, ack));
    call.on('error', (err: ServiceError) => onClosed(s, err));
    call.on('end', () => onClosed(s, undefined));
    call.on('drain', () => {
      s.waitingDrain = false;
      pump();
    });
    pump();
  }

  function onClosed(s: Stream, err: ServiceError | undefined): void {
    if (s.closed) return;
    s.closed = true;
    if (current !== s) return;
    current = undefined;
    metrics.streamConnected.set(0);
    metrics.inflightBatches.set(0);
    if (stopped) return;
    s.call.cancel();
    const delay = backoff.next();
    metrics.streamReconnects.inc();
    warn('stream', { code: err?.code, err: err?.details ?? err?.message, unacked: s.inflight.size, retryInMs: delay }, 'forward stream closed; will reconnect');
    reconnectTimer = setTimeout(open, delay);
  }

  function onAck(s: Stream, ack: ForwardAck): void {
    const id = toNumber(ack.batchId);
    const b = s.inflight.get(id);
    if (!b) {
      warn('unknown-ack', { batchId: id }, 'ack for an unknown batch ignored');
      return;
    }
    s.inflight.delete(id);
    s.inflightEntries -= b.readings + b.statuses;
    outbox.deleteRange(b.fromId, b.toId);
    backoff.reset();
    metrics.streamConnected.set(1);
    metrics.batchesAcked.inc();
    metrics.inflightBatches.set(s.inflight.size);
    metrics.cloudStored.inc(ack.stored);
    metrics.cloudDuplicates.inc(ack.duplicates);
    if (ack.rejected > 0) {
      metrics.cloudRejected.inc(ack.rejected);
      warn('cloud-rejected', { batchId: id, rejected: ack.rejected, first: ack.rejections[0] }, 'cloud rejected readings');
    }
    pump();
  }

  function pump(): void {
    const s = current;
    if (!s || s.closed || stopped) return;
    while (!s.waitingDrain && s.inflight.size < config.maxInflightBatches && s.inflightEntries < config.maxInflightReadings) {
      const room = Math.min(config.batchMaxReadings, config.maxInflightReadings - s.inflightEntries);
      const rows = outbox.page(s.cursor, { maxEntries: room, maxBytes: maxBatchBytes });
      if (rows.length === 0) break;
      const batchId = s.nextBatchId++;
      let readings = 0;
      let statuses = 0;
      for (const r of rows) {
        if (r.kind === 'status') statuses += r.count;
        else readings += r.count;
      }
      const batch: Batch = { fromId: rows[0]!.id, toId: rows[rows.length - 1]!.id, sentAt: Date.now(), readings, statuses };
      s.inflight.set(batchId, batch);
      s.inflightEntries += readings + statuses;
      s.cursor = batch.toId;
      const ok = s.call.write(encodeForwardBatch(batchId, gatewayId, rows));
      metrics.batchesSent.inc();
      metrics.forwardedReadings.inc(batch.readings);
      metrics.forwardedStatuses.inc(batch.statuses);
      metrics.inflightBatches.set(s.inflight.size);
      if (!ok) s.waitingDrain = true;
    }
  }

  function tick(): void {
    const s = current;
    if (s && !s.closed) {
      const oldest = s.inflight.values().next().value as Batch | undefined;
      if (oldest && Date.now() - oldest.sentAt > config.ackTimeoutMs) {
        warn('ack-timeout', { batches: s.inflight.size }, 'no ack in time: restarting the forward stream');
        s.call.cancel(); // surfaces as an error (CANCELLED) -> onClosed -> reconnect
        return;
      }
    }
    pump();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      outbox.onAppend(() => this.notify());
      tickTimer = setInterval(tick, config.pollIntervalMs);
      tickTimer.unref();
      open();
    },
    notify() {
      if (pumpScheduled) return;
      pumpScheduled = true;
      setImmediate(() => {
        pumpScheduled = false;
        pump();
      });
    },
    async stop() {
      stopped = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      if (tickTimer) clearInterval(tickTimer);
      const s = current;
      current = undefined;
      if (s && !s.closed) {
        s.closed = true;
        s.call.cancel();
      }
      metrics.streamConnected.set(0);
      client.close();
    },
    inflight: () => current?.inflight.size ?? 0,
    connected: () => current !== undefined && !current.closed,
  };
}
