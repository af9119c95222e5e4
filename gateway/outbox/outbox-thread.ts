/**
 * The gateway's outbox with its writes on a thread of their own (writer-worker.ts). On an SD card
 * or a contended volume a commit's write(), a WAL checkpoint's fsyncs or the kernel's dirty-page
 * throttling can take hundreds of ms; on the event loop that held every device's messages and the
 * forwarding meanwhile (seen as 200-660 ms stalls in bench:pipeline). Here the event loop only
 * packs rows, gives them ids and hands them over. Rows not yet committed are paged from memory (the
 * forwarder sends them at once; the cloud is idempotent if they are sent again), committed ones on a
 * connection of the event loop's own (WAL readers never wait for the writer).
 *
 * Ordering and durability: appends are numbered; the writer answers each `committed` (the rows
 * leave the memory tail) and then `durable` (whenDurable callbacks up to it run: the PUBACKs go).
 * depth() counts an append when it is handed over (so the bound holds at once) and a delete when
 * the writer reports what it removed. If the thread dies, nothing it had not made durable is
 * acknowledged, and every later append is refused (the devices keep their readings) until the
 * gateway restarts.
 */
import type { Worker } from 'node:worker_threads';
import type { SyncCallback } from '../../common/commit-sync.js';
import { WxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { startModuleWorker } from '../../common/module-worker.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import { isCorrupt, type SqliteDatabase } from '../../common/sqlite.js';
import { openOutboxDatabase, outboxReader, outboxRow, packRows, PageBuilder, type OutboxReader } from './table.js';
import { diskFull, outboxFull, reservePathOf, rowLimits, type Outbox, type OutboxOptions, type OutboxRow } from './outbox.js';
import type { OutboxReply, OutboxRequest, OutboxWriterSettings } from './thread-protocol.js';

interface Waiter {
  /** The append it waits for (and every one before). */
  seq: number;
  callback: SyncCallback;
}

/** Opens the outbox's file (creating it), starts its writer thread and resolves once it is ready. */
export async function openThreadedOutbox(options: OutboxOptions, logger: Logger): Promise<Outbox> {
  const settings: OutboxWriterSettings = {
    path: options.path,
    synchronous: options.synchronous ?? 'FULL',
    ...(options.reclaim ? { reclaim: options.reclaim } : {}),
    reserve: { path: reservePathOf(options.path), bytes: options.reserveBytes ?? 0 },
  };
  const worker = startModuleWorker(import.meta.url, './writer-worker', {
    workerData: settings,
    name: 'wx-outbox-writer',
    // Its heap holds a few MB (bench: 5-6 MB used); V8's default young generation would let each
    // turn's cloned rows pile up to tens of MB before a scavenge, on a gateway budgeted at 300 MB.
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 64 },
  });
  let ready = false;
  const queued: OutboxReply[] = [];
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error): void => reject(new WxError('WX_ERR_STORE', `outbox writer thread did not start: ${err.message}`, { cause: err }));
    worker.once('error', onError);
    worker.once('exit', (code) => onError(new Error(`exited with code ${code}`)));
    worker.on('message', early);
    function early(msg: OutboxReply): void {
      if (ready) return void queued.push(msg); // what follows `ready` (a full disk) is heard below
      worker.off('error', onError);
      worker.removeAllListeners('exit');
      ready = true;
      if (msg.kind === 'ready') resolve();
      else reject(new WxError('WX_ERR_STORE', `outbox writer thread answered ${msg.kind} before ready`));
    }
  });
  // The writer created the table; this connection only reads.
  const db = openOutboxDatabase(options.path);
  const reader = outboxReader(db);
  const { outbox, handle } = threadedOutbox(worker, reader, db, options, logger);
  worker.removeAllListeners('message');
  worker.on('message', handle);
  for (const msg of queued) handle(msg);
  return outbox;
}

function threadedOutbox(
  worker: Worker,
  reader: OutboxReader,
  db: SqliteDatabase,
  options: OutboxOptions,
  logger: Logger,
): { outbox: Outbox; handle: (msg: OutboxReply) => void } {
  const limits = rowLimits(options);
  const appendListeners: (() => void)[] = [];
  const deleteListeners: (() => void)[] = [];
  let depth = reader.depth();
  // Ids are given here, in append order. Rows the writer has not committed yet are paged from
  // `tail` (memory), so forwarding never waits for the disk; committed ones from the table.
  let committedId = reader.maxId();
  let nextId = committedId + 1;
  let tail: OutboxRow[] = [];
  let seq = 0;
  let durableSeq = 0;
  const waiters: Waiter[] = [];
  /** Entries of each append not yet durable, to take back from depth if it fails. */
  const unsettled = new Map<number, number>();
  let broken: Error | undefined;
  // Set by the writer: the disk is full and the reserve was given up; appends are refused meanwhile.
  let diskIsFull = false;
  let lastFailure: { seq: number; err: Error } | undefined;
  let closing: Promise<void> | undefined;
  let workerGone = false;
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      workerGone = true;
      resolve();
    }),
  );
  // A full disk fails every append: one line a minute says so, the metric counts each.
  const logFailure = createLogLimiter(logger, 60_000, Date.now, 'error');

  const send = (msg: OutboxRequest, transfer?: ArrayBuffer[]): void => worker.postMessage(msg, transfer);

  function settle(upTo: number): void {
    while (waiters.length > 0 && waiters[0]!.seq <= upTo) waiters.shift()!.callback(null);
  }

  /** Append `failedSeq` will never be durable: its waiters and later ones get `err`. */
  function fail(failedSeq: number, err: Error, committed: boolean): void {
    lastFailure = { seq: failedSeq, err };
    const later = waiters.filter((w) => w.seq >= failedSeq);
    waiters.splice(0, waiters.length, ...waiters.filter((w) => w.seq < failedSeq));
    // Rows that never reached the table leave the count; committed ones (the fsync failed) stay.
    if (!committed) depth -= unsettled.get(failedSeq) ?? 0;
    unsettled.delete(failedSeq);
    for (const w of later) w.callback(err);
  }

  const handle = (msg: OutboxReply): void => {
    switch (msg.kind) {
      case 'committed': {
        committedId = Math.max(committedId, msg.lastId);
        let drop = 0;
        while (drop < tail.length && tail[drop]!.id <= committedId) drop++;
        if (drop > 0) tail = tail.slice(drop);
        return;
      }
      case 'durable':
        durableSeq = Math.max(durableSeq, msg.seq);
        unsettled.delete(msg.seq);
        settle(msg.seq);
        return;
      case 'failed': {
        // A failure that lasts (a full disk) fails every turn alike: one Error for all of them, so
        // whoever logs errors it is handed (ingest) logs it once; this log says so once a minute.
        const message = `outbox write failed: ${msg.message}`;
        const err = lastFailure?.err.message === message ? lastFailure.err : new WxError('WX_ERR_STORE', message);
        options.onWriteFailed?.();
        logFailure('write', { err: msg.message }, 'outbox write failed: the messages of that turn are refused (devices resend)');
        fail(msg.seq, err, msg.committed);
        return;
      }
      case 'deleted':
        depth -= msg.entries;
        for (const l of deleteListeners) l();
        return;
      case 'delete-failed':
        // The rows stay and are sent again after the next reconnect; the cloud drops the repeats.
        logFailure('delete', { err: msg.message }, 'outbox delete failed: acknowledged rows kept');
        return;
      case 'synced':
        options.onSynced?.(msg.seconds);
        return;
      case 'reclaimed':
        options.onReclaimed?.({ before: msg.before, after: msg.after, seconds: msg.seconds });
        return;
      case 'reclaim-failed':
        // Nothing is lost: the file keeps its free pages for later rows; the writer tries again later.
        logger.warn({ err: msg.message }, 'outbox could not give free disk space back');
        return;
      case 'disk-full':
        diskIsFull = true;
        logger.error(
          { err: msg.message, releasedMiB: +(msg.releasedBytes / 2 ** 20).toFixed(1) },
          'disk full: gave up the outbox reserve so acknowledged rows can still be deleted; refusing messages (devices keep and resend them) until there is room for the reserve again',
        );
        options.onDiskFull?.(true);
        return;
      case 'disk-ok':
        diskIsFull = false;
        logger.warn({ freeMiB: Math.round(msg.freeBytes / 2 ** 20) }, 'disk has room again: outbox reserve made, taking messages');
        options.onDiskFull?.(false);
        return;
      case 'corrupt':
        fatal(Object.assign(new Error(msg.message), { code: msg.code }));
        return;
      case 'ready':
        return;
    }
  };
  /** Refuses everything from now on and tells the owner once. */
  function fatal(err: Error, what = `outbox file damaged (${(err as { code?: string }).code}: ${err.message})`): void {
    if (broken) return;
    broken = new WxError('WX_ERR_STORE', `${what}: refusing messages until the gateway restarts`);
    for (const w of waiters.splice(0)) w.callback(broken);
    options.onFatal?.(err);
  }
  const lost = (err: Error): void => {
    if (closing || broken) return;
    logger.error({ err: err.message }, 'outbox writer thread stopped: nothing more is acknowledged until the gateway restarts');
    fatal(err, `outbox writer thread stopped (${err.message})`);
  };
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`exited with code ${code}`)));

  const outbox: Outbox = {
    append(rows) {
      if (broken) throw broken;
      if (closing) throw new WxError('WX_ERR_STORE', 'outbox is closing');
      if (rows.length === 0) return;
      if (diskIsFull) throw diskFull();
      const packed = packRows(rows, limits, nextId);
      if (depth + packed.entries > options.maxRows) throw outboxFull(depth, options.maxRows);
      nextId += packed.rows.length;
      const n = ++seq;
      depth += packed.entries;
      unsettled.set(n, packed.entries);
      // The tail keeps a copy made here; the packed bytes move to the writer (transferred, not
      // cloned: a clone is allocated, and freed, in the writer thread's own malloc arena).
      const bytes = Buffer.from(packed.bytes);
      for (const r of packed.rows) tail.push(outboxRow(r.id, r.kind, r.receivedMs, bytes.subarray(r.start, r.end), r.count));
      send({ kind: 'append', seq: n, bytes: packed.bytes, rows: packed.rows, entries: packed.entries }, [packed.bytes.buffer as ArrayBuffer]);
      for (const l of appendListeners) l();
    },
    whenDurable(callback) {
      if (broken) return callback(broken);
      if (lastFailure?.seq === seq) return callback(lastFailure.err);
      if (seq <= durableSeq) return callback(null);
      waiters.push({ seq, callback });
    },
    page(afterId, pageLimits) {
      const tailStart = tail[0]?.id ?? nextId;
      // Committed rows first (a backlog, a resend after reconnecting); the next page goes on from there.
      if (afterId < committedId && afterId < tailStart - 1) {
        let stored: OutboxRow[];
        try {
          stored = reader.page(afterId, pageLimits, tailStart);
        } catch (err) {
          if (!isCorrupt(err)) throw err;
          fatal(err as Error); // nothing more is sent from this file; the owner restarts
          return [];
        }
        if (stored.length > 0) return stored;
      }
      const page = new PageBuilder(pageLimits);
      for (const row of tail) if (row.id > afterId && !page.add(row)) break;
      return page.rows;
    },
    deleteRange(fromId, toId) {
      // Acknowledged rows leave the tail now; the writer deletes them after storing them (in order).
      if (tail.length > 0 && tail[0]!.id <= toId) tail = tail.filter((r) => r.id < fromId || r.id > toId);
      if (!broken && !closing) send({ kind: 'delete', fromId, toId });
    },
    depth: () => depth,
    oldestReceivedMs: () => reader.oldestReceivedMs() ?? tail[0]?.receivedMs,
    onAppend(listener) {
      appendListeners.push(listener);
    },
    onDelete(listener) {
      deleteListeners.push(listener);
    },
    close() {
      closing ??= (async () => {
        if (!workerGone) send({ kind: 'close' }); // a writer that found its file damaged is still there
        await exited;
        if (db.open) db.close();
        for (const w of waiters.splice(0)) w.callback(new WxError('WX_ERR_STORE', 'outbox closed before the write was durable'));
      })();
      return closing;
    },
  };
  return { outbox, handle };
}
