import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateCloudConfig } from '../../cloud/config.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import { openWriteConnection } from '../../cloud/store/sqlite-writer.js';

test('store.cacheSizeMiB defaults to 256 and outside 8..65536 is refused naming the field', () => {
  assert.equal(validateCloudConfig({}, 'cloud.yaml').store.cacheSizeMiB, 256);
  assert.equal(validateCloudConfig({ store: { cacheSizeMiB: 32 } }, 'cloud.yaml').store.cacheSizeMiB, 32);
  for (const bad of [4, 100_000, 1.5, 'big']) {
    assert.throws(
      () => validateCloudConfig({ store: { cacheSizeMiB: bad } }, 'cloud.yaml'),
      (err: Error & { code?: string; details?: string[] }) => err.code === 'WX_ERR_CONFIG_INVALID' && (err.details ?? []).some((d) => d.startsWith('store.cacheSizeMiB')),
    );
  }
});

test("the store writer's connection gets the configured page cache", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-cache-'));
  try {
    const path = join(dir, 'cloud.sqlite');
    await openSqliteStore(path, { writer: 'inline' }).close(); // creates the schema
    for (const mib of [32, 256]) {
      const { db, commitSync } = openWriteConnection({ path, synchronous: 'NORMAL', cacheSizeMiB: mib });
      assert.equal(db.pragma('cache_size', { simple: true }), -mib * 1024);
      db.close();
      commitSync.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
