/**
 * The store's writer thread (started by openSqliteStore): owns the write connection and stores each
 * WriteRequest it is sent in one transaction, so the hub's event loop keeps decoding and acking
 * gRPC batches while SQLite inserts and checkpoints. Requests are handled strictly in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openWriteConnection, SqliteWriter, type WriterSettings } from './sqlite-writer.js';
import type { WriteRequest } from './write-request.js';
import type { WriterMessage, WriterReply } from './writer-protocol.js';

const port = parentPort!;
const db = openWriteConnection(workerData as WriterSettings);
const writer = new SqliteWriter(db);

port.on('message', (msg: WriterMessage) => {
  if (msg.kind === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    const res = writer.write(msg.request as WriteRequest, msg.now);
    reply = { kind: 'written', id: msg.id, response: res };
    port.postMessage(reply, [res.storedMask.buffer]);
  } catch (err) {
    const e = err as Error & { code?: string };
    reply = { kind: 'failed', id: msg.id, message: e.message, sqliteCode: e.code };
    port.postMessage(reply);
  }
});
port.postMessage({ kind: 'ready' } satisfies WriterReply);
