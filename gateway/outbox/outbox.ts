import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { WxError } from '../../common/errors.js';

/** What the outbox holds: one encoded wx.v1.Reading or wx.v1.DeviceStatus per row. */
export type RowKind = 'reading' | 'status';

export interface NewRow {
  kind: RowKind;
  deviceId: string;
  seq: number;
  receivedMs: number;
  payload: Uint8Array;
}

export interface OutboxRow extends NewRow {
  id: number;
}

export interface Outbox {
  /** Appends rows in one transaction (durable on return); all or none. Throws WX_ERR_OUTBOX_FULL. */
  append(rows: readonly NewRow[]): void;
  /** Up to `limit` rows with id > afterId, oldest first. Never the whole backlog. */
  page(afterId: number, limit: number): OutboxRow[];
  /** Deletes rows fromId..toId inclusive (one acknowledged batch); returns how many went. */
  deleteRange(fromId: number, toId: number): number;
  depth(): number;
  oldestReceivedMs(): number | undefined;
  /** Called after every successful append (the forwarder wakes up). */
  onAppend(listener: () => void): void;
  close(): void;
}

export interface OutboxOptions {
  path: string;
  maxRows: number;
  synchronous?: 'FULL' | 'NORMAL';
}

const KIND_CODE: Record<RowKind, number> = { reading: 0, status: 1 };

/**
 * The gateway's durable outbox: SQLite in WAL mode. Ids come from AUTOINCREMENT so they are never
 * reused, even after the table empties; the forwarder relies on that for its cursor.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const db: SqliteDatabase = openDatabase(options.path, { synchronous: options.synchronous ?? 'FULL' });
  db.exec(`CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    payload BLOB NOT NULL
  )`);
  const insert = db.prepare('INSERT INTO outbox (kind, device_id, seq, received_ms, payload) VALUES (?, ?, ?, ?, ?)');
  const selectPage = db.prepare('SELECT id, kind, device_id, seq, received_ms, payload FROM outbox WHERE id > ? ORDER BY id LIMIT ?');
  const deleteIds = db.prepare('DELETE FROM outbox WHERE id BETWEEN ? AND ?');
  const oldest = db.prepare('SELECT received_ms FROM outbox ORDER BY id LIMIT 1').pluck();
  let depth = db.prepare('SELECT COUNT(*) FROM outbox').pluck().get() as number;
  const listeners: (() => void)[] = [];

  const insertAll = db.transaction((rows: readonly NewRow[]) => {
    for (const r of rows) insert.run(KIND_CODE[r.kind], r.deviceId, r.seq, r.receivedMs, Buffer.from(r.payload.buffer, r.payload.byteOffset, r.payload.byteLength));
  });

  return {
    append(rows) {
      if (rows.length === 0) return;
      if (depth + rows.length > options.maxRows) {
        throw new WxError('WX_ERR_OUTBOX_FULL', `outbox holds ${depth} rows, bound is ${options.maxRows}`);
      }
      insertAll(rows);
      depth += rows.length;
      for (const l of listeners) l();
    },
    page(afterId, limit) {
      const raw = selectPage.all(afterId, limit) as { id: number; kind: number; device_id: string; seq: number; received_ms: number; payload: Buffer }[];
      return raw.map((r) => ({
        id: r.id,
        kind: r.kind === 1 ? 'status' : 'reading',
        deviceId: r.device_id,
        seq: r.seq,
        receivedMs: r.received_ms,
        payload: r.payload,
      }));
    },
    deleteRange(fromId, toId) {
      const n = deleteIds.run(fromId, toId).changes;
      depth -= n;
      return n;
    },
    depth: () => depth,
    oldestReceivedMs: () => (oldest.get() as number | undefined) ?? undefined,
    onAppend(listener) {
      listeners.push(listener);
    },
    close() {
      if (db.open) db.close();
    },
  };
}
