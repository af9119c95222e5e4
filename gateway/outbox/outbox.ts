import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { createCommitSync, type SyncCallback } from '../../common/commit-sync.js';
import { WxError } from '../../common/errors.js';
import { frameEntry } from './frame.js';

/**
 * What the outbox holds. `readings`: the accepted readings of one MQTT message, already framed as
 * wx.v1.ForwardBatch field-3 entries (tag, length, encoded Reading), `count` of them. `status`: one
 * encoded wx.v1.DeviceStatus (count 1). The forwarder concatenates payloads into a ForwardBatch.
 */
export type RowKind = 'readings' | 'status';

export interface NewRow {
  kind: RowKind;
  deviceId: string;
  /** The first reading's seq (readings) or the status's last_seq. */
  seq: number;
  receivedMs: number;
  /** Readings in the row (readings), 1 for a status. */
  count: number;
  /** readings: framed ForwardBatch field-3 entries; status: the bare encoded DeviceStatus. */
  payload: Uint8Array;
}

export interface OutboxRow {
  id: number;
  kind: RowKind;
  count: number;
  receivedMs: number;
  /** Ready to append to an encoded ForwardBatch (statuses and legacy rows framed on read). */
  framed: Buffer;
}

export interface PageLimits {
  /** Entries (readings + statuses) at most; the first row always comes, however many it holds. */
  maxEntries: number;
  /** Bytes of framed payload at most; the first row always comes. */
  maxBytes: number;
}

export interface Outbox {
  /**
   * Appends rows in one transaction, all or none; throws WX_ERR_OUTBOX_FULL. Committed on return
   * (a page() sees them, a process crash keeps them); on disk once `whenDurable` calls back.
   */
  append(rows: readonly NewRow[]): void;
  /**
   * Calls back once every append made so far would survive a power cut (synchronous FULL: after an
   * fsync that does not block the event loop; NORMAL: at once). Acknowledge nothing before it.
   */
  whenDurable(callback: SyncCallback): void;
  /** Rows with id > afterId, oldest first, within the limits. Never the whole backlog. */
  page(afterId: number, limits: PageLimits): OutboxRow[];
  /** Deletes rows fromId..toId inclusive (one acknowledged batch); returns how many entries went. */
  deleteRange(fromId: number, toId: number): number;
  /** Entries (readings + statuses) held. */
  depth(): number;
  oldestReceivedMs(): number | undefined;
  /** Called after every successful append (the forwarder wakes up). */
  onAppend(listener: () => void): void;
  /** Called after every deleteRange (backpressure re-evaluates). */
  onDelete(listener: () => void): void;
  close(): void;
}

export interface OutboxOptions {
  path: string;
  /** Entries (readings + statuses), not rows. */
  maxRows: number;
  synchronous?: 'FULL' | 'NORMAL';
  /** Seconds each outbox fsync took (synchronous FULL). */
  onSynced?: (seconds: number) => void;
  /**
   * [1...] entries and bytes at most in one stored row: the readings rows of one append are packed
   * into as few stored rows as these allow (page() returns a row whole, so keep them within a
   * ForwardBatch's limits). 256 entries and 256 KiB by default.
   */
  maxRowEntries?: number;
  maxRowBytes?: number;
}

// Kind codes on disk. 0 (one bare Reading per row) was written by gateways before the framed rows;
// such rows are still read (framed on read, as any kind other than these two), never written.
const STATUS = 1;
const READINGS = 2;
const READINGS_FIELD = 3;
const STATUSES_FIELD = 4;

/**
 * The gateway's durable outbox: SQLite in WAL mode. Ids come from AUTOINCREMENT so they are never
 * reused, even after the table empties; the forwarder relies on that for its cursor. The readings
 * rows of one append (one event-loop turn of MQTT messages) are stored as few rows of concatenated
 * framed entries: SQLite's per-row insert, read and delete were a quarter of the gateway's CPU at
 * one reading per message. device_id and seq are then the first message's (for an operator's eye).
 */
export function createOutbox(options: OutboxOptions): Outbox {
  // NORMAL on the connection; FULL's fsync is made by commitSync, off the event loop.
  const db: SqliteDatabase = openDatabase(options.path, { synchronous: 'NORMAL' });
  db.exec(`CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    payload BLOB NOT NULL,
    n INTEGER NOT NULL DEFAULT 1
  )`);
  const columns = db.prepare('PRAGMA table_info(outbox)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'n')) db.exec('ALTER TABLE outbox ADD COLUMN n INTEGER NOT NULL DEFAULT 1');
  const insert = db.prepare('INSERT INTO outbox (kind, device_id, seq, received_ms, payload, n) VALUES (?, ?, ?, ?, ?, ?)');
  const selectPage = db.prepare('SELECT id, kind, received_ms, payload, n FROM outbox WHERE id > ? ORDER BY id LIMIT ?').raw();
  const countIds = db.prepare('SELECT COALESCE(SUM(n), 0) FROM outbox WHERE id BETWEEN ? AND ?').pluck();
  const deleteIds = db.prepare('DELETE FROM outbox WHERE id BETWEEN ? AND ?');
  const oldest = db.prepare('SELECT received_ms FROM outbox ORDER BY id LIMIT 1').pluck();
  let depth = db.prepare('SELECT COALESCE(SUM(n), 0) FROM outbox').pluck().get() as number;
  // The newest row's id: a page after it needs no query (the forwarder asks after every turn).
  let lastId = db.prepare('SELECT COALESCE(MAX(id), 0) FROM outbox').pluck().get() as number;
  const commitSync = createCommitSync(options.path, options.synchronous ?? 'FULL', options.onSynced ? { onSynced: options.onSynced } : {});
  const appendListeners: (() => void)[] = [];
  const deleteListeners: (() => void)[] = [];
  // Rows per message are unknown in advance: read pages sized by the entries per row seen so far.
  let entriesPerRow = 1;

  const maxRowEntries = options.maxRowEntries ?? 256;
  const maxRowBytes = options.maxRowBytes ?? 256 * 1024;
  const insertAll = db.transaction((rows: readonly NewRow[]) => {
    for (let i = 0; i < rows.length; ) {
      const r = rows[i]!;
      let end = i + 1;
      if (r.kind === 'readings') {
        let entries = r.count;
        let bytes = r.payload.byteLength;
        for (; end < rows.length; end++) {
          const next = rows[end]!;
          if (next.kind !== 'readings' || entries + next.count > maxRowEntries || bytes + next.payload.byteLength > maxRowBytes) break;
          entries += next.count;
          bytes += next.payload.byteLength;
        }
      }
      const payload = end === i + 1 ? asBuffer(r.payload) : Buffer.concat(rows.slice(i, end).map((x) => x.payload));
      let count = 0;
      for (let k = i; k < end; k++) count += rows[k]!.count;
      lastId = Number(insert.run(r.kind === 'status' ? STATUS : READINGS, r.deviceId, r.seq, r.receivedMs, payload, count).lastInsertRowid);
      i = end;
    }
  });
  const deleteRange = db.transaction((fromId: number, toId: number): number => {
    const n = countIds.get(fromId, toId) as number;
    deleteIds.run(fromId, toId);
    return n;
  });

  return {
    append(rows) {
      if (rows.length === 0) return;
      let entries = 0;
      for (const r of rows) entries += r.count;
      if (depth + entries > options.maxRows) {
        throw new WxError('WX_ERR_OUTBOX_FULL', `outbox holds ${depth} readings and statuses, bound is ${options.maxRows}`);
      }
      insertAll(rows);
      depth += entries;
      for (const l of appendListeners) l();
    },
    whenDurable(callback) {
      commitSync.afterCommit(callback);
    },
    page(afterId, limits) {
      const out: OutboxRow[] = [];
      if (afterId >= lastId) return out;
      let entries = 0;
      let bytes = 0;
      let cursor = afterId;
      for (;;) {
        const want = Math.max(1, Math.min(1000, Math.ceil((limits.maxEntries - entries) / entriesPerRow)));
        const raw = selectPage.all(cursor, want) as [number, number, number, Buffer, number][];
        for (const [id, kind, receivedMs, payload, n] of raw) {
          const framed = kind === READINGS ? payload : frameEntry(kind === STATUS ? STATUSES_FIELD : READINGS_FIELD, payload);
          if (out.length > 0 && (entries + n > limits.maxEntries || bytes + framed.byteLength > limits.maxBytes)) return out;
          out.push({ id, kind: kind === STATUS ? 'status' : 'readings', count: n, receivedMs, framed });
          entries += n;
          bytes += framed.byteLength;
          cursor = id;
        }
        if (out.length > 0) entriesPerRow = Math.max(1, entries / out.length);
        if (raw.length < want || entries >= limits.maxEntries) return out;
      }
    },
    deleteRange(fromId, toId) {
      const n = deleteRange(fromId, toId);
      depth -= n;
      for (const l of deleteListeners) l();
      return n;
    },
    depth: () => depth,
    oldestReceivedMs: () => (oldest.get() as number | undefined) ?? undefined,
    onAppend(listener) {
      appendListeners.push(listener);
    },
    onDelete(listener) {
      deleteListeners.push(listener);
    },
    close() {
      if (db.open) db.close();
      commitSync.close();
    },
  };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
