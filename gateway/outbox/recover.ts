/**
 * The gateway's outbox file damaged on disk (common/sqlite-salvage.ts): set aside at start, its
 * readable rows carried into a fresh file with their ids, so the gateway comes back by itself and
 * forwards what survived. Its rows hold readings the stations have already deleted (they were
 * PUBACKed), so what the damaged pages held is lost; the log and the metric say how much was kept.
 * Ids go on above the highest kept (the forwarder's cursor needs them increasing); the hub is
 * idempotent on (device, seq), so nothing is stored twice.
 */
import { isCorrupt } from '../../common/sqlite.js';
import { clearCorruptMarker, copyReadableRows, corruptReason, setAside, sqliteCorruption, withDamagedFile, type SalvagedRow } from '../../common/sqlite-salvage.js';
import { openOutboxDatabase } from './table.js';

export interface GatewayOutboxRecovery {
  reason: string;
  movedTo: string;
  /** Stored rows carried over, and the readings and statuses in them. */
  rows: number;
  entries: number;
}

const COLUMNS = ['id', 'kind', 'device_id', 'seq', 'received_ms', 'payload', 'n'] as const;

/** Sets a damaged outbox aside and starts a fresh one with what can be read; undefined for a healthy (or absent) file. */
export function recoverDamagedOutbox(path: string, nowMs = Date.now()): GatewayOutboxRecovery | undefined {
  let reason = sqliteCorruption(path);
  if (reason === undefined) {
    try {
      openOutboxDatabase(path).close(); // what the writer thread is about to do
      return undefined;
    } catch (err) {
      if (!isCorrupt(err)) throw err;
      reason = corruptReason(err);
    }
  }
  const movedTo = setAside(path, nowMs);
  const db = openOutboxDatabase(path);
  let copied = { rows: 0, entries: 0 };
  try {
    const insert = db.prepare(`INSERT INTO outbox (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
    const insertAll = db.transaction((rows: SalvagedRow[]) => {
      for (const r of rows) insert.run(r);
    });
    // Chunk by chunk: after days offline the outbox may hold more than the gateway's memory.
    withDamagedFile(movedTo, (damaged) =>
      copyReadableRows(damaged, {
        table: 'outbox',
        columns: COLUMNS,
        key: 'id',
        keep: isWellFormed,
        chunkRows: 100,
        write: (rows) => {
          insertAll(rows);
          copied = { rows: copied.rows + rows.length, entries: copied.entries + rows.reduce((n, r) => n + Number(r.n), 0) };
        },
      }),
    );
  } finally {
    db.close();
  }
  clearCorruptMarker(path);
  return { reason, movedTo, ...copied };
}

/** A damaged page can yield garbled rows: only rows of the table's shape are carried over. */
function isWellFormed(r: SalvagedRow): boolean {
  const int = (v: unknown): boolean => Number.isSafeInteger(v);
  return int(r.id) && (r.id as number) > 0 && int(r.kind) && typeof r.device_id === 'string' && int(r.seq) && int(r.received_ms) && r.payload instanceof Uint8Array && int(r.n) && (r.n as number) > 0;
}
