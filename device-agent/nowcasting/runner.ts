/**
 * The nowcast cycle: every `cycleIntervalMs` the current model forecasts from the outbox's QC-decided
 * history and the wx.v1.Nowcast goes out on the device's nowcast topic (QoS 1). Each nowcast is first
 * stored in PendingNowcasts and deleted on PUBACK, so a short disconnect or a restart loses none. While
 * history is too short or too gappy, or no model is loaded, the nowcast says so (state + reason)
 * instead of forecasting. The model can be replaced at run time (OTA, device-agent/ota/).
 */
import type { MqttClient } from 'mqtt';
import { Counter, Histogram, type Registry } from 'prom-client';
import { componentLogger, type Logger } from '../../common/logger.js';
import { buildTopic } from '../../common/topics.js';
import { NowcastState, v1, type NowcastProps } from '../../protos/index.js';
import type { FirmwareConfig } from '../config/types.js';
import type { NowcastModel } from '../nowcast/index.js';
import type { FlaggedHistoryReading, Outbox } from '../outbox/outbox.js';
import type { PendingNowcasts } from './pending.js';

export interface NowcastRunnerDeps {
  config: FirmwareConfig;
  outbox: Outbox;
  pending: PendingNowcasts;
  /** The model to start with; undefined = none could be loaded (nowcasts say NO_MODEL with `noModelReason`). */
  model: NowcastModel | undefined;
  noModelReason?: string;
  logger: Logger;
  registry?: Registry;
  now?: () => number;
}

export interface NowcastRunner {
  /** Starts the cycle timer and publishes through `client` (pending ones go out on every connect). */
  start(client: MqttClient): void;
  /** One cycle now (the timer calls this); resolves with what was produced, undefined when skipped. */
  cycle(): Promise<NowcastProps | undefined>;
  /** Publishes what is pending (called on connect). */
  flush(): Promise<void>;
  /** The model in use; OTA swaps it in (the caller closes the old one). */
  readonly model: NowcastModel | undefined;
  setModel(model: NowcastModel | undefined, reason?: string): void;
  /** Recent history as the model wants it (also the OTA smoke test's input). */
  history(): FlaggedHistoryReading[];
  /** Called once start() has the MQTT client (the OTA updater publishes through it). */
  onStart(listener: (client: MqttClient) => void): void;
  /** The MQTT client, once started. */
  readonly client: MqttClient | undefined;
  /** Called with every nowcast produced (the OTA updater watches a new model with it). */
  onNowcast(listener: (n: NowcastProps) => void): void;
  /** For DeviceStatus.details: model version, execution provider, precision. */
  details(): Record<string, string>;
  /** Stops the timer, waits for a running cycle; does not close the model or the pending store. */
  stop(): Promise<void>;
}

const FLUSH_PAGE = 20;
/** History fetched beyond the model's window, so resampling has a reading at the window's start. */
const HISTORY_MARGIN_STEPS = 2;

export function createNowcastRunner(deps: NowcastRunnerDeps): NowcastRunner {
  const { config, outbox, pending } = deps;
  const cfg = config.nowcast;
  const now = deps.now ?? Date.now;
  const log = componentLogger(deps.logger, 'nowcast');
  const topic = buildTopic(config.site, config.deviceId, 'nowcast');
  const dataClock = cfg.clock === 'data' || (cfg.clock === 'auto' && config.source.kind.startsWith('replay'));
  const registers = deps.registry ? [deps.registry] : [];
  const produced = new Counter({ name: 'wx_agent_nowcasts_total', help: 'Nowcasts produced, by state', labelNames: ['state'], registers });
  const sent = new Counter({ name: 'wx_agent_nowcasts_acked_total', help: 'Nowcasts acknowledged by the gateway', registers });
  const droppedCtr = new Counter({ name: 'wx_agent_nowcasts_dropped_total', help: 'Unacknowledged nowcasts dropped at the pending bound', registers });
  const latency = new Histogram({ name: 'wx_agent_nowcast_inference_seconds', help: 'One model inference', buckets: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25], registers });
  let model = deps.model;
  let noModelReason = deps.noModelReason ?? 'no model loaded';
  let client: MqttClient | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let flushing: Promise<void> | undefined;
  let lastSeq = -1;
  const listeners: ((n: NowcastProps) => void)[] = [];
  const startListeners: ((c: MqttClient) => void)[] = [];

  const history = (): FlaggedHistoryReading[] => {
    const steps = (model?.card.historySteps ?? 1) + HISTORY_MARGIN_STEPS;
    return outbox.flaggedHistory(steps * (model?.card.timeStepMs ?? config.samplingIntervalMs));
  };

  async function produce(): Promise<NowcastProps | undefined> {
    const h = history();
    const newest = h[h.length - 1];
    if (newest !== undefined && newest.seq === lastSeq) return undefined; // nothing new since the last cycle
    const issuedMs = now();
    const nowMs = dataClock && newest ? newest.timeMs : issuedMs;
    let n: NowcastProps;
    const base: NowcastProps = { deviceId: config.deviceId, issuedMs, baseTimeMs: newest?.timeMs ?? 0, inputLastSeq: newest?.seq ?? 0 };
    if (!model) n = { ...base, state: NowcastState.NOWCAST_NO_MODEL, reason: noModelReason };
    else if (h.length < cfg.minHistoryReadings) {
      n = { ...base, state: NowcastState.NOWCAST_INSUFFICIENT_HISTORY, reason: `history has ${h.length} of the ${cfg.minHistoryReadings} readings needed`, modelId: model.card.modelId, modelVersion: model.card.version, executionProvider: model.executionProvider };
    } else {
      try {
        n = { ...base, ...(await model.forecast(config.deviceId, h, nowMs)), issuedMs };
      } catch (err) {
        n = { ...base, state: NowcastState.NOWCAST_FAILED, reason: `forecast threw: ${(err as Error).message}`, modelId: model.card.modelId, modelVersion: model.card.version };
      }
      if (n.inferenceMs) latency.observe(n.inferenceMs / 1000);
    }
    if (newest) lastSeq = newest.seq;
    produced.inc({ state: (NowcastState[n.state ?? 0] ?? 'unknown').replace(/^NOWCAST_/, '') });
    if (n.state !== NowcastState.NOWCAST_OK) log.info({ state: NowcastState[n.state ?? 0], reason: n.reason }, 'no forecast this cycle');
    const dropped = pending.add(v1.Nowcast.encode(n).finish(), issuedMs);
    if (dropped > 0) droppedCtr.inc(dropped);
    void flush();
    for (const l of listeners) l(n);
    return n;
  }

  async function flushOnce(): Promise<void> {
    let after = 0;
    for (;;) {
      const c = client;
      if (!c?.connected) return;
      const rows = pending.next(after, FLUSH_PAGE);
      if (rows.length === 0) return;
      for (const r of rows) {
        await c.publishAsync(topic, r.payload, { qos: 1 });
        pending.remove(r.id);
        sent.inc();
        after = r.id;
      }
    }
  }

  function flush(): Promise<void> {
    // One flush at a time; a later call while one runs waits for it and then goes again.
    const next = (flushing ?? Promise.resolve()).then(flushOnce).catch((err: unknown) => log.debug({ err: (err as Error).message }, 'nowcast publish interrupted; kept for the next connect'));
    flushing = next;
    return next;
  }

  const api: NowcastRunner = {
    start(c) {
      client = c;
      c.on('connect', () => void flush());
      timer = setInterval(() => void api.cycle(), cfg.cycleIntervalMs);
      timer.unref();
      void flush();
      for (const l of startListeners) l(c);
    },
    onStart(listener) {
      startListeners.push(listener);
    },
    get client() {
      return client;
    },
    cycle() {
      const p = running.then(produce, produce).catch((err: unknown) => {
        log.warn({ err: (err as Error).message }, 'nowcast cycle failed');
        return undefined;
      });
      running = p;
      return p;
    },
    flush,
    get model() {
      return model;
    },
    setModel(m, reason) {
      model = m;
      if (!m) noModelReason = reason ?? 'no model loaded';
      lastSeq = -1;
    },
    history,
    onNowcast(listener) {
      listeners.push(listener);
    },
    details(): Record<string, string> {
      if (!model) return { nowcastModel: 'none' };
      return { nowcastModel: `${model.card.modelId}@${model.card.version}`, nowcastExecutionProvider: model.executionProvider, nowcastPrecision: model.precision };
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
      await flushing;
    },
  };
  return api;
}
