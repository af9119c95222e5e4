/**
 * The store's writer thread (started by openSqliteStore): owns the write connection and stores each
 * WriteRequest it is sent in one transaction, so the hub's event loop keeps decoding and acking
 * gRPC batches while SQLite inserts and checkpoints. Requests are handled strictly in order, and
 * each is answered once its commit is durable.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openWriteConnection, SqliteWriter, type WriterSettings } from './sqlite-writer.js';
import type { WriteRequest, WriteResponse } from './write-request.js';
import type { WriterMessage, WriterReply } from './writer-protocol.js';

const port = parentPort!;
const { db, commitSync } = openWriteConnection(workerData as WriterSettings);
const writer = new SqliteWriter(db);

function fail(id: number, err: unknown): void {
  const e = err as Error & { code?: string };
  port.postMessage({ kind: 'failed', id, message: e.message, sqliteCode: e.code } satisfies WriterReply);
}

port.on('message', (msg: WriterMessage) => {
  if (msg.kind === 'close') {
    // Every write before this one has its reply queued behind the sync in flight: let them go first.
    commitSync.afterCommit(() => {
      db.close();
      commitSync.close();
      port.close();
    });
    return;
  }
  let res: WriteResponse;
  try {
    res = writer.write(msg.request as WriteRequest, msg.now);
  } catch (err) {
    fail(msg.id, err);
    return;
  }
  // Answered (and so acknowledged to the gateway) only once the commit is on disk.
  commitSync.afterCommit((err) => {
    if (err) fail(msg.id, err);
    else port.postMessage({ kind: 'written', id: msg.id, response: res } satisfies WriterReply, [res.storedMask.buffer]);
  });
});
port.postMessage({ kind: 'ready' } satisfies WriterReply);
