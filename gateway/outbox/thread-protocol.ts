import type { FileSpace, ReclaimPolicy } from '../../common/sqlite-space.js';
import type { PackedRow } from './table.js';

/** How the writer thread opens the outbox (plain data: it is handed over as workerData). */
export interface OutboxWriterSettings {
  path: string;
  synchronous: 'FULL' | 'NORMAL';
  /** When to give freed disk space back after deletes; none: never. */
  reclaim?: ReclaimPolicy;
  /** The disk reserve (common/disk-reserve.ts): its file and size (0 = none). */
  reserve: { path: string; bytes: number };
}

/** From the event loop to the outbox's writer thread, handled strictly in order. */
export type OutboxRequest =
  | { kind: 'append'; seq: number; bytes: Uint8Array; rows: PackedRow[]; entries: number }
  | { kind: 'delete'; fromId: number; toId: number }
  | { kind: 'close' };

/** From the writer thread back. An append is answered `committed`, then `durable` (or `failed`). */
export type OutboxReply =
  | { kind: 'ready' }
  | { kind: 'committed'; seq: number; lastId: number }
  | { kind: 'durable'; seq: number }
  /** committed: the rows are in the table (it was their fsync that failed). */
  | { kind: 'failed'; seq: number; message: string; committed: boolean }
  | { kind: 'deleted'; entries: number }
  | { kind: 'delete-failed'; message: string }
  | { kind: 'synced'; seconds: number }
  | { kind: 'reclaimed'; before: FileSpace; after: FileSpace; seconds: number }
  | { kind: 'reclaim-failed'; message: string }
  /** The disk is full: the reserve (releasedBytes of it) was given up; appends are refused until disk-ok. */
  | { kind: 'disk-full'; releasedBytes: number; message: string }
  /** The reserve is back (freeBytes left besides): appends are taken again. */
  | { kind: 'disk-ok'; freeBytes: number }
  /** SQLite found the file damaged (after the `failed` or `delete-failed` it caused). */
  | { kind: 'corrupt'; code: string; message: string };
