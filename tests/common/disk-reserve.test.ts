import assert from 'node:assert/strict';
import { existsSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bytesAllocated, createDiskReserve } from '../../common/disk-reserve.js';
import { testDir } from './temp-dir.js';

const MIB = 1024 * 1024;

void test('a reserve is written out (not sparse), given back whole, and made again', () => {
  const path = join(testDir('wx-reserve-'), 'outbox.reserve');
  const reserve = createDiskReserve(path, 2 * MIB);
  assert.equal(reserve.heldBytes(), 0);
  assert.equal(reserve.restore(), true);
  assert.ok(bytesAllocated(path) >= 2 * MIB, 'the blocks are allocated: a sparse file would reserve nothing');
  assert.equal(reserve.heldBytes(), 2 * MIB);
  assert.ok(reserve.release() >= 2 * MIB);
  assert.equal(existsSync(path), false);
  assert.equal(reserve.heldBytes(), 0);
  assert.equal(reserve.restore(), true);
  assert.equal(reserve.heldBytes(), 2 * MIB);
});

void test('a disk without room for the reserve and as much again refuses it and is left as it was', () => {
  const dir = testDir('wx-reserve-');
  const fs = statfsSync(dir);
  const free = fs.bavail * fs.bsize;
  // More than half the free space: the reserve would fit, but leave less than itself behind.
  const reserve = createDiskReserve(join(dir, 'outbox.reserve'), Math.ceil(free * 0.6));
  assert.equal(reserve.restore(), false);
  assert.equal(existsSync(join(dir, 'outbox.reserve')), false, 'nothing written');
  assert.equal(reserve.release(), 0);
});

void test('no folder: no reserve, and no throw', () => {
  const reserve = createDiskReserve(join(testDir('wx-reserve-'), 'missing', 'outbox.reserve'), MIB, 0);
  assert.equal(reserve.restore(), false);
  assert.equal(reserve.heldBytes(), 0);
});
