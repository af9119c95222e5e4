import type { MqttClient } from 'mqtt';
import { basename } from 'node:path';
import { setTimeout as sleepMs } from 'node:timers/promises';
import { createLogLimiter } from '../common/log-limiter.js';
import { componentLogger, type Logger } from '../common/logger.js';
import type { FirmwareConfig } from './config/types.js';
import type { AgentMetrics } from './metrics.js';
import { handleCommand, type CommandHandler } from './mqtt/commands.js';
import { agentTopics } from './mqtt/connection.js';
import { Publisher } from './mqtt/publisher.js';
import { encodeStatus } from './mqtt/status.js';
import type { NowcastRunner } from './nowcasting/runner.js';
import type { Outbox } from './outbox/outbox.js';
import type { QcEngine } from './qc/index.js';
import { Sampler } from './sampler.js';
import type { Source } from './sources/types.js';

export interface AgentDeps {
  config: FirmwareConfig;
  source: Source;
  outbox: Outbox;
  qc: QcEngine;
  logger: Logger;
  metrics: AgentMetrics;
  /** Opens the MQTT connection (connection.ts connectMqtt in production). */
  connect: (config: FirmwareConfig, nowMs: number) => MqttClient;
  clockSynced: () => boolean;
  now?: () => number;
  maxReadings?: number;
  /** Extra command kinds (later issues: config, model update). */
  commands?: Record<string, CommandHandler>;
  /** On-device nowcasting (config section nowcast), started with the MQTT client; reported in the status. */
  nowcast?: NowcastRunner;
}

export interface Agent {
  /** Finalises held readings, connects, starts sampling. */
  start(): void;
  /** Resolves when sampling ends (exhausted, max readings, stop); rejects on a fatal storage error. */
  readonly sampling: Promise<void>;
  publishStatus(): Promise<void>;
  /** Graceful stop: finish QC, wait briefly for PUBACKs, retained OFFLINE, disconnect, close the outbox. */
  stop(): Promise<void>;
  readonly publisher: Publisher | undefined;
}

const STOP_DRAIN_MS = 3000;

/** A corrupted outbox replaced at this start, told to the hub in every status until the next restart. */
function recoveryDetails(outbox: Outbox): Record<string, string> {
  const r = outbox.recovered;
  if (!r) return {};
  return { outboxRecovered: `${basename(r.movedTo)}: ${r.salvaged.outbox} unsent readings carried over, seqs from ${r.firstSeq} (${r.seqFrom})` };
}

/** The agent, wired from its dependencies (main.ts builds them; tests build their own). */
export function createAgent(deps: AgentDeps): Agent {
  const { config, source, outbox, qc, metrics } = deps;
  const now = deps.now ?? Date.now;
  const log = componentLogger(deps.logger, 'agent');
  const mqttLog = componentLogger(deps.logger, 'mqtt');
  const topics = agentTopics(config);
  let client: MqttClient | undefined;
  let publisher: Publisher | undefined;
  let statusTimer: NodeJS.Timeout | undefined;
  let resolveSampling!: () => void;
  let rejectSampling!: (err: unknown) => void;
  const sampling = new Promise<void>((res, rej) => {
    resolveSampling = res;
    rejectSampling = rej;
  });
  sampling.catch(() => undefined); // observed by main; never an unhandled rejection here

  metrics.observeOutbox(() => ({ depth: outbox.depth, oldestStoredMs: outbox.oldest()?.storedMs, fileBytes: outbox.fileBytes(), reserveBytes: outbox.reserveBytes() }));

  const sampler = new Sampler({
    source,
    outbox,
    qc,
    now,
    maxFutureSkewMs: config.clock.maxFutureSkewMs,
    holdTimeoutMs: Math.max(50, 2.5 * source.realIntervalMs),
    ...(deps.maxReadings === undefined ? {} : { maxReadings: deps.maxReadings }),
    logger: componentLogger(deps.logger, 'sampler'),
    metrics,
    onReady: () => publisher?.kick(),
    sleep: (ms, signal) => sleepMs(ms, undefined, { signal }),
  });

  const statusPayload = (state: 'online' | 'offline'): Buffer =>
    encodeStatus(config, state, now(), {
      outboxDepth: outbox.depth,
      outboxOldestMs: outbox.oldest()?.timeMs,
      lastSeq: outbox.lastSeq,
      clockSynced: deps.clockSynced(),
      details: { ...source.details, hardware: config.hardware, ...deps.nowcast?.details(), ...recoveryDetails(outbox) },
    });

  const publishStatus = async (): Promise<void> => {
    if (!client?.connected) return;
    await client.publishAsync(topics.status, statusPayload('online'), { qos: 1, retain: true });
  };

  const handlers: Record<string, CommandHandler> = {
    ping: () => ({ ok: true, message: 'pong' }),
    status: async () => {
      await publishStatus();
      return { ok: true, message: `outbox depth ${outbox.depth}, last seq ${outbox.lastSeq}` };
    },
    ...deps.commands,
  };

  const onCommand = (payload: Buffer): void => {
    void handleCommand(payload, handlers, now()).then(async (h) => {
      const known = Object.hasOwn(handlers, h.kind);
      metrics.commands.inc({ kind: known ? h.kind : 'unknown', ok: String(h.ok) });
      mqttLog[h.ok ? 'info' : 'warn']({ commandId: h.commandId, kind: h.kind, ok: h.ok, message: h.message }, 'command');
      await client?.publishAsync(topics.cmdResult, h.result, { qos: 1 });
    }).catch((err: unknown) => mqttLog.warn({ err: (err as Error).message }, 'could not answer a command'));
  };

  return {
    sampling,
    publishStatus,
    get publisher() {
      return publisher;
    },
    start() {
      sampler.recover();
      const c = deps.connect(config, now());
      client = c;
      publisher = new Publisher({
        client: c,
        outbox,
        topic: topics.readings,
        batchMaxReadings: config.publish.batchMaxReadings,
        inflightMax: config.publish.inflightMax,
        logger: mqttLog,
        metrics,
        onStorageError: (err) => {
          log.fatal({ err }, 'outbox could not delete acknowledged readings');
          rejectSampling(err);
        },
      });
      const warnOnce = createLogLimiter(mqttLog, 60_000);
      c.on('connect', () => {
        mqttLog.info({ url: config.gateway.url, depth: outbox.depth }, 'connected');
        publishStatus().catch((err: unknown) => mqttLog.warn({ err: (err as Error).message }, 'status publish failed'));
        c.subscribeAsync(topics.cmd, { qos: 1 }).catch((err: unknown) => mqttLog.warn({ err: (err as Error).message }, 'command subscription failed'));
        publisher?.kick();
      });
      c.on('reconnect', () => metrics.reconnects.inc());
      c.on('close', () => mqttLog.debug('connection closed'));
      // A gateway away (or refusing, its disk full) for days: a line a minute, not one per reconnect.
      c.on('offline', () => warnOnce('offline', { url: config.gateway.url, depth: outbox.depth }, 'gateway unreachable; buffering in the outbox'));
      c.on('error', (err) => warnOnce(`error:${err.message}`, { err: err.message }, 'mqtt error'));
      c.on('message', (topic, payload) => {
        if (topic === topics.cmd) onCommand(payload);
      });
      deps.nowcast?.start(c);
      statusTimer = setInterval(() => {
        publishStatus().catch((err: unknown) => mqttLog.warn({ err: (err as Error).message }, 'status publish failed'));
      }, config.publish.statusIntervalMs);
      sampler.run().then(resolveSampling, (err: unknown) => {
        log.fatal({ err }, 'sampling failed');
        rejectSampling(err);
      });
      publisher.kick();
      log.info({ deviceId: config.deviceId, source: source.kind, lastSeq: outbox.lastSeq, depth: outbox.depth }, 'agent started');
    },
    async stop() {
      if (statusTimer) clearInterval(statusTimer);
      await sampler.stop();
      await deps.nowcast?.stop();
      if (client && publisher) {
        publisher.kick();
        await publisher.whenIdle(STOP_DRAIN_MS);
        publisher.stop();
        if (client.connected) {
          await Promise.race([client.publishAsync(topics.status, statusPayload('offline'), { qos: 1, retain: true }), sleepMs(STOP_DRAIN_MS)]).catch(() => undefined);
        }
        publisher.detach();
        await Promise.race([client.endAsync(), sleepMs(STOP_DRAIN_MS)]).catch(() => undefined);
        if (!client.disconnected) client.end(true);
      }
      await source.close();
      outbox.close();
      log.info({ lastSeq: outbox.lastSeq }, 'agent stopped');
    },
  };
}
