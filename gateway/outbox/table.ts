/**
 * The outbox's SQLite table and the statements on it, shared by the inline outbox (one connection)
 * and the threaded one (writes on its writer thread, reads on the event loop).
 */
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { frameEntry } from './frame.js';
import type { NewRow, OutboxRow, PageLimits } from './outbox.js';

// Kind codes on disk. 0 (one bare Reading per row) was written by gateways before the framed rows;
// such rows are still read (framed on read, as any kind other than these two), never written.
const STATUS = 1;
const READINGS = 2;
const READINGS_FIELD = 3;
const STATUSES_FIELD = 4;

/** One row to store: its payload is bytes [start, end) of the packed buffer. */
export interface PackedRow {
  /** Given by the appender (the only one), in append order: rows can be paged before they are stored. */
  id: number;
  kind: number;
  deviceId: string;
  seq: number;
  receivedMs: number;
  count: number;
  start: number;
  end: number;
}

/** An append's rows, packed: every payload in one buffer of its own (it can be handed to a thread). */
export interface Packed {
  bytes: Uint8Array;
  rows: PackedRow[];
  entries: number;
}

export interface RowLimits {
  maxRowEntries: number;
  maxRowBytes: number;
}

/**
 * Packs `rows`: runs of readings rows become one stored row each, as long as it stays within
 * `limits` (page() hands a row out whole, so a row must fit a ForwardBatch); a status row stays one.
 */
export function packRows(rows: readonly NewRow[], limits: RowLimits, firstId: number): Packed {
  let total = 0;
  for (const r of rows) total += r.payload.byteLength;
  // Not from Buffer's shared pool: the whole ArrayBuffer may be transferred to the writer thread.
  const bytes = new Uint8Array(total);
  const packed: PackedRow[] = [];
  let pos = 0;
  let entries = 0;
  for (let i = 0; i < rows.length; ) {
    const first = rows[i]!;
    const start = pos;
    let count = 0;
    let end = i;
    do {
      const r = rows[end]!;
      bytes.set(r.payload, pos);
      pos += r.payload.byteLength;
      count += r.count;
      end++;
    } while (
      first.kind === 'readings' &&
      end < rows.length &&
      rows[end]!.kind === 'readings' &&
      count + rows[end]!.count <= limits.maxRowEntries &&
      pos - start + rows[end]!.payload.byteLength <= limits.maxRowBytes
    );
    packed.push({ id: firstId + packed.length, kind: first.kind === 'status' ? STATUS : READINGS, deviceId: first.deviceId, seq: first.seq, receivedMs: first.receivedMs, count, start, end: pos });
    entries += count;
    i = end;
  }
  return { bytes, rows: packed, entries };
}

/**
 * Opens (creating, migrating) the outbox table. Ids come from AUTOINCREMENT so they are never
 * reused, even after the table empties; the forwarder relies on that for its cursor. Stored rows
 * hold one or more messages' framed entries; device_id and seq are the first message's (for an
 * operator's eye). NORMAL on the connection: a commit's fsync is made by common/commit-sync.ts.
 */
export function openOutboxDatabase(path: string): SqliteDatabase {
  const db = openDatabase(path, { synchronous: 'NORMAL' });
  try {
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
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The writing statements: one transaction per append or delete. */
export function outboxWriter(db: SqliteDatabase): { insert(p: Packed): number; deleteRange(fromId: number, toId: number): number } {
  const insert = db.prepare('INSERT INTO outbox (id, kind, device_id, seq, received_ms, payload, n) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const countIds = db.prepare('SELECT COALESCE(SUM(n), 0) FROM outbox WHERE id BETWEEN ? AND ?').pluck();
  const deleteIds = db.prepare('DELETE FROM outbox WHERE id BETWEEN ? AND ?');
  const deleteTx = db.transaction((fromId: number, toId: number): number => {
    const n = countIds.get(fromId, toId) as number;
    deleteIds.run(fromId, toId);
    return n;
  });
  const buf = (p: Packed): Buffer => Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength);
  return {
    /** Stores the rows in one transaction; returns the last id. */
    insert: db.transaction((p: Packed): number => {
      const bytes = buf(p);
      let lastId = 0;
      for (const r of p.rows) {
        insert.run(r.id, r.kind, r.deviceId, r.seq, r.receivedMs, bytes.subarray(r.start, r.end), r.count);
        lastId = r.id;
      }
      return lastId;
    }),
    /**
     * Deletes rows fromId..toId inclusive; returns how many entries went. BEGIN IMMEDIATE: the
     * transaction reads before it writes, and a read lock upgraded to a write lock would fail at
     * once, without waiting, if another connection had written meanwhile.
     */
    deleteRange: (fromId: number, toId: number): number => deleteTx.immediate(fromId, toId),
  };
}

/** A stored row as page() hands it out: framed, ready to append to an encoded ForwardBatch. */
export function outboxRow(id: number, kind: number, receivedMs: number, payload: Buffer, n: number): OutboxRow {
  const framed = kind === READINGS ? payload : frameEntry(kind === STATUS ? STATUSES_FIELD : READINGS_FIELD, payload);
  return { id, kind: kind === STATUS ? 'status' : 'readings', count: n, receivedMs, framed };
}

/** A page being filled: the first row always goes in, then rows while both limits hold. */
export class PageBuilder {
  readonly rows: OutboxRow[] = [];
  entries = 0;
  private bytes = 0;

  constructor(private readonly limits: PageLimits) {}

  /** Adds `row`; false (and nothing added) once the page is full. */
  add(row: OutboxRow): boolean {
    if (this.rows.length > 0 && (this.entries + row.count > this.limits.maxEntries || this.bytes + row.framed.byteLength > this.limits.maxBytes)) return false;
    this.rows.push(row);
    this.entries += row.count;
    this.bytes += row.framed.byteLength;
    return true;
  }
}

export interface OutboxReader {
  /** Rows with afterId < id < beforeId, oldest first, within the limits (the first row always). */
  page(afterId: number, limits: PageLimits, beforeId?: number): OutboxRow[];
  depth(): number;
  /** The highest id ever given (deleted rows included): the next append's ids start above it. */
  maxId(): number;
  oldestReceivedMs(): number | undefined;
}

/** The reading statements. */
export function outboxReader(db: SqliteDatabase): OutboxReader {
  const selectPage = db.prepare('SELECT id, kind, received_ms, payload, n FROM outbox WHERE id > ? AND id < ? ORDER BY id LIMIT ?').raw();
  const sumAll = db.prepare('SELECT COALESCE(SUM(n), 0) FROM outbox').pluck();
  const maxId = db
    .prepare(`SELECT MAX(COALESCE((SELECT MAX(id) FROM outbox), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0))`)
    .pluck();
  const oldest = db.prepare('SELECT received_ms FROM outbox ORDER BY id LIMIT 1').pluck();
  // Rows per message are unknown in advance: read pages sized by the entries per row seen so far.
  let entriesPerRow = 1;
  return {
    page(afterId, limits, beforeId = Number.MAX_SAFE_INTEGER) {
      const page = new PageBuilder(limits);
      let cursor = afterId;
      for (;;) {
        const want = Math.max(1, Math.min(1000, Math.ceil((limits.maxEntries - page.entries) / entriesPerRow)));
        const raw = selectPage.all(cursor, beforeId, want) as [number, number, number, Buffer, number][];
        for (const [id, kind, receivedMs, payload, n] of raw) {
          if (!page.add(outboxRow(id, kind, receivedMs, payload, n))) return page.rows;
          cursor = id;
        }
        if (page.rows.length > 0) entriesPerRow = Math.max(1, page.entries / page.rows.length);
        if (raw.length < want || page.entries >= limits.maxEntries) return page.rows;
      }
    },
    depth: () => sumAll.get() as number,
    maxId: () => maxId.get() as number,
    oldestReceivedMs: () => (oldest.get() as number | undefined) ?? undefined,
  };
}
