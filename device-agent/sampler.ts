import type { Logger } from '../common/logger.js';
import { isDiskFull } from '../common/sqlite.js';
import { isClockSuspect } from './clock/clock.js';
import type { AgentMetrics } from './metrics.js';
import type { Outbox } from './outbox/outbox.js';
import type { QcEngine, QcOutcome } from './qc/index.js';
import type { Source } from './sources/types.js';

export interface SamplerDeps {
  source: Source;
  outbox: Outbox;
  qc: QcEngine;
  now: () => number;
  maxFutureSkewMs: number;
  /** Real ms after which a held sample is decided without its right neighbour (~2.5 intervals). */
  holdTimeoutMs: number;
  /** Stop producing once the device's seq reaches this (counts across restarts). */
  maxReadings?: number;
  logger: Logger;
  metrics: AgentMetrics;
  /** Called when readings became publishable. */
  onReady: () => void;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Wait between tries to store a reading on a full disk: a sampling interval, at least this. */
const DISK_FULL_RETRY_MS = 1_000;
/** A full disk is logged when first met, then at most this often. */
const DISK_FULL_LOG_MS = 60_000;

/**
 * Source -> outbox -> QC. Each sample is stored 'held' (with the source cursor, one transaction)
 * before QC sees it; QC's one-sample look-ahead decides it when the next one arrives or after the
 * hold timeout, and only then is it publishable.
 */
export class Sampler {
  private readonly abort = new AbortController();
  private holdTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private full = false;

  constructor(private readonly deps: SamplerDeps) {}

  /** After a restart: prime QC from history, then decide what was held when the process died. */
  recover(): number {
    const { outbox, qc, now } = this.deps;
    qc.prime(outbox.history());
    const held = outbox.held();
    for (const h of held) this.apply(qc.push({ seq: h.seq, timeMs: h.timeMs, clockSynced: h.clockSynced, values: h.values }, now()));
    this.apply(qc.flush(now()));
    if (held.length > 0) this.deps.logger.info({ held: held.length, lastSeq: outbox.lastSeq }, 'finalised readings held at the last stop');
    return held.length;
  }

  /** Runs until the source is exhausted, maxReadings is reached, or stop(). */
  run(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.running?.catch(() => undefined);
    this.flushHeld();
  }

  private async loop(): Promise<void> {
    const { source, outbox, qc, logger, metrics, now, sleep } = this.deps;
    const signal = this.abort.signal;
    try {
      while (!signal.aborted) {
        if (this.deps.maxReadings !== undefined && outbox.lastSeq >= this.deps.maxReadings) {
          logger.info({ maxReadings: this.deps.maxReadings }, 'max readings reached: sampling stopped, still draining the outbox');
          break;
        }
        if (!outbox.hasRoom()) {
          if (!this.full) logger.warn({ depth: outbox.depth, maxReadings: outbox.maxReadings }, 'outbox full: sampling paused until the broker acknowledges readings');
          this.full = true;
          metrics.outboxFull.inc({ action: 'refused' });
          await sleep(Math.min(1000, Math.max(10, source.realIntervalMs)), signal);
          continue;
        }
        if (this.full) logger.info({ depth: outbox.depth }, 'outbox has room again: sampling resumed');
        this.full = false;
        let sample;
        try {
          sample = await source.next(signal);
        } catch (err) {
          if (signal.aborted) break;
          metrics.sourceErrors.inc();
          logger.error({ err }, 'source failed; retrying after one interval');
          await sleep(Math.max(100, source.realIntervalMs), signal);
          continue;
        }
        if (!sample) {
          logger.info({ lastSeq: outbox.lastSeq }, 'source exhausted: sampling stopped, still draining the outbox');
          break;
        }
        const clockSuspect = isClockSuspect(sample.timeMs, now(), this.deps.maxFutureSkewMs);
        if (clockSuspect) metrics.clockSuspect.inc();
        const seq = await this.store({ ...sample, clockSuspect }, source.cursor(), signal);
        if (seq === undefined) break;
        metrics.produced.inc();
        this.clearHoldTimer();
        this.apply(qc.push({ seq, timeMs: sample.timeMs, clockSynced: sample.clockSynced, values: sample.values }, now()));
        this.holdTimer = setTimeout(() => this.flushHeld(), this.deps.holdTimeoutMs);
      }
    } catch (err) {
      if (!signal.aborted) throw err;
    } finally {
      this.flushHeld();
    }
  }

  /**
   * Appends the sample; while the disk is full it keeps the sample and tries again every interval
   * (acknowledged readings leave the outbox meanwhile, and an operator may free space), so the
   * agent neither loses it nor exits while it can still drain its backlog. Other storage errors
   * are fatal. Undefined when stopped meanwhile.
   */
  private async store(reading: Parameters<Outbox['append']>[0], cursor: string, signal: AbortSignal): Promise<number | undefined> {
    const { outbox, logger, metrics, sleep, source, now } = this.deps;
    let loggedMs = -Infinity;
    for (let failures = 0; ; failures++) {
      try {
        const seq = outbox.append(reading, cursor);
        if (failures > 0) logger.info({ seq, failures }, 'outbox writable again: sampling resumed');
        return seq;
      } catch (err) {
        if (!isDiskFull(err)) throw err;
        metrics.outboxDiskFull.inc();
        if (now() - loggedMs >= DISK_FULL_LOG_MS) {
          loggedMs = now();
          logger.error({ err: (err as Error).message, depth: outbox.depth, failures: failures + 1 }, 'disk full: the reading is kept in memory and stored once there is room; sampling paused');
        }
        await sleep(Math.max(DISK_FULL_RETRY_MS, source.realIntervalMs), signal).catch(() => undefined);
        if (signal.aborted) return undefined;
      }
    }
  }

  private flushHeld(): void {
    this.clearHoldTimer();
    this.apply(this.deps.qc.flush(this.deps.now()));
  }

  private clearHoldTimer(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
  }

  private apply(outcomes: QcOutcome[]): void {
    if (outcomes.length === 0) return;
    const decided = this.deps.outbox.decide(outcomes);
    this.deps.metrics.countOutcomes(outcomes);
    if (decided > 0) this.deps.onReady();
  }
}
