/**
 * Opening a station's outbox that power cuts or a failing SD card may have damaged
 * (common/sqlite-salvage.ts): the damaged file is set aside, the rows that can still be read are
 * carried over with their seqs, and the fresh outbox counts on above every seq the old one may have
 * used (seq-floor.ts), so the hub does not drop new readings as duplicates of old ones.
 */
import { isCorrupt } from '../../common/sqlite.js';
import { clearCorruptMarker, copyReadableRows, corruptReason, setAside, sqliteCorruption, withDamagedFile, type SalvagedRow } from '../../common/sqlite-salvage.js';
import { Outbox, type OutboxOptions } from './outbox.js';

/** Clocks before this are not trusted to order seqs (a Pi without RTC boots in 1970). */
const TRUSTED_CLOCK_MS = Date.UTC(2020, 0, 1);

export interface OutboxRecovery {
  /** Why the file was set aside. */
  reason: string;
  /** Where the damaged file now is. */
  movedTo: string;
  salvaged: { outbox: number; history: number };
  /** The old file's last seq, where it could be read. */
  oldLastSeq: number | undefined;
  /** The fresh outbox's first seq. */
  firstSeq: number;
  /**
   * What the first seq rests on: 'floor' (the recorded bound), 'clock' (the floor file was lost:
   * milliseconds since 1970, above any seq counted one reading per millisecond at most), or
   * 'salvaged' (neither: new seqs may repeat ones the hub has, and those readings are dropped there).
   */
  seqFrom: 'floor' | 'clock' | 'salvaged';
}

export interface RecoverOptions {
  now?: () => number;
  /** Called once the fresh outbox is open, before anything is sampled. */
  onRecovered?: (r: OutboxRecovery) => void;
}

/** Opens the outbox at `path`, setting a corrupted one aside first (see above). */
export function openOutboxRecovering(path: string, options: OutboxOptions, recover: RecoverOptions = {}): Outbox {
  const reason = sqliteCorruption(path);
  if (reason === undefined) {
    try {
      return Outbox.open(path, options);
    } catch (err) {
      if (!isCorrupt(err)) throw err;
      return recoverFrom(path, corruptReason(err), options, recover);
    }
  }
  return recoverFrom(path, reason, options, recover);
}

function recoverFrom(path: string, reason: string, options: OutboxOptions, recover: RecoverOptions): Outbox {
  const now = recover.now ?? Date.now;
  const movedTo = setAside(path, now());
  const outbox = Outbox.open(path, options);
  try {
    // Rows go straight into the fresh outbox in chunks: a full one may not fit a small device's memory.
    const old = salvageInto(movedTo, outbox);
    const floor = options.seqFloor?.reservedThrough;
    const salvagedMax = Math.max(old.lastSeq ?? 0, old.maxSeq);
    let seqFrom: OutboxRecovery['seqFrom'];
    let lastSeq: number;
    if (floor !== undefined) [seqFrom, lastSeq] = ['floor', Math.max(floor, salvagedMax)];
    else if (now() >= TRUSTED_CLOCK_MS) [seqFrom, lastSeq] = ['clock', Math.max(Math.floor(now()), salvagedMax)];
    else [seqFrom, lastSeq] = ['salvaged', salvagedMax];
    outbox.finishSalvage(lastSeq, old.cursor);
    clearCorruptMarker(path);
    outbox.recovered = { reason, movedTo, salvaged: { outbox: old.outbox, history: old.history }, oldLastSeq: old.lastSeq, firstSeq: lastSeq + 1, seqFrom };
  } catch (err) {
    outbox.close();
    throw err;
  }
  recover.onRecovered?.(outbox.recovered);
  return outbox;
}

interface Salvaged {
  /** Rows carried over. */
  outbox: number;
  history: number;
  /** The highest seq among them. */
  maxSeq: number;
  lastSeq: number | undefined;
  cursor: string | undefined;
}

/** The meta values of the damaged file at `path`, and every row that can still be read, copied into `outbox`. */
function salvageInto(path: string, outbox: Outbox): Salvaged {
  const nothing: Salvaged = { outbox: 0, history: 0, maxSeq: 0, lastSeq: undefined, cursor: undefined };
  return (
    withDamagedFile(path, (db): Salvaged => {
      const meta = (key: string): string | undefined => {
        try {
          return (db.prepare(`SELECT value FROM meta WHERE key = ?`).get(key) as { value: string } | undefined)?.value;
        } catch {
          return undefined;
        }
      };
      const last = Number(meta('last_seq'));
      const copy = (table: 'outbox' | 'history', columns: string[]) =>
        copyReadableRows(db, { table, columns, key: 'seq', keep: isWellFormed, write: (rows) => outbox.importSalvaged(table, rows) });
      const rows = copy('outbox', ['seq', 'time_ms', 'stored_ms', 'clock_synced', 'clock_suspect', 'values_json', 'state', 'payload']);
      const history = copy('history', ['seq', 'time_ms', 'clock_synced', 'values_json', 'flags_json']);
      return {
        outbox: rows.rows,
        history: history.rows,
        maxSeq: Math.max(rows.maxKey, history.maxKey),
        lastSeq: Number.isSafeInteger(last) && last > 0 ? last : undefined,
        cursor: meta('cursor'),
      };
    }) ?? nothing
  );
}

/** A damaged page can still yield rows of the wrong shape; the fresh outbox's STRICT table would refuse them. */
function isWellFormed(r: SalvagedRow): boolean {
  if (!Number.isSafeInteger(r.seq) || (r.seq as number) <= 0 || !Number.isSafeInteger(r.time_ms)) return false;
  if (typeof r.values_json !== 'string') return false;
  try {
    JSON.parse(r.values_json);
    if (r.flags_json !== undefined) JSON.parse(r.flags_json as string);
  } catch {
    return false;
  }
  if (r.state !== undefined && !(r.state === 'held' || (r.state === 'ready' && r.payload instanceof Uint8Array))) return false;
  return true;
}
