/**
 * What the InfluxDB sink could not write, kept so it can be written later from the SQLite store
 * (the system of record): per dropped write, each device's span of device time. A small SQLite file
 * of its own, so the spans outlive a restart of the hub.
 */
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';

export interface Gap {
  id: number;
  deviceId: string;
  /** Device time, ms, inclusive at both ends. */
  fromMs: number;
  toMs: number;
}

/**
 * The device tag and the timestamp (ms) of one line of InfluxDB line protocol as the sink writes
 * them (`<measurement>,<tags> <fields> <time>`); undefined for a line without either. Device ids
 * match [A-Za-z0-9_.-], so the tag value needs no unescaping.
 */
export function lineDeviceTime(line: string): { deviceId: string; timeMs: number } | undefined {
  const device = /^[^ ]*?,(?:[^ ]*,)?device=([A-Za-z0-9_.-]+)(?:,| )/.exec(line)?.[1];
  const time = Number(line.slice(line.lastIndexOf(' ') + 1));
  return device && Number.isSafeInteger(time) ? { deviceId: device, timeMs: time } : undefined;
}

/** Each device's span of device time in `lines`. */
export function spansOf(lines: readonly string[]): Map<string, { fromMs: number; toMs: number }> {
  const spans = new Map<string, { fromMs: number; toMs: number }>();
  for (const line of lines) {
    const p = lineDeviceTime(line);
    if (!p) continue;
    const s = spans.get(p.deviceId);
    if (!s) spans.set(p.deviceId, { fromMs: p.timeMs, toMs: p.timeMs });
    else {
      s.fromMs = Math.min(s.fromMs, p.timeMs);
      s.toMs = Math.max(s.toMs, p.timeMs);
    }
  }
  return spans;
}

export class InfluxGaps {
  private readonly db: SqliteDatabase;
  private readonly st;

  constructor(path: string) {
    this.db = openDatabase(path, { synchronous: 'NORMAL' });
    this.db.exec(`CREATE TABLE IF NOT EXISTS gaps (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      device_id TEXT NOT NULL,
      from_ms INTEGER NOT NULL,
      to_ms INTEGER NOT NULL
    )`);
    this.st = {
      insert: this.db.prepare('INSERT INTO gaps (device_id, from_ms, to_ms) VALUES (?, ?, ?)'),
      oldest: this.db.prepare('SELECT id, device_id AS deviceId, from_ms AS fromMs, to_ms AS toMs FROM gaps ORDER BY id LIMIT 1'),
      advance: this.db.prepare('UPDATE gaps SET from_ms = ? WHERE id = ?'),
      remove: this.db.prepare('DELETE FROM gaps WHERE id = ?'),
      count: this.db.prepare('SELECT COUNT(*) FROM gaps').pluck(),
    };
  }

  /** Records the spans of dropped `lines`; returns how many spans. */
  record(lines: readonly string[]): number {
    const spans = spansOf(lines);
    this.db.transaction(() => {
      for (const [deviceId, s] of spans) this.st.insert.run(deviceId, s.fromMs, s.toMs);
    })();
    return spans.size;
  }

  oldest(): Gap | undefined {
    return this.st.oldest.get() as Gap | undefined;
  }

  /** What is left of gap `id` starts at `fromMs`. */
  advance(id: number, fromMs: number): void {
    this.st.advance.run(fromMs, id);
  }

  remove(id: number): void {
    this.st.remove.run(id);
  }

  count(): number {
    return this.st.count.get() as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
