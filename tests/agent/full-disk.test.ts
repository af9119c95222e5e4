/**
 * A station's outbox on a real full disk (a 4 MiB tmpfs another program fills up): with its reserve
 * it keeps storing, deciding and deleting readings, and makes the reserve again once space is freed.
 * Without one, the same disk refuses the first reading (the control: the disk really was full).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertTinyDisksAllowed, spawnOnTinyDisk } from '../common/tiny-disk.js';
import { tempDir } from './helpers.js';

interface StationRun {
  reserveMade: boolean;
  whileFull: { stored: number; acked: number; error?: string };
  afterFreed: { stored: number; acked: number; error?: string };
  events: string[];
  reserveBytes: number;
  depth: number;
  lastSeq: number;
}

async function runStation(mode: 'reserve' | 'no-reserve'): Promise<StationRun> {
  const disk = join(tempDir(), 'data');
  mkdirSync(disk);
  const child = spawnOnTinyDisk(disk, 4, [process.execPath, '--import', 'tsx', 'tests/agent/fixtures/full-disk-station.ts', disk, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  assert.equal(code, 0, 'the station process exits cleanly');
  return JSON.parse(out) as StationRun;
}

void test('on a disk another program filled, the outbox spends its reserve to keep storing and deleting readings, and makes it again once space is freed', async () => {
  assertTinyDisksAllowed();
  const run = await runStation('reserve');
  assert.equal(run.reserveMade, true);
  assert.deepEqual(run.whileFull, { stored: 300, acked: 300 }, 'five hours of minutes stored and acknowledged on the full disk');
  assert.deepEqual(run.events, ['released', 'restored']);
  assert.deepEqual(run.afterFreed, { stored: 20, acked: 20 });
  assert.equal(run.reserveBytes, 1024 * 1024, 'the reserve is held again');
  assert.equal(run.lastSeq, 320, 'no seq skipped');
  assert.equal(run.depth, 0);
});

void test('control: without a reserve the same full disk refuses the first reading', async () => {
  assertTinyDisksAllowed();
  const run = await runStation('no-reserve');
  assert.equal(run.whileFull.stored, 0);
  assert.match(run.whileFull.error ?? '', /disk is full/);
  assert.deepEqual(run.afterFreed, { stored: 20, acked: 20 }, 'it takes readings again once space is freed');
});
