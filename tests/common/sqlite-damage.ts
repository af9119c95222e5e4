/**
 * Damage to a SQLite file as a disk does it, for the tests of what the programs do with a damaged
 * queue: garbage over whole pages, chosen from the file's own layout (SQLite's dbstat table).
 */
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites pages (1-based) of the file with garbage, as a torn write on a card does. */
export function damagePages(path: string, pages: number[], pageSize = 4096): void {
  const fd = openSync(path, 'r+');
  try {
    for (const p of pages) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (p - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/**
 * A write through SQLite (a table made and dropped), so that every connection open on the file reads
 * its pages from disk again: SQLite keeps a connection's page cache across transactions for as long
 * as the WAL's header is unchanged, and garbage written behind its back would go unseen. Call it
 * after damagePages on a file a running program has open.
 */
export function forgetCachedPages(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('CREATE TABLE wx_test_poke (x); DROP TABLE wx_test_poke;');
  } finally {
    db.close();
  }
}

/** Garbage over the whole file (a card that lost it). */
export function destroyFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, 0);
  } finally {
    closeSync(fd);
  }
}

/** The leaf pages of a table in key order, with the keys of the rows each holds. */
export function leafPages(path: string, table: string, key: string): { page: number; keys: number[] }[] {
  const db = new Database(path, { readonly: true });
  try {
    const leaves = db.prepare(`SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path`).all(table) as { pageno: number; ncell: number }[];
    const keys = (db.prepare(`SELECT ${key} AS k FROM ${table} ORDER BY ${key}`).all() as { k: number }[]).map((r) => r.k);
    let at = 0;
    return leaves.map(({ pageno, ncell }) => {
      const mine = keys.slice(at, at + ncell);
      at += ncell;
      return { page: pageno, keys: mine };
    });
  } finally {
    db.close();
  }
}
