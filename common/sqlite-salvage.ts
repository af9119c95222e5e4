/**
 * For a queue's SQLite file that power cuts or a failing card damaged. A corrupted file fails at
 * every start, so a program that simply exits on it is restarted by systemd and exits again for as
 * long as nobody comes by, taking nothing in. Its owner instead checks the file at start, moves a
 * damaged one aside for an operator (`<name>.corrupt-<time>.sqlite`, with its WAL: `sqlite3 FILE
 * .recover` reads what is left), reads back the rows it still can and starts a fresh file with them.
 * Damage found while running leaves a marker (`<file>.corrupt`) so the next start does the same
 * even where the quick check passes.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { isCorrupt } from './sqlite.js';

export function corruptMarkerPath(path: string): string {
  return `${path}.corrupt`;
}

/** Leaves the marker: the next start sets the file aside. */
export function markCorrupt(path: string, err: Error): void {
  writeFileSync(corruptMarkerPath(path), `${new Date().toISOString()} ${(err as { code?: string }).code ?? ''} ${err.message}\n`);
}

/** Called once the damaged file is replaced. */
export function clearCorruptMarker(path: string): void {
  rmSync(corruptMarkerPath(path), { force: true });
}

/** "SQLITE_CORRUPT: database disk image is malformed" for an error SQLite raised on damage. */
export function corruptReason(err: unknown): string {
  return `${(err as { code: string }).code}: ${(err as Error).message}`;
}

/**
 * Why the file is unusable, or undefined if it passes SQLite's quick_check (structure, not content;
 * it reads the whole file once). Errors other than damage (permissions, a busy file, I/O) are
 * thrown: setting a healthy file aside would lose its rows.
 */
export function sqliteCorruption(path: string): string | undefined {
  const marker = corruptMarkerPath(path);
  if (existsSync(marker)) return `marked corrupt by the last run: ${readFileSync(marker, 'utf8').trim()}`;
  if (!existsSync(path)) return undefined;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
    return problems.length > 0 ? `quick_check: ${problems.join('; ')}` : undefined;
  } catch (err) {
    if (isCorrupt(err)) return corruptReason(err);
    throw err;
  } finally {
    db?.close();
  }
}

/** Renames the file with its WAL and shared-memory files (the WAL may hold the newest rows); returns the new path. */
export function setAside(path: string, nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const name = basename(path).replace(/\.(sqlite|db)$/, '');
  const movedTo = join(dirname(path), `${name}.corrupt-${stamp}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  }
  return movedTo;
}

export type SalvagedRow = Record<string, unknown>;

/**
 * Runs `read` on the damaged file opened on its own; undefined where even that fails (no header:
 * nothing can be carried over).
 */
export function withDamagedFile<T>(path: string, read: (db: Database.Database) => T): T | undefined {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch {
    return undefined;
  }
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * Copies every row of `table` that can still be read, in chunks handed to `write` (a queue of days
 * offline may hold more rows than a small device's memory): forwards in key order up to the first
 * damaged page, then backwards from the end down to where the forward pass stopped. Rows `keep`
 * refuses (a damaged page can yield garbled ones) are left out. Returns how many rows were copied and
 * the highest key met.
 */
export function copyReadableRows(
  db: Database.Database,
  o: { table: string; columns: readonly string[]; key: string; keep: (r: SalvagedRow) => boolean; write: (rows: SalvagedRow[]) => void; chunkRows?: number },
): { rows: number; maxKey: number } {
  const chunk: SalvagedRow[] = [];
  let rows = 0;
  let maxKey = 0;
  // An error writing the copy (a full disk) is the caller's to hear, not taken for a damaged page.
  let writeFailed = false;
  const flush = (): void => {
    if (chunk.length === 0) return;
    try {
      o.write(chunk.splice(0));
    } catch (err) {
      writeFailed = true;
      throw err;
    }
  };
  const take = (r: SalvagedRow): void => {
    if (!o.keep(r)) return;
    chunk.push(r);
    rows++;
    if (chunk.length >= (o.chunkRows ?? 1000)) flush();
  };
  let forwardTo = Number.MIN_SAFE_INTEGER; // the backward pass reads down to here
  try {
    for (const r of db.prepare(`SELECT ${o.columns.join(', ')} FROM ${o.table} ORDER BY ${o.key} ASC`).iterate() as Iterable<SalvagedRow>) {
      forwardTo = Number(r[o.key]);
      maxKey = Math.max(maxKey, forwardTo);
      take(r);
    }
  } catch (err) {
    if (writeFailed) throw err;
    // a damaged page (or table): the backward pass reads from the other end
  }
  flush();
  try {
    for (const r of db.prepare(`SELECT ${o.columns.join(', ')} FROM ${o.table} WHERE ${o.key} > ? ORDER BY ${o.key} DESC`).iterate(forwardTo) as Iterable<SalvagedRow>) {
      maxKey = Math.max(maxKey, Number(r[o.key]));
      take(r);
    }
  } catch (err) {
    if (writeFailed) throw err;
    // the other side of the damage: what the forward pass did not reach is lost
  }
  flush();
  return { rows, maxKey };
}

/**
 * For a file of state that is rebuilt as the program runs (pending nowcasts, the fusion's memory):
 * a damaged one is set aside and the program starts that state anew, rather than failing at every
 * start. Returns what was done (for the caller's log), or undefined for a healthy or absent file.
 */
export function setAsideIfDamaged(path: string, nowMs = Date.now()): { reason: string; movedTo: string } | undefined {
  const reason = sqliteCorruption(path);
  if (reason === undefined) return undefined;
  const movedTo = setAside(path, nowMs);
  clearCorruptMarker(path);
  return { reason, movedTo };
}
