/**
 * Giving a queue's disk space back. SQLite keeps the pages a DELETE frees for later inserts and never
 * shrinks a file by itself: a gateway that buffered three days for an unreachable cloud would keep an
 * outbox file the size of that backlog for good, on an SD card. Once a file is mostly free pages and
 * what is still live is small, VACUUM copies the live rows into a fresh file (quick, since little is
 * live) and the checkpoint after it truncates the database file. Rowids survive (INTEGER PRIMARY KEY
 * tables keep them, sqlite_sequence is copied), so cursors on them stay valid. In WAL mode readers on
 * other connections carry on meanwhile; the VACUUM is one write transaction, and a power cut during
 * it leaves the file as it was.
 */
import { statSync } from 'node:fs';
import { checkpointTruncateNow, type SqliteDatabase } from './sqlite.js';

export const MIB = 1024 * 1024;

/** Bytes of the SQLite file at `path` and its WAL on disk (0 for what does not exist). */
export function bytesOnDisk(path: string): number {
  const size = (p: string): number => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
  return size(path) + size(`${path}-wal`);
}

export interface FileSpace {
  /** Bytes of the database file (not its WAL): pages x page size. */
  fileBytes: number;
  /** Bytes in pages on the freelist. */
  freeBytes: number;
}

export interface ReclaimPolicy {
  /** Reclaim only once at least this many bytes are free. */
  minFreeBytes: number;
  /** ...and at most this many are live (VACUUM copies them, holding the write lock meanwhile). */
  maxLiveBytes: number;
}

export interface Reclaimed {
  before: FileSpace;
  after: FileSpace;
  seconds: number;
}

export function fileSpace(db: SqliteDatabase): FileSpace {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  return { fileBytes: pages * pageSize, freeBytes: free * pageSize };
}

function worthReclaiming(space: FileSpace, policy: ReclaimPolicy): boolean {
  return policy.minFreeBytes > 0 && space.freeBytes >= policy.minFreeBytes && space.fileBytes - space.freeBytes <= policy.maxLiveBytes;
}

/**
 * VACUUMs `db` when `policy` says it is worth it (checking costs three header reads), then
 * checkpoints and truncates the WAL without waiting for readers: the files shrink now when none holds
 * an old snapshot, else at the next checkpoint (the WAL down to its journal_size_limit). Returns what
 * it did, or undefined when there was nothing to do.
 * Throws what SQLite throws (a busy database, a full disk for VACUUM's temporary copy).
 */
export function reclaimSpace(db: SqliteDatabase, policy: ReclaimPolicy): Reclaimed | undefined {
  const before = fileSpace(db);
  if (!worthReclaiming(before, policy)) return undefined;
  const started = process.hrtime.bigint();
  db.exec('VACUUM');
  checkpointTruncateNow(db);
  return { before, after: fileSpace(db), seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * reclaimSpace for a queue's owner to call after its deletes: what it did, the error it met, or
 * undefined. After a failure (a full disk for VACUUM's copy, say) it waits `retryMs` before trying
 * again; the file keeps its free pages meanwhile and nothing is lost.
 */
export function createReclaimer(db: SqliteDatabase, policy: ReclaimPolicy, options: { retryMs?: number; now?: () => number } = {}): () => Reclaimed | Error | undefined {
  const now = options.now ?? Date.now;
  let retryAtMs = 0;
  return () => {
    if (now() < retryAtMs) return undefined;
    try {
      return reclaimSpace(db, policy);
    } catch (err) {
      retryAtMs = now() + (options.retryMs ?? 60_000);
      return err as Error;
    }
  };
}
