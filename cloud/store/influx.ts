import { HttpError, InfluxDB, Point, setLogger, type WriteApi } from '@influxdata/influxdb-client';
import type { Logger } from '../../common/logger.js';
import type { InfluxConfig } from '../config.js';
import type { CloudMetrics } from '../metrics.js';
import { InfluxGaps, spansOf, spansOfBatches } from './influx-gaps.js';
import { VARIABLE_COLUMNS } from './schema.js';
import type { BatchInput, ReadingRecord } from './types.js';

/** Readings of one device with device time in [fromMs, toMs), oldest first, at most `limit`. */
export type ReadBack = (deviceId: string, fromMs: number, toMs: number, limit: number) => Promise<ReadingRecord[]>;

/** Readings read back from the store and written per backfill step. */
const BACKFILL_PAGE = 5000;

export interface InfluxSinkDeps {
  config: InfluxConfig;
  metrics: CloudMetrics;
  logger: Logger;
  /** Site of a station, for the `site` tag (unknown until its first status). */
  siteOf: (deviceId: string) => string | undefined;
  /**
   * The gap log's file (dropped points' spans), and how to read readings back from the store: with
   * both, the sink writes what it dropped again once InfluxDB answers (every backfillIntervalMs).
   */
  gapsPath?: string;
  readBack?: ReadBack;
}

/**
 * Optional copy of stored readings into InfluxDB (or anything speaking its v2 write API, such as
 * VictoriaMetrics). One point per reading: measurement `config.measurement`, tags `device`,
 * `gateway`, `site` (when known) and `clock` (synced | unsynced | suspect), and per variable the
 * fields `<column>` (float, absent when missing), `<column>_flag` (QcFlag number) and
 * `<column>_tests` (QcTest bitmask). Time in ms precision. VictoriaMetrics turns each field into a
 * series named `<measurement>_<field>`, e.g. `wx_observation_temperature_c` (run it with a
 * `-retentionPeriod` longer than the age of replayed data, or it drops those points silently).
 *
 * It is fed after the SQLite commit and never blocks ingest: `write` only buffers; the client
 * flushes in the background, retries, and the sink counts failures and drops in metrics. What it
 * drops (InfluxDB away for longer than the retries, or the retry buffer full) is not lost: each
 * device's span of device time goes into the gap log, and once InfluxDB answers again those spans
 * are read back from the SQLite store and written, oldest first. Writing a point again is harmless:
 * InfluxDB keeps one point per series and time (VictoriaMetrics may keep both samples; its
 * -dedup.minScrapeInterval folds them).
 */
export class InfluxSink {
  private readonly writeApi: WriteApi;
  private readonly gaps: InfluxGaps | undefined;
  /** Its own client for backfill: no retries (a failure leaves the gap for the next round). */
  private readonly backfillApi: WriteApi | undefined;
  private readonly timer: NodeJS.Timeout | undefined;
  private backfilling: Promise<void> | undefined;
  /**
   * With a gap log: each line handed to the client and not yet written -> its write's id in the log,
   * and each such write -> its lines not yet written. The client names the lines it wrote or gave
   * up on; it drops its retry buffer on close without naming them, so what is left here then
   * becomes a gap too (as it does at the next start after a crash).
   */
  private readonly lineWrite = new Map<string, number>();
  private readonly writeLeft = new Map<number, number>();
  private closing = false;

  constructor(private readonly deps: InfluxSinkDeps) {
    const { config, metrics, logger } = deps;
    const gaps = (this.gaps = deps.gapsPath && deps.readBack ? new InfluxGaps(deps.gapsPath) : undefined);
    const log = logger;
    const influx = new InfluxDB({ url: config.url, token: config.token, timeout: 10_000 });
    // The client logs through a process-wide logger (console by default); route it to pino.
    setLogger({
      error: (message, err) => log.warn({ err: (err as Error | undefined)?.message }, `influx client: ${message}`),
      warn: (message, err) => log.warn({ err: (err as Error | undefined)?.message }, `influx client: ${message}`),
    });
    // The client retries unless the write was refused outright (HTTP 4xx other than 429), its retry
    // time ran out, or it is closing: then the lines are gone from it.
    const willRetry = (error: Error, attempt: number): boolean =>
      !this.closing && attempt <= config.maxRetries && !(error instanceof HttpError && error.statusCode < 429) && error.message !== 'Max retry time exceeded.';
    this.writeApi = influx.getWriteApi(config.org, config.bucket, 'ms', {
      batchSize: config.batchSize,
      flushInterval: config.flushIntervalMs,
      maxRetries: config.maxRetries,
      maxBufferLines: config.maxBufferLines,
      writeSuccess: (lines) => {
        metrics.influxPointsWritten.inc(lines.length);
        this.settle(lines, false);
      },
      writeFailed: (error, lines, attempt) => {
        metrics.influxWriteErrors.inc();
        const retry = willRetry(error, attempt);
        if (!retry) this.dropped(lines);
        log.warn({ err: error.message, lines: lines.length, attempt, retry }, retry ? 'influx write failed; will retry' : 'influx write failed; its spans are kept for backfill');
      },
      writeRetrySkipped: (entry) => {
        this.dropped(entry.lines);
        log.warn({ lines: entry.lines.length }, 'influx retry buffer full; oldest points dropped, their spans kept for backfill');
      },
    });
    if (gaps) {
      this.backfillApi = influx.getWriteApi(config.org, config.bucket, 'ms', { batchSize: BACKFILL_PAGE + 1, flushInterval: 0, maxRetries: 0, writeFailed: () => {} });
      metrics.influxGaps.set(gaps.count());
      this.timer = setInterval(() => void this.backfill(), config.backfillIntervalMs);
      this.timer.unref();
    }
  }

  /**
   * Writes the gap log's spans from the store, oldest first, page by page, until none is left or a
   * write fails (InfluxDB still away: the rest waits for the next round). One round at a time.
   */
  backfill(): Promise<void> {
    this.backfilling ??= this.backfillRound().finally(() => (this.backfilling = undefined));
    return this.backfilling;
  }

  private async backfillRound(): Promise<void> {
    const { readBack, metrics, logger } = this.deps;
    const gaps = this.gaps;
    if (!gaps || !readBack || !this.backfillApi) return;
    let written = 0;
    try {
      for (let gap = gaps.oldest(); gap && !this.closing; gap = gaps.oldest()) {
        const page = await readBack(gap.deviceId, gap.fromMs, gap.toMs + 1, BACKFILL_PAGE);
        if (page.length > 0) {
          this.backfillApi.writePoints(page.map((r) => this.toPoint(r)));
          await this.backfillApi.flush();
          metrics.influxPointsBackfilled.inc(page.length);
          written += page.length;
        }
        // A full page may have more behind it; the next one starts after its last reading's time.
        if (page.length < BACKFILL_PAGE) gaps.written(gap, gap.toMs);
        else gaps.advance(gap.id, page.at(-1)!.timeMs + 1);
        metrics.influxGaps.set(gaps.count());
      }
      if (written > 0) logger.info({ points: written }, 'influx backfill: dropped points written from the store');
    } catch (err) {
      logger.warn({ err: (err as Error).message, points: written, gapsLeft: gaps.count() }, 'influx backfill stopped; the rest waits for the next round');
    }
  }

  /** Logs a write's spans as pending before its lines go to the client. */
  private track(lines: readonly string[], spans: ReturnType<typeof spansOf>): void {
    try {
      const id = this.gaps!.begin(spans);
      let left = 0;
      for (const l of lines) {
        // The same line twice (same device, time and values): one point in InfluxDB, counted once.
        // A pending older write with it lets go of it; this write's spans cover it as well.
        const earlier = this.lineWrite.get(l);
        if (earlier === id) continue;
        if (earlier !== undefined) this.release(earlier);
        this.lineWrite.set(l, id);
        left++;
      }
      if (left > 0) this.writeLeft.set(id, left);
      else this.gaps!.settle(id);
    } catch (err) {
      this.deps.logger.error({ err: (err as Error).message, lines: lines.length }, 'influx gap log write failed: these points are not covered by backfill');
    }
  }

  /** Lines the client wrote (`dropped` false) or gave up on: a write is settled or kept as a gap. */
  private settle(lines: readonly string[], dropped: boolean): void {
    const gaps = this.gaps;
    if (!gaps) return;
    try {
      const kept = new Set<number>();
      for (const l of lines) {
        const id = this.lineWrite.get(l);
        if (id === undefined) continue;
        this.lineWrite.delete(l);
        if (dropped && !kept.has(id)) {
          gaps.keep(id);
          kept.add(id);
        }
        this.release(id);
      }
      if (dropped) this.deps.metrics.influxGaps.set(gaps.count());
    } catch (err) {
      this.deps.logger.error({ err: (err as Error).message, lines: lines.length }, 'influx gap log update failed');
    }
  }

  /** One line of write `id` is settled; with none left, so is the write (a kept part stays a gap). */
  private release(id: number): void {
    const left = (this.writeLeft.get(id) ?? 1) - 1;
    if (left > 0) this.writeLeft.set(id, left);
    else {
      this.writeLeft.delete(id);
      this.gaps!.settle(id);
    }
  }

  private dropped(lines: readonly string[]): void {
    this.deps.metrics.influxPointsDropped.inc(lines.length);
    this.settle(lines, true);
  }

  /**
   * Before a store transaction (GroupCommitter.beforeCommit): logs its readings' spans as pending,
   * so that a crash between its commit and write() leaves gaps for the next start. Returns the
   * token for unguard(), which GroupCommitter.afterCommit passes once write() has logged what the
   * transaction stored.
   */
  guard(batches: readonly BatchInput[]): number | undefined {
    if (!this.gaps || this.closing) return undefined;
    try {
      return this.gaps.begin(spansOfBatches(batches));
    } catch (err) {
      this.deps.logger.error({ err: (err as Error).message }, 'influx gap log write failed');
      return undefined;
    }
  }

  unguard(token: unknown): void {
    if (typeof token !== 'number' || !this.gaps) return;
    try {
      this.gaps.settle(token);
    } catch (err) {
      this.deps.logger.error({ err: (err as Error).message }, 'influx gap log update failed');
    }
  }

  write(readings: readonly ReadingRecord[]): void {
    if (this.closing || readings.length === 0) return;
    const lines: string[] = [];
    for (const r of readings) {
      const line = this.toPoint(r).toLineProtocol(this.writeApi);
      if (line) lines.push(line);
    }
    if (this.gaps) this.track(lines, spansOf(readings));
    this.writeApi.writeRecords(lines);
  }

  private toPoint(r: ReadingRecord): Point {
    const p = new Point(this.deps.config.measurement)
      .tag('device', r.deviceId)
      .tag('gateway', r.gatewayId)
      .tag('clock', r.clockSuspect ? 'suspect' : r.clockSynced ? 'synced' : 'unsynced')
      .timestamp(r.timeMs);
    const site = this.deps.siteOf(r.deviceId);
    if (site) p.tag('site', site);
    for (const c of VARIABLE_COLUMNS) {
      const v = r.values[c.name];
      if (!v) continue;
      if (v.value !== null) p.floatField(c.value, v.value);
      p.intField(`${c.value}_flag`, v.flag);
      p.intField(`${c.value}_tests`, v.tests);
    }
    return p;
  }

  /** Writes what is buffered now; failures are counted and logged, never thrown. */
  async flush(): Promise<void> {
    try {
      await this.writeApi.flush();
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'influx flush failed');
    }
  }

  /** Flushes, records what could not be written in the gap log (for the next start), stops. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.timer);
    try {
      await this.writeApi.close();
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'influx sink closed with unwritten points');
    }
    if (this.lineWrite.size > 0) {
      this.deps.logger.warn({ points: this.lineWrite.size }, 'influx points not written at close: their spans are kept for backfill');
      this.dropped([...this.lineWrite.keys()]);
    }
    await this.backfilling;
    await this.backfillApi?.close().catch(() => {});
    this.gaps?.close();
  }
}
