/**
 * Runs a program with a folder mounted as a small tmpfs, in a user and mount namespace of its own
 * (`unshare`): a real full disk, without root, and nothing left mounted if the test dies.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import assert from 'node:assert/strict';

const UNSHARE = ['--user', '--map-root-user', '--mount'];

/** Fails (rather than skips) where namespaces are not allowed: a skipped test would prove nothing. */
export function assertTinyDisksAllowed(): void {
  assert.equal(spawnSync('unshare', [...UNSHARE, 'true']).status, 0, 'this test needs `unshare --user --mount` (util-linux, user namespaces)');
}

/** Spawns `command` with `folder` (which must exist) mounted as a tmpfs of `sizeMiB`. */
export function spawnOnTinyDisk(folder: string, sizeMiB: number, command: string[], options: SpawnOptions = {}): ChildProcess {
  const mountThenRun = `mount -t tmpfs -o size=${sizeMiB}m wx-tiny-disk "$1" && shift && exec "$@"`;
  return spawn('unshare', [...UNSHARE, 'sh', '-c', mountThenRun, 'sh', folder, ...command], options);
}
