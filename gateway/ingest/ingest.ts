/**
 * Ingest: every MQTT message (embedded broker or bridge) comes through here. It is decoded,
 * validated, stamped with the gateway's receive time and id, and the accepted readings and statuses
 * are written to the durable outbox BEFORE `done` is called: the broker sends the PUBACK from `done`,
 * so a PUBACKed reading is always on disk. Writes of one event-loop turn share one transaction, and
 * the fsync that makes them durable runs off the event loop, shared by every transaction committed
 * while the previous one ran (group commit): messages keep being read, checked and forwarded while
 * the disk syncs.
 */
import { isWxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { parseTopicCached, type MessageKind } from '../../common/topics.js';
import { ProtoReader, v1, type DeviceStatus } from '../../protos/index.js';
import type { DeviceRegistry } from '../config/devices.js';
import type { DeviceConfig, LimitsConfig } from '../config/schema.js';
import type { GatewayMetrics } from '../metrics.js';
import { fieldSpans, frameStampedReadings, type Span } from '../outbox/frame.js';
import type { NewRow, Outbox } from '../outbox/outbox.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import { checkModelReportMessage, checkNowcastMessage, type Checked } from './nowcast.js';
import { checkEncodedReading, type ReadingCheck } from './reading-check.js';
import { checkStatus, isClockSuspect, toNumber, type RejectReason } from './validate.js';
import type { DeviceActivity } from '../status.js';

export interface IngestMessage {
  topic: string;
  payload: Buffer;
  /** The authenticated device that published it (embedded broker); absent in bridge mode and for wills. */
  publisher?: DeviceConfig;
}

/** stored: on disk (some readings may have been rejected); ignored: nothing to keep; rejected: all bad. */
export type Outcome = 'stored' | 'ignored' | 'rejected';
export type IngestDone = (err: Error | null, outcome?: Outcome) => void;

export interface Ingest {
  /** Validates now, persists in this turn's group commit, then calls `done` (err = not persisted). */
  submit(message: IngestMessage, done: IngestDone): void;
}

export interface IngestDeps {
  gatewayId: string;
  registry: DeviceRegistry;
  outbox: Outbox;
  metrics: GatewayMetrics;
  logger: Logger;
  limits: LimitsConfig;
  now?: () => number;
  /** A device's model chunk request (model-req), for the model relay; nothing is stored. */
  onModelRequest?: (deviceId: string, payload: Buffer) => void;
  /** Notes each known, authorized device's newest message (the gateway's /status). */
  activity?: DeviceActivity;
}

interface Verdict {
  outcome: Outcome;
  rows: NewRow[];
  readings: number;
  statuses: number;
}

const NOTHING: Verdict = { outcome: 'ignored', rows: [], readings: 0, statuses: 0 };
const REJECTED: Verdict = { outcome: 'rejected', rows: [], readings: 0, statuses: 0 };
/** wx.v1.ReadingBatch.readings */
const READINGS_FIELD = 1;

export function createIngest(deps: IngestDeps): Ingest {
  const { gatewayId, registry, outbox, metrics, logger, limits } = deps;
  const now = deps.now ?? Date.now;
  const warn = createLogLimiter(logger);
  const isKnown = (id: string): boolean => registry.has(id);
  const gatewayIdBytes = Buffer.from(gatewayId, 'utf8');
  let pending: { verdict: Verdict; done: IngestDone }[] = [];

  // Messages received by kind, added to the counter once per event-loop turn: prom-client hashes
  // the label set on every inc(), which cost more than the topic parse it counts.
  const receivedByKind = new Map<string, number>();
  function countReceived(kind: string): void {
    if (receivedByKind.size === 0) setImmediate(flushReceived);
    receivedByKind.set(kind, (receivedByKind.get(kind) ?? 0) + 1);
  }
  function flushReceived(): void {
    for (const [kind, n] of receivedByKind) metrics.messagesReceived.inc({ kind }, n);
    receivedByKind.clear();
  }

  function reject(reason: RejectReason, topic: string, extra: Record<string, unknown> = {}, count = 1): Verdict {
    metrics.rejected.inc({ reason }, count);
    warn(`${reason}:${topic}`, { reason, topic, ...extra }, 'message rejected');
    return REJECTED;
  }

  function decode<T>(decoder: (b: Uint8Array) => T, payload: Buffer): T | undefined {
    try {
      return decoder(payload);
    } catch {
      return undefined;
    }
  }

  function evaluate(msg: IngestMessage): Verdict {
    const parts = parseTopicCached(msg.topic);
    countReceived(parts?.kind ?? 'unknown');
    if (msg.payload.length > limits.maxPayloadBytes) return reject('oversized', msg.topic, { bytes: msg.payload.length });
    if (!parts) return reject('wrong_topic', msg.topic);
    const device = registry.get(parts.deviceId);
    if (!device) return reject('unknown_device', msg.topic);
    if (!device.enabled) return reject('disabled_device', msg.topic);
    if (device.site !== parts.site) return reject('site_mismatch', msg.topic, { expectedSite: device.site });
    if (msg.publisher && msg.publisher.deviceId !== device.deviceId) return reject('not_authorized', msg.topic, { publisher: msg.publisher.deviceId });
    deps.activity?.seen(device.deviceId, parts.kind, now());
    return byKind(parts.kind, parts.site, device.deviceId, msg);
  }

  function byKind(kind: MessageKind, site: string, deviceId: string, msg: IngestMessage): Verdict {
    switch (kind) {
      case 'readings':
        return readings(deviceId, msg);
      case 'status':
        return status(site, deviceId, msg);
      case 'cmd-result': {
        const result = decode((b) => v1.CommandResult.decode(b), msg.payload);
        if (!result) return reject('malformed', msg.topic);
        logger.info({ deviceId, commandId: result.commandId, ok: result.ok, message: result.message }, 'command result');
        return NOTHING;
      }
      case 'nowcast':
        return checked(checkNowcastMessage(msg.payload, deviceId, now(), gatewayIdBytes), msg.topic);
      case 'model-report':
        return checked(checkModelReportMessage(msg.payload, deviceId, now()), msg.topic);
      case 'model-req':
        deps.onModelRequest?.(deviceId, msg.payload);
        return NOTHING; // answered by the model relay, nothing to forward
      case 'cmd':
        return reject('wrong_topic', msg.topic); // gateway -> device only
    }
  }

  /** A nowcast or model report: one outbox row, or a rejection naming the field. */
  function checked(c: Checked, topic: string): Verdict {
    if ('problem' in c) return reject(c.malformed ? 'malformed' : 'invalid_message', topic, { problem: c.problem });
    return { outcome: 'stored', rows: [c.row], readings: 0, statuses: 0 };
  }

  function readings(deviceId: string, msg: IngestMessage): Verdict {
    // The batch is walked for its readings' byte spans; each reading is checked on the wire (no
    // objects built), and the accepted ones are kept as they came, stamped by appending fields.
    let spans: { start: number; end: number }[];
    let checks: ReadingCheck[];
    try {
      spans = fieldSpans(msg.payload, READINGS_FIELD);
      const reader = ProtoReader.create(msg.payload);
      checks = spans.map((sp) => checkEncodedReading(reader, sp.start, sp.end, deviceId, isKnown));
    } catch {
      return reject('malformed', msg.topic, { bytes: msg.payload.length });
    }
    if (checks.length === 0) return reject('empty_batch', msg.topic);
    const receivedMs = now();
    const kept: Span[] = [];
    let firstSeq = 0;
    checks.forEach((r, i) => {
      if (r.reason) {
        reject(r.reason, msg.topic, { payloadDeviceId: r.deviceId, seq: r.seq });
        return;
      }
      const markSuspect = isClockSuspect(r.timeMs, receivedMs, limits.maxFutureSkewMs) && !r.clockSuspect;
      if (markSuspect) metrics.clockSuspect.inc();
      if (kept.length === 0) firstSeq = r.seq;
      kept.push({ ...spans[i]!, markSuspect });
    });
    if (kept.length === 0) return REJECTED;
    const payload = frameStampedReadings(msg.payload, kept, receivedMs, gatewayIdBytes);
    const row: NewRow = { kind: 'readings', deviceId, seq: firstSeq, receivedMs, count: kept.length, payload };
    return { outcome: 'stored', rows: [row], readings: kept.length, statuses: 0 };
  }

  function status(site: string, deviceId: string, msg: IngestMessage): Verdict {
    if (msg.payload.length === 0) return NOTHING; // clearing a retained status
    const s = decode<DeviceStatus>((b) => v1.DeviceStatus.decode(b), msg.payload);
    if (!s) return reject('malformed', msg.topic, { bytes: msg.payload.length });
    const reason = checkStatus(s, site, deviceId, isKnown);
    if (reason) return reject(reason, msg.topic, { payloadDeviceId: s.deviceId });
    const receivedMs = now();
    const row: NewRow = { kind: 'status', deviceId, seq: toNumber(s.lastSeq), receivedMs, count: 1, payload: msg.payload };
    return { outcome: 'stored', rows: [row], readings: 0, statuses: 1 };
  }

  function settle(batch: { verdict: Verdict; done: IngestDone }[], err: Error | null): void {
    if (!err) {
      let readings = 0;
      let statuses = 0;
      for (const { verdict } of batch) {
        readings += verdict.readings;
        statuses += verdict.statuses;
      }
      if (readings > 0) metrics.readingsAccepted.inc(readings);
      if (statuses > 0) metrics.statusesAccepted.inc(statuses);
    }
    for (const { verdict, done } of batch) done(err, err ? undefined : verdict.outcome);
  }

  function persist(batch: { verdict: Verdict; done: IngestDone }[]): Error | null {
    try {
      outbox.append(batch.flatMap((p) => p.verdict.rows));
      return null;
    } catch (err) {
      if (isWxError(err, 'WX_ERR_OUTBOX_FULL')) {
        metrics.outboxFull.inc(batch.length);
        warn('outbox_full', { depth: outbox.depth(), reason: (err as Error).message }, 'outbox full: refusing messages until the cloud drains it');
      } else {
        logger.error({ err }, 'outbox write failed');
      }
      return err as Error;
    }
  }

  /** Settles `batch` (committed) once the outbox says it would survive a power cut. */
  // A failure that lasts (a failed fsync, a dead writer) is one Error for every turn: logged once.
  let lastLoggedFailure: Error | undefined;
  function whenDurable(batch: { verdict: Verdict; done: IngestDone }[]): void {
    outbox.whenDurable((err) => {
      if (err && err !== lastLoggedFailure) {
        lastLoggedFailure = err;
        logger.error({ err }, 'outbox write not durable: those messages are refused (devices resend)');
      }
      settle(batch, err);
    });
  }

  function flush(): void {
    const batch = pending;
    pending = [];
    const err = persist(batch);
    if (!err) return whenDurable(batch);
    if (batch.length === 1) return settle(batch, err);
    // One message too many must not fail the others of the turn: retry them one by one.
    const committed: typeof batch = [];
    for (const one of batch) {
      const oneErr = persist([one]);
      if (oneErr) settle([one], oneErr);
      else committed.push(one);
    }
    if (committed.length > 0) whenDurable(committed);
  }

  return {
    submit(message, done) {
      let verdict: Verdict;
      try {
        verdict = evaluate(message);
      } catch (err) {
        // Nothing a device sends may crash the gateway; an unexpected throw is a bug, logged once a while.
        warn('internal', { err, topic: message.topic }, 'ingest failed on a message');
        metrics.rejected.inc({ reason: 'internal' });
        verdict = REJECTED;
      }
      if (verdict.rows.length === 0) {
        done(null, verdict.outcome);
        return;
      }
      pending.push({ verdict, done });
      if (pending.length === 1) setImmediate(flush);
    },
  };
}
