/**
 * Dated backups in one folder, the oldest removed beyond a count: what `wx-cloud backup --into <dir>
 * --keep N [--every 24h]` does (a systemd timer, or a sidecar container beside the hub). Each backup
 * is written under a `.partial` name and renamed once complete, so an interrupted one is never taken
 * for a backup and is cleared by the next run; only folders named here are ever removed.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WxError } from '../common/errors.js';
import { fsyncDir } from '../common/durable-file.js';
import { backupDataDir, type BackedUpFile } from '../common/sqlite-backup.js';

const NAME = /^wx-\d{8}T\d{6}Z$/;
const PARTIAL = /^wx-\d{8}T\d{6}Z\.partial$/;

export interface RotatedBackup {
  path: string;
  files: BackedUpFile[];
  /** Older backups removed beyond `keep`, and leftovers of interrupted runs. */
  removed: string[];
}

/** `wx-20261124T045300Z`: sorts in time order. */
export function backupName(nowMs: number): string {
  return `wx-${new Date(nowMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

export function backupInto(dataDir: string, intoDir: string, keep: number, nowMs = Date.now()): RotatedBackup {
  mkdirSync(intoDir, { recursive: true });
  const removed: string[] = [];
  for (const leftover of readdirSync(intoDir).filter((n) => PARTIAL.test(n))) {
    rmSync(join(intoDir, leftover), { recursive: true, force: true });
    removed.push(leftover);
  }
  const name = backupName(nowMs);
  const path = join(intoDir, name);
  if (readdirSync(intoDir).includes(name)) throw new WxError('WX_ERR_ARGS_INVALID', `--into: ${name} exists already (two backups in one second)`, { field: 'into' });
  const files = backupDataDir(dataDir, `${path}.partial`, { expect: 'cloud.sqlite' });
  renameSync(`${path}.partial`, path);
  fsyncDir(intoDir);
  const complete = readdirSync(intoDir).filter((n) => NAME.test(n)).sort();
  for (const old of complete.slice(0, Math.max(0, complete.length - keep))) {
    rmSync(join(intoDir, old), { recursive: true, force: true });
    removed.push(old);
  }
  return { path, files, removed };
}

/** "30s", "15m", "6h", "1d" in ms; throws naming the flag. */
export function parseEvery(text: string, field = 'every'): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(text);
  const ms = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'] : NaN;
  if (!(ms >= 1000 && ms <= 366 * 86_400_000)) throw new WxError('WX_ERR_ARGS_INVALID', `--${field}: expected a period like 30m, 6h or 1d (1s to 366d), got ${JSON.stringify(text)}`, { field });
  return ms;
}
