import { InfluxDB, Point, setLogger, type WriteApi } from '@influxdata/influxdb-client';
import type { Logger } from '../../common/logger.js';
import type { InfluxConfig } from '../config.js';
import type { CloudMetrics } from '../metrics.js';
import { VARIABLE_COLUMNS } from './schema.js';
import type { ReadingRecord } from './types.js';

export interface InfluxSinkDeps {
  config: InfluxConfig;
  metrics: CloudMetrics;
  logger: Logger;
  /** Site of a station, for the `site` tag (unknown until its first status). */
  siteOf: (deviceId: string) => string | undefined;
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
 * flushes in the background, retries, and the sink counts failures and drops in metrics.
 */
export class InfluxSink {
  private readonly writeApi: WriteApi;
  private closed = false;

  constructor(private readonly deps: InfluxSinkDeps) {
    const { config, metrics, logger } = deps;
    const log = logger;
    // The client logs through a process-wide logger (console by default); route it to pino.
    setLogger({
      error: (message, err) => log.warn({ err: (err as Error | undefined)?.message }, `influx client: ${message}`),
      warn: (message, err) => log.warn({ err: (err as Error | undefined)?.message }, `influx client: ${message}`),
    });
    this.writeApi = new InfluxDB({ url: config.url, token: config.token, timeout: 10_000 }).getWriteApi(config.org, config.bucket, 'ms', {
      batchSize: config.batchSize,
      flushInterval: config.flushIntervalMs,
      maxRetries: config.maxRetries,
      maxBufferLines: config.maxBufferLines,
      writeSuccess: (lines) => metrics.influxPointsWritten.inc(lines.length),
      writeFailed: (error, lines, attempt) => {
        metrics.influxWriteErrors.inc();
        if (attempt > config.maxRetries) metrics.influxPointsDropped.inc(lines.length);
        log.warn({ err: error.message, lines: lines.length, attempt }, 'influx write failed');
      },
      writeRetrySkipped: (entry) => {
        metrics.influxPointsDropped.inc(entry.lines.length);
        log.warn({ lines: entry.lines.length }, 'influx retry buffer full; oldest points dropped');
      },
    });
  }

  write(readings: readonly ReadingRecord[]): void {
    if (this.closed || readings.length === 0) return;
    const points: Point[] = [];
    for (const r of readings) points.push(this.toPoint(r));
    this.writeApi.writePoints(points);
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.writeApi.close();
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'influx sink closed with unwritten points');
    }
  }
}
