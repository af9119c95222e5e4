import { dirname, join } from 'node:path';
import { createCommitSync, type SyncCallback } from '../../common/commit-sync.js';
import { WxError } from '../../common/errors.js';
import { createReclaimer, type ReclaimPolicy, type Reclaimed } from '../../common/sqlite-space.js';
import { outboxReader, outboxWriter, openOutboxDatabase, packRows, type RowLimits } from './table.js';

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
   * Appends rows in one transaction, all or none; throws WX_ERR_OUTBOX_FULL (nothing appended).
   * page() sees them once the onAppend listeners are called; on disk once `whenDurable` calls back.
   */
  append(rows: readonly NewRow[]): void;
  /**
   * Calls back once every append made so far would survive a power cut (synchronous FULL: after an
   * fsync that does not block the event loop; NORMAL: once committed), or with the error that kept
   * one of them off the disk. Acknowledge nothing before it.
   */
  whenDurable(callback: SyncCallback): void;
  /** Rows with id > afterId, oldest first, within the limits. Never the whole backlog. */
  page(afterId: number, limits: PageLimits): OutboxRow[];
  /** Deletes rows fromId..toId inclusive (one acknowledged batch); depth() drops once they are gone. */
  deleteRange(fromId: number, toId: number): void;
  /** Entries (readings + statuses) held. */
  depth(): number;
  oldestReceivedMs(): number | undefined;
  /** Called once appended rows can be paged (the forwarder wakes up). */
  onAppend(listener: () => void): void;
  /** Called once a deleteRange took effect (backpressure re-evaluates). */
  onDelete(listener: () => void): void;
  /** Waits for what was appended to be durable, then closes. */
  close(): Promise<void>;
}

export interface OutboxOptions {
  path: string;
  /** Entries (readings + statuses), not rows. */
  maxRows: number;
  synchronous?: 'FULL' | 'NORMAL';
  /** Seconds each outbox fsync took (synchronous FULL). */
  onSynced?: (seconds: number) => void;
  /** An append could not be stored (a full disk, an I/O error): its messages were refused. */
  onWriteFailed?: () => void;
  /**
   * [1...] entries and bytes at most in one stored row: the readings rows of one append are packed
   * into as few stored rows as these allow (page() returns a row whole, so keep them within a
   * ForwardBatch's limits). 256 entries and 256 KiB by default.
   */
  maxRowEntries?: number;
  maxRowBytes?: number;
  /**
   * After deletes, give the file's free pages back to the disk once the policy says it is worth it
   * (a drained backlog); none: never.
   */
  reclaim?: ReclaimPolicy;
  /** What each reclaim did. */
  onReclaimed?: (r: Reclaimed) => void;
  /**
   * Bytes of disk to hold in `<folder>/outbox.reserve` for a full disk (common/disk-reserve.ts); the
   * threaded outbox only. 0 or none: no reserve (a full disk is still met, with less room to recover).
   */
  reserveBytes?: number;
  /** The disk filled up (appends are refused from now on) or has room again (they are taken). */
  onDiskFull?: (full: boolean) => void;
  /**
   * The threaded outbox cannot go on: SQLite found its file damaged (the error has SQLite's code),
   * or its writer thread stopped. Every append is refused from then on; the owner should restart
   * (a damaged file is set aside at the next start, recover.ts).
   */
  onFatal?: (err: Error) => void;
}

export function rowLimits(options: OutboxOptions): RowLimits {
  return { maxRowEntries: options.maxRowEntries ?? 256, maxRowBytes: options.maxRowBytes ?? 256 * 1024 };
}

/** Where the threaded outbox keeps its disk reserve: beside its file. */
export const reservePathOf = (outboxPath: string): string => join(dirname(outboxPath), 'outbox.reserve');

/** Refusals while the disk is full are "outbox full" too: devices keep their readings and resend. */
export function diskFull(): WxError {
  return new WxError('WX_ERR_OUTBOX_FULL', 'disk full: refusing messages until acknowledged rows free enough room for the outbox reserve');
}

export function outboxFull(depth: number, maxRows: number): WxError {
  return new WxError('WX_ERR_OUTBOX_FULL', `outbox holds ${depth} readings and statuses, bound is ${maxRows}`);
}

/**
 * The gateway's durable outbox, on the calling thread: SQLite in WAL mode (gateway/outbox/table.ts).
 * A commit writes on this thread (and, every few MB, checkpoints with fsyncs there); the gateway
 * itself runs the threaded outbox (outbox-thread.ts) so that a slow disk never stops its event loop.
 * This one serves tests and tools: append() has committed when it returns.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const db = openOutboxDatabase(options.path);
  const writer = outboxWriter(db);
  const reader = outboxReader(db);
  let depth = reader.depth();
  // Ids are given here, in append order; a page after the newest needs no query (the forwarder
  // asks after every turn).
  let nextId = reader.maxId() + 1;
  const commitSync = createCommitSync(options.path, options.synchronous ?? 'FULL', options.onSynced ? { onSynced: options.onSynced } : {});
  const limits = rowLimits(options);
  const reclaim = options.reclaim && createReclaimer(db, options.reclaim);
  const appendListeners: (() => void)[] = [];
  const deleteListeners: (() => void)[] = [];

  return {
    append(rows) {
      if (rows.length === 0) return;
      const packed = packRows(rows, limits, nextId);
      if (depth + packed.entries > options.maxRows) throw outboxFull(depth, options.maxRows);
      nextId += packed.rows.length;
      writer.insert(packed);
      depth += packed.entries;
      for (const l of appendListeners) l();
    },
    whenDurable(callback) {
      commitSync.afterCommit(callback);
    },
    page(afterId, pageLimits) {
      return afterId >= nextId - 1 ? [] : reader.page(afterId, pageLimits);
    },
    deleteRange(fromId, toId) {
      depth -= writer.deleteRange(fromId, toId);
      for (const l of deleteListeners) l();
      const done = reclaim?.();
      if (done && !(done instanceof Error)) options.onReclaimed?.(done);
    },
    depth: () => depth,
    oldestReceivedMs: () => reader.oldestReceivedMs(),
    onAppend(listener) {
      appendListeners.push(listener);
    },
    onDelete(listener) {
      deleteListeners.push(listener);
    },
    close() {
      return new Promise((resolve) =>
        commitSync.afterCommit(() => {
          if (db.open) db.close();
          commitSync.close();
          resolve();
        }),
      );
    },
  };
}
