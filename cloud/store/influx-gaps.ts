/**
 * The InfluxDB sink's write-ahead log of device spans, so that nothing the store holds stays missing
 * from InfluxDB: a small SQLite file of its own, surviving restarts and crashes of the hub.
 *
 * Each write the sink hands to the client is logged first as pending spans (per device, its span of
 * device time); once every line of it is written they are settled (deleted). A write the client
 * gives up on, or that is still unwritten at close or at a crash, becomes a gap: its spans are read
 * back from the SQLite store and written again later (backfill, cloud/store/influx.ts). A device
 * has one gap at most: a new one widens it, so a days-long outage leaves one span per device to
 * write again (points written meanwhile inside it are written twice, which is harmless), not one
 * per commit.
 */
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { COL, ReadingRows, ROW_WIDTH } from './reading-rows.js';
import type { BatchInput } from './types.js';

export interface Gap {
  id: number;
  deviceId: string;
  /** Device time, ms, inclusive at both ends. */
  fromMs: number;
  toMs: number;
}

export type Spans = Map<string, { fromMs: number; toMs: number }>;

function widen(spans: Spans, deviceId: string, timeMs: number): void {
  const s = spans.get(deviceId);
  if (!s) spans.set(deviceId, { fromMs: timeMs, toMs: timeMs });
  else {
    s.fromMs = Math.min(s.fromMs, timeMs);
    s.toMs = Math.max(s.toMs, timeMs);
  }
}

/** Each device's span of device time among `readings`. */
export function spansOf(readings: Iterable<{ deviceId: string; timeMs: number }>): Spans {
  const spans: Spans = new Map();
  for (const r of readings) widen(spans, r.deviceId, r.timeMs);
  return spans;
}

/** Each device's span of device time among the readings of `batches` (records or store rows). */
export function spansOfBatches(batches: readonly BatchInput[]): Spans {
  const spans: Spans = new Map();
  for (const { readings } of batches) {
    if (readings instanceof ReadingRows) {
      for (let k = 0, o = 0; k < readings.length; k++, o += ROW_WIDTH) widen(spans, readings.deviceIds[readings.rows[o + COL.device]!]!, readings.rows[o + COL.timeMs]!);
    } else for (const r of readings) widen(spans, r.deviceId, r.timeMs);
  }
  return spans;
}

export class InfluxGaps {
  private readonly db: SqliteDatabase;
  private readonly st;

  constructor(path: string) {
    this.db = openDatabase(path, { synchronous: 'NORMAL' });
    this.db.exec(`CREATE TABLE IF NOT EXISTS spans (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      write_id INTEGER NOT NULL,
      pending INTEGER NOT NULL,
      device_id TEXT NOT NULL,
      from_ms INTEGER NOT NULL,
      to_ms INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS spans_write ON spans (write_id) WHERE pending = 1;
    CREATE UNIQUE INDEX IF NOT EXISTS spans_gap ON spans (device_id) WHERE pending = 0;`);
    this.st = {
      insert: this.db.prepare('INSERT INTO spans (write_id, pending, device_id, from_ms, to_ms) VALUES (?, 1, ?, ?, ?)'),
      settle: this.db.prepare('DELETE FROM spans WHERE write_id = ? AND pending = 1'),
      widen: this.db.prepare(`UPDATE spans AS g SET from_ms = MIN(g.from_ms, p.from_ms), to_ms = MAX(g.to_ms, p.to_ms)
        FROM spans AS p WHERE p.write_id = ? AND p.pending = 1 AND g.pending = 0 AND g.device_id = p.device_id`),
      dropWidened: this.db.prepare(`DELETE FROM spans WHERE write_id = ? AND pending = 1
        AND device_id IN (SELECT device_id FROM spans WHERE pending = 0)`),
      keep: this.db.prepare('UPDATE spans SET pending = 0 WHERE write_id = ? AND pending = 1'),
      pendingWrites: this.db.prepare('SELECT DISTINCT write_id FROM spans WHERE pending = 1').pluck(),
      oldest: this.db.prepare('SELECT id, device_id AS deviceId, from_ms AS fromMs, to_ms AS toMs FROM spans WHERE pending = 0 ORDER BY id LIMIT 1'),
      finish: this.db.prepare('DELETE FROM spans WHERE id = ? AND to_ms = ?'),
      advance: this.db.prepare('UPDATE spans SET from_ms = ? WHERE id = ?'),
      count: this.db.prepare('SELECT COUNT(*) FROM spans WHERE pending = 0').pluck(),
    };
    // Writes pending when the hub last stopped, cleanly or not, were never confirmed: gaps now.
    for (const id of this.st.pendingWrites.all() as number[]) this.keep(id);
    this.writeId = this.db.prepare('SELECT COALESCE(MAX(write_id), 0) FROM spans').pluck().get() as number;
  }

  private writeId: number;

  /** Logs a write's spans as pending; returns its id. */
  begin(spans: Spans): number {
    const id = ++this.writeId;
    this.db.transaction(() => {
      for (const [deviceId, s] of spans) this.st.insert.run(id, deviceId, s.fromMs, s.toMs);
    })();
    return id;
  }

  /** Every line of write `id` is in InfluxDB: its pending spans go. */
  settle(id: number): void {
    this.st.settle.run(id);
  }

  /** Write `id` (or part of it) will not reach InfluxDB: its spans become gaps (or widen them). */
  keep(id: number): void {
    this.db.transaction(() => {
      this.st.widen.run(id);
      this.st.dropWidened.run(id);
      this.st.keep.run(id);
    })();
  }

  /** The oldest gap, if any. */
  oldest(): Gap | undefined {
    return this.st.oldest.get() as Gap | undefined;
  }

  /** Gap `gap` is written up to `throughMs`: it goes, unless it was widened past that meanwhile. */
  written(gap: Gap, throughMs: number): void {
    if (this.st.finish.run(gap.id, gap.toMs).changes === 0) this.st.advance.run(throughMs + 1, gap.id);
  }

  /** Gap `id` is written up to (not including) `fromMs`. */
  advance(id: number, fromMs: number): void {
    this.st.advance.run(fromMs, id);
  }

  /** Gaps (not pending writes). */
  count(): number {
    return this.st.count.get() as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
