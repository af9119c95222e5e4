import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Cached model files are named `<modelId>-<version>.onnx` (relay.ts cachePath). */
export const cacheFileName = (modelId: string, version: string): string => `${modelId}-${version}.onnx`;

export interface PruneOptions {
  /** File names of versions an open deploy still names: never removed. */
  keep: ReadonlySet<string>;
  nowMs: number;
  /** A file no open deploy names is removed once it was last used (served or cached) this long ago. */
  maxIdleMs: number;
  /** Last use per file name, from this run; files not in it count from their modification time. */
  lastUsedMs: ReadonlyMap<string, number>;
}

/**
 * Removes model files from the gateway's relay cache that no open deploy names and that were not used
 * for maxIdleMs, and partial downloads (`.tmp`) older than that. Without it, every version ever rolled
 * out stays on the gateway's disk. The idle time lets a device that restarts mid-update after its
 * deploy closed still fetch the rest. Returns the names removed.
 */
export function pruneModelCache(dir: string, o: PruneOptions): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.endsWith('.onnx') && !name.endsWith('.tmp')) continue;
    if (o.keep.has(name)) continue;
    const path = join(dir, name);
    let last: number;
    try {
      last = o.lastUsedMs.get(name) ?? statSync(path).mtimeMs;
    } catch {
      continue;
    }
    if (o.nowMs - last < o.maxIdleMs) continue;
    rmSync(path, { force: true });
    removed.push(name);
  }
  return removed;
}
