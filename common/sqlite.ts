import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export interface OpenOptions {
  /**
   * FULL makes every commit durable across a power cut (the device outbox wants this); NORMAL in WAL
   * mode survives a process crash and loses at most the last commits on power loss (fine for caches).
   */
  synchronous?: 'FULL' | 'NORMAL';
  readonly?: boolean;
}

/** Opens (creating folders as needed) a SQLite file in WAL mode with a busy timeout. */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  }
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
