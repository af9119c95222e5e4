/**
 * Durable SQLite commits that do not stall the event loop.
 *
 * In WAL mode, synchronous=FULL is synchronous=NORMAL plus one fsync of the WAL file inside every
 * COMMIT (https://sqlite.org/pragma.html#pragma_synchronous); checkpoints sync in both modes. With
 * better-sqlite3 that fsync runs on the calling thread, so a slow disk (an SD card, a contended
 * volume) stops the whole process for its duration. Here the connection runs at NORMAL and the WAL
 * file is fsynced afterwards on libuv's thread pool: once that fsync returns, every commit written
 * before it began is as durable as FULL would have made it. One fsync runs at a time; callers that
 * arrive meanwhile share the next one (group commit), so the disk sees at most one sync in flight.
 * No library does this for better-sqlite3, hence this module.
 */
import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

export type Synchronous = 'FULL' | 'NORMAL';
export type SyncCallback = (err: Error | null) => void;

export interface CommitSync {
  /**
   * Calls back once every commit made on the connection before this call is on disk. With
   * synchronous NORMAL it calls back at once (durable against a process crash, not a power cut).
   */
  afterCommit(callback: SyncCallback): void;
  /** Closes the WAL file once the fsync in flight (if any) is done; later calls fail. */
  close(): void;
}

export interface CommitSyncOptions {
  /** Seconds each fsync took (for a histogram). */
  onSynced?: (seconds: number) => void;
  /** Replaces fs.fdatasync (tests hold an fsync open to prove nothing is acknowledged before it). */
  fdatasync?: (fd: number, callback: (err: NodeJS.ErrnoException | null) => void) => void;
}

/**
 * The commit sync of the SQLite database at `path`, which the caller has opened in WAL mode at
 * synchronous NORMAL and read from (so its -wal file exists). `synchronous` is what the caller's
 * configuration asked for.
 */
export function createCommitSync(path: string, synchronous: Synchronous, options: CommitSyncOptions = {}): CommitSync {
  if (synchronous === 'NORMAL' || path === ':memory:') return immediate();
  return new WalFileSync(path, options);
}

function immediate(): CommitSync {
  let closed = false;
  return {
    afterCommit(callback) {
      callback(closed ? new Error('commit sync is closed') : null);
    },
    close() {
      closed = true;
    },
  };
}

class WalFileSync implements CommitSync {
  private readonly fd: number;
  private readonly sync: NonNullable<CommitSyncOptions['fdatasync']>;
  private running = false;
  private next: SyncCallback[] = [];
  private closed = false;
  /**
   * After a failed fsync the kernel may have dropped the dirty pages and report success on the next
   * try (PostgreSQL's "fsyncgate", 2018), so a failure is permanent: nothing more is acknowledged
   * until the process restarts and SQLite recovers from what is really on disk.
   */
  private failure: Error | undefined;

  constructor(
    path: string,
    private readonly options: CommitSyncOptions,
  ) {
    // r+: Windows' FlushFileBuffers needs write access; nothing is ever written through this fd.
    this.fd = openSync(`${path}-wal`, 'r+');
    this.sync = options.fdatasync ?? fdatasync;
    // SQLite at FULL syncs the directory when it creates the WAL; do the same once, so the file
    // itself survives a power cut, not only its contents.
    syncDirectory(dirname(path));
  }

  afterCommit(callback: SyncCallback): void {
    if (this.closed) return callback(new Error('commit sync is closed'));
    if (this.failure) return callback(this.failure);
    this.next.push(callback);
    if (!this.running) this.start();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.running) closeSync(this.fd);
  }

  private start(): void {
    const batch = this.next;
    this.next = [];
    this.running = true;
    const t0 = process.hrtime.bigint();
    this.sync(this.fd, (err) => {
      if (err && !this.failure) this.failure = new Error(`fsync of the SQLite WAL failed: ${err.message}`);
      else if (!err) this.options.onSynced?.(Number(process.hrtime.bigint() - t0) / 1e9);
      // Still `running` while the callbacks run: one of them may close(), which leaves the fd to us.
      for (const cb of batch) cb(this.failure ?? null);
      this.running = false;
      if (this.closed) {
        closeSync(this.fd);
        for (const cb of this.next.splice(0)) cb(new Error('commit sync is closed'));
      } else if (this.next.length > 0) {
        if (this.failure) for (const cb of this.next.splice(0)) cb(this.failure);
        else this.start();
      }
    });
  }
}

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or sync a directory; the file's data is still synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
