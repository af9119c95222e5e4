/**
 * A consistent copy of a program's data folder while the program runs. Copying a SQLite file in WAL
 * mode with cp can give a torn copy (pages from before and after a commit, or commits still only in
 * the -wal file); `VACUUM INTO` writes a snapshot of one read transaction into a fresh file, and in
 * WAL mode it holds no lock that stops the writer. (SQLite's online backup API would restart every
 * time the running program commits, so on a busy hub it might never finish.) Files that are not
 * SQLite databases are copied as they are.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { WxError } from './errors.js';
import { openDatabase } from './sqlite.js';

export interface BackedUpFile {
  name: string;
  bytes: number;
  /** SQLite files: how the copy was made and checked. */
  sqlite?: { seconds: number; check: string };
}

const SQLITE_SIDE_FILE = /\.sqlite-(wal|shm|journal)$/;

/**
 * Copies `dataDir` into `toDir` (created; it must not exist or be empty): every *.sqlite file as a
 * VACUUM INTO snapshot checked with quick_check, everything else (model files, field stores) as is.
 * Throws WX_ERR_ARGS_INVALID naming the field for a missing data folder or a non-empty target.
 */
export function backupDataDir(dataDir: string, toDir: string, options: { expect?: string } = {}): BackedUpFile[] {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--data-dir: ${JSON.stringify(dataDir)} is not a folder`, { field: 'data-dir' });
  }
  if (options.expect && !existsSync(join(dataDir, options.expect))) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--data-dir: ${JSON.stringify(dataDir)} holds no ${options.expect}`, { field: 'data-dir' });
  }
  const inside = relative(resolve(dataDir), resolve(toDir));
  if (inside === '' || (!inside.startsWith('..') && !inside.startsWith('/'))) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--to: ${JSON.stringify(toDir)} is inside --data-dir (the copy would copy itself)`, { field: 'to' });
  }
  if (existsSync(toDir) && readdirSync(toDir).length > 0) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--to: ${JSON.stringify(toDir)} is not empty (a backup never overwrites)`, { field: 'to' });
  }
  mkdirSync(toDir, { recursive: true });
  const done: BackedUpFile[] = [];
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    const from = join(dataDir, entry.name);
    const to = join(toDir, entry.name);
    if (SQLITE_SIDE_FILE.test(entry.name)) continue; // folded into the snapshot of their database
    if (entry.isFile() && entry.name.endsWith('.sqlite')) {
      done.push({ name: entry.name, bytes: 0, sqlite: snapshot(from, to) });
      done.at(-1)!.bytes = statSync(to).size;
    } else {
      cpSync(from, to, { recursive: true, preserveTimestamps: true });
      done.push({ name: entry.name, bytes: entry.isFile() ? statSync(to).size : 0 });
    }
  }
  return done;
}

function snapshot(from: string, to: string): { seconds: number; check: string } {
  const started = process.hrtime.bigint();
  const source = openDatabase(from, { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(to);
  } finally {
    source.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const copy = openDatabase(to, { readonly: true });
  try {
    const check = (copy.pragma('quick_check', { simple: true }) as string) ?? 'no answer';
    if (check !== 'ok') throw new WxError('WX_ERR_STORE', `backup of ${from} failed its check: ${check}`);
    return { seconds, check };
  } finally {
    copy.close();
  }
}
