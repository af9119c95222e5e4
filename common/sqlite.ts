import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export interface OpenOptions {
  /**
   * FULL makes every commit durable across a power cut (the device outbox wants this); NORMAL in WAL
   * mode survives a process crash and loses at most the last commits on power loss (fine for caches).
   */
  synchronous?: 'FULL' | 'NORMAL';
  readonly?: boolean;
  /**
   * Bytes the WAL file is cut back to whenever a checkpoint lets it start over (journal_size_limit).
   * SQLite's default keeps it at the largest it ever grew: one big delete or a long reader would cost
   * that much disk for good. 16 MiB by default, four times what the default autocheckpoint lets
   * build up, so a steady writer does not regrow it each time.
   */
  walLimitBytes?: number;
}

/** SQLite's "database or disk is full" (better-sqlite3 SqliteError code SQLITE_FULL). */
function errorCode(err: unknown): unknown {
  return typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
}

/** SQLite's full disk, or the file system's (a small file written beside the database). */
export function isDiskFull(err: unknown): boolean {
  const code = errorCode(err);
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

/** The file is damaged or not a database: reopening it will not help (an I/O error might). */
export function isCorrupt(err: unknown): boolean {
  const code = errorCode(err);
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_'));
}

/** Opens (creating folders as needed) a SQLite file in WAL mode with a busy timeout. */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma(`journal_size_limit = ${options.walLimitBytes ?? 16 * 1024 * 1024}`);
  }
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

/** SQLite's default wal_autocheckpoint, in pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * On a full disk (true): moves the WAL into the database file and truncates it, then checkpoints
 * every 16 pages, so the WAL starts over in the room it already has rather than growing (at the
 * default 1000 pages it would spend up to 4 MiB of the room left before it started over).
 * Back to SQLite's default once there is room (false). Never throws: a checkpoint a reader or the
 * disk holds back is tried again at the next commit.
 */
export function walForFullDisk(db: SqliteDatabase, full: boolean): void {
  try {
    db.pragma(`wal_autocheckpoint = ${full ? 16 : AUTOCHECKPOINT_PAGES}`);
    if (full) checkpointTruncateNow(db);
  } catch {
    // see above
  }
}

/**
 * Checkpoints and truncates the WAL as far as readers allow, now: TRUNCATE would wait busy_timeout
 * for them; without a busy handler it goes as far as they let it. Throws what SQLite throws.
 */
export function checkpointTruncateNow(db: SqliteDatabase): void {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
