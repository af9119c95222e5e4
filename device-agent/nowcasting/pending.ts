import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';

export interface PendingNowcast {
  id: number;
  payload: Buffer;
}

/**
 * Encoded nowcasts not yet acknowledged by the gateway (PUBACK), in a small SQLite file of their own
 * (`nowcasts.sqlite` in the data folder): a nowcast is best effort, but a short disconnect or a
 * restart must not lose it. Bounded: past `maxRows` the oldest go (a stale nowcast is worth least).
 */
export class PendingNowcasts {
  private readonly st;

  private constructor(private readonly db: SqliteDatabase, private readonly maxRows: number) {
    db.exec(`CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY AUTOINCREMENT, created_ms INTEGER NOT NULL, payload BLOB NOT NULL)`);
    this.st = {
      insert: db.prepare(`INSERT INTO pending (created_ms, payload) VALUES (?, ?)`),
      trim: db.prepare(`DELETE FROM pending WHERE id <= (SELECT MAX(id) FROM pending) - ?`),
      page: db.prepare(`SELECT id, payload FROM pending WHERE id > ? ORDER BY id LIMIT ?`),
      remove: db.prepare(`DELETE FROM pending WHERE id = ?`),
      count: db.prepare(`SELECT COUNT(*) FROM pending`).pluck(),
    };
  }

  static open(path: string, maxRows: number): PendingNowcasts {
    return new PendingNowcasts(openDatabase(path, { synchronous: 'NORMAL' }), maxRows);
  }

  /** Stores one encoded nowcast; returns how many old ones the bound dropped. */
  add(payload: Uint8Array, nowMs: number): number {
    return this.db.transaction(() => {
      this.st.insert.run(nowMs, Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength));
      return this.st.trim.run(this.maxRows).changes;
    })();
  }

  /** Up to `limit` rows after id `afterId`, oldest first. */
  next(afterId: number, limit: number): PendingNowcast[] {
    return this.st.page.all(afterId, limit) as PendingNowcast[];
  }

  remove(id: number): void {
    this.st.remove.run(id);
  }

  get size(): number {
    return this.st.count.get() as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
