/**
 * The outbox's writer thread (started by outbox-thread.ts): owns the write connection, so SQLite's
 * commits, WAL checkpoints and fsyncs never stall the gateway's event loop, however slow the disk.
 * Requests are handled strictly in order. Each append is answered twice: `committed` (readable by
 * the event loop's connection; the forwarder may send it) and `durable` (the PUBACKs may go).
 * After deletes, once the file is mostly free pages, it gives the space back (common/sqlite-space.ts).
 * On a full disk it gives up the disk reserve so that deletes can go on, and refuses appends until
 * the reserve can be made again (common/disk-reserve.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCommitSync } from '../../common/commit-sync.js';
import { createDiskReserve } from '../../common/disk-reserve.js';
import { isCorrupt, isDiskFull, walForFullDisk } from '../../common/sqlite.js';
import { createReclaimer, MIB } from '../../common/sqlite-space.js';
import { openOutboxDatabase, outboxWriter } from './table.js';
import type { OutboxReply, OutboxRequest, OutboxWriterSettings } from './thread-protocol.js';

const port = parentPort!;
const settings = workerData as OutboxWriterSettings;
const post = (reply: OutboxReply): void => port.postMessage(reply);
const db = openOutboxDatabase(settings.path);
const writer = outboxWriter(db);
const commitSync = createCommitSync(settings.path, settings.synchronous, { onSynced: (seconds) => post({ kind: 'synced', seconds }) });
const reclaim = settings.reclaim && createReclaimer(db, settings.reclaim);

function maybeReclaim(): void {
  const done = reclaim?.();
  if (done instanceof Error) post({ kind: 'reclaim-failed', message: done.message });
  else if (done) post({ kind: 'reclaimed', ...done });
}

const reserve = createDiskReserve(settings.reserve.path, settings.reserve.bytes);
let diskFull = false;
let recheck: NodeJS.Timeout | undefined;
let nextTryMs = 0;
const RECHECK_MS = 1000;
const reclaimWhileFull = createReclaimer(db, { minFreeBytes: 1, maxLiveBytes: Math.max(settings.reserve.bytes / 4, MIB) });

function enterDiskFull(message: string): void {
  if (diskFull) return;
  diskFull = true;
  const releasedBytes = reserve.release();
  // The room just freed goes to the WAL's pages first: once in the database file, the WAL can start over.
  walForFullDisk(db, true);
  post({ kind: 'disk-full', releasedBytes, message });
  // Deletes try to leave too, but an operator freeing space while nothing is acknowledged must count.
  recheck = setInterval(tryLeaveDiskFull, RECHECK_MS);
}

function tryLeaveDiskFull(): void {
  if (!diskFull || Date.now() < nextTryMs) return;
  nextTryMs = Date.now() + RECHECK_MS;
  // The pages that acknowledged rows freed are room the disk needs back before the reserve fits.
  // VACUUM writes what is live into the WAL: only while that is small against the room given up.
  // After a failure (no room even for that) it waits a minute: an SD card is not rewritten every second.
  const done = reclaimWhileFull();
  if (done && !(done instanceof Error)) post({ kind: 'reclaimed', ...done });
  if (!reserve.restore()) return;
  walForFullDisk(db, false);
  diskFull = false;
  clearInterval(recheck);
  post({ kind: 'disk-ok', freeBytes: reserve.freeBytes() });
}

/** Damage is not going away: the owner restarts, and the next start sets the file aside (recover.ts). */
function reportIfCorrupt(err: unknown): void {
  if (isCorrupt(err)) post({ kind: 'corrupt', code: (err as { code: string }).code, message: (err as Error).message });
}

function deleteRange(fromId: number, toId: number): number {
  try {
    return writer.deleteRange(fromId, toId);
  } catch (err) {
    if (!isDiskFull(err)) throw err;
    enterDiskFull((err as Error).message);
    return writer.deleteRange(fromId, toId); // with the reserve's room
  }
}

// Acknowledged ranges whose delete failed (a locked or failing disk): tried again before the next
// delete and every RECHECK_MS. Left undeleted, their rows would count in the depth for good (the
// forwarder has moved past them), and a gateway whose depth stays high holds its devices back.
const failedDeletes: [number, number][] = [];
let retryTimer: NodeJS.Timeout | undefined;

function retryFailedDeletes(): void {
  while (failedDeletes.length > 0) {
    const [fromId, toId] = failedDeletes[0]!;
    try {
      post({ kind: 'deleted', entries: deleteRange(fromId, toId) });
    } catch {
      return; // still failing: the timer tries again
    }
    failedDeletes.shift();
  }
  clearInterval(retryTimer);
  retryTimer = undefined;
}

function deleteFailed(fromId: number, toId: number, err: unknown): void {
  failedDeletes.push([fromId, toId]);
  retryTimer ??= setInterval(retryFailedDeletes, RECHECK_MS);
  post({ kind: 'delete-failed', message: (err as Error).message });
  reportIfCorrupt(err);
}

port.on('message', (msg: OutboxRequest) => {
  switch (msg.kind) {
    case 'append': {
      let lastId: number;
      try {
        // Handed over before the event loop heard of the full disk: the reserve's room is for deletes.
        if (diskFull) throw new Error('disk full: refused to keep room for deletes');
        lastId = writer.insert({ bytes: msg.bytes, rows: msg.rows, entries: msg.entries });
      } catch (err) {
        post({ kind: 'failed', seq: msg.seq, message: (err as Error).message, committed: false });
        if (isDiskFull(err)) enterDiskFull((err as Error).message);
        reportIfCorrupt(err);
        return;
      }
      post({ kind: 'committed', seq: msg.seq, lastId });
      commitSync.afterCommit((err) => post(err ? { kind: 'failed', seq: msg.seq, message: err.message, committed: true } : { kind: 'durable', seq: msg.seq }));
      return;
    }
    case 'delete':
      retryFailedDeletes();
      try {
        post({ kind: 'deleted', entries: deleteRange(msg.fromId, msg.toId) });
      } catch (err) {
        deleteFailed(msg.fromId, msg.toId, err);
        return;
      }
      if (diskFull) tryLeaveDiskFull();
      else maybeReclaim();
      return;
    case 'close':
      // Every append before this has its answer queued behind the sync in flight: let them go first.
      clearInterval(recheck);
      clearInterval(retryTimer);
      commitSync.afterCommit(() => {
        db.close();
        commitSync.close();
        port.close();
      });
  }
});
post({ kind: 'ready' });
// After `ready`, so the event loop's handler hears it: a disk too full for the reserve at start.
if (!reserve.restore()) enterDiskFull(`no room for the ${Math.round(settings.reserve.bytes / MIB)} MiB outbox reserve and as much again`);
