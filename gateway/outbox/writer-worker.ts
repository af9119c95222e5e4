/**
 * The outbox's writer thread (started by outbox-thread.ts): owns the write connection, so SQLite's
 * commits, WAL checkpoints and fsyncs never stall the gateway's event loop, however slow the disk.
 * Requests are handled strictly in order. Each append is answered twice: `committed` (readable by
 * the event loop's connection; the forwarder may send it) and `durable` (the PUBACKs may go).
 * After deletes, once the file is mostly free pages, it gives the space back (common/sqlite-space.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCommitSync } from '../../common/commit-sync.js';
import { createReclaimer } from '../../common/sqlite-space.js';
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

port.on('message', (msg: OutboxRequest) => {
  switch (msg.kind) {
    case 'append': {
      let lastId: number;
      try {
        lastId = writer.insert({ bytes: msg.bytes, rows: msg.rows, entries: msg.entries });
      } catch (err) {
        post({ kind: 'failed', seq: msg.seq, message: (err as Error).message, committed: false });
        return;
      }
      post({ kind: 'committed', seq: msg.seq, lastId });
      commitSync.afterCommit((err) => post(err ? { kind: 'failed', seq: msg.seq, message: err.message, committed: true } : { kind: 'durable', seq: msg.seq }));
      return;
    }
    case 'delete':
      try {
        post({ kind: 'deleted', entries: writer.deleteRange(msg.fromId, msg.toId) });
      } catch (err) {
        post({ kind: 'delete-failed', message: (err as Error).message });
        return;
      }
      maybeReclaim();
      return;
    case 'close':
      // Every append before this has its answer queued behind the sync in flight: let them go first.
      commitSync.afterCommit(() => {
        db.close();
        commitSync.close();
        port.close();
      });
  }
});
post({ kind: 'ready' });
