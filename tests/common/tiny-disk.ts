/**
 * Runs a program with a folder mounted as a small tmpfs, in a user and mount namespace of its own
 * (`unshare`): a real full disk, without root, and nothing left mounted if the test dies.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import assert from 'node:assert/strict';
import { closeSync, openSync, writeSync } from 'node:fs';

const UNSHARE = ['--user', '--map-root-user', '--mount'];

/** Fails (rather than skips) where namespaces are not allowed: a skipped test would prove nothing. */
export function assertTinyDisksAllowed(): void {
  assert.equal(spawnSync('unshare', [...UNSHARE, 'true']).status, 0, 'this test needs `unshare --user --mount` (util-linux, user namespaces)');
}

/** Another program's file on the tiny disk (filled by `fillMiB`): delete it to free space. */
export const OTHER_PROGRAM_FILE = 'other-program.log';

/**
 * Spawns `command` with `folder` (which must exist) mounted as a tmpfs of `sizeMiB`, with `fillMiB`
 * of it taken by OTHER_PROGRAM_FILE first. From outside, the folder as the child sees it is
 * `/proc/<child pid>/root/<folder>` (tinyDiskPath).
 */
export function spawnOnTinyDisk(folder: string, sizeMiB: number, command: string[], options: SpawnOptions & { fillMiB?: number } = {}): ChildProcess {
  const fill = options.fillMiB ? ` && head -c ${options.fillMiB * 1024 * 1024} /dev/zero > "$1/${OTHER_PROGRAM_FILE}"` : '';
  const mountThenRun = `mount -t tmpfs -o size=${sizeMiB}m wx-tiny-disk "$1"${fill} && shift && exec "$@"`;
  return spawn('unshare', [...UNSHARE, 'sh', '-c', mountThenRun, 'sh', folder, ...command], options);
}

/** `path` inside the tiny disk of `child`, as this process can reach it (through its mount namespace). */
export function tinyDiskPath(child: ChildProcess, path: string): string {
  return `/proc/${child.pid}/root${path}`;
}

/** Writes `path` until the disk is full, as another program's logs would; returns the bytes written. */
export function fillDisk(path: string): number {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch {
    return written; // ENOSPC
  } finally {
    closeSync(fd);
  }
}
