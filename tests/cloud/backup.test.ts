import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { openDatabase } from '../../common/sqlite.js';
import { REPO_ROOT } from '../../scripts/lib/processes.js';
import { batch, forward, GW_TOKEN, reading, startTestHub, tempDir } from './helpers.js';

const run = promisify(execFile);
/** wx-cloud as an operator runs it: its own process. */
const wxCloud = (...args: string[]) => run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cloud/main.ts'), ...args], { cwd: REPO_ROOT });
const PER_BATCH = 100;

void test('wx-cloud backup copies a running hub\'s store as one consistent snapshot while ingest carries on', async () => {
  const hub = await startTestHub();
  const { dir: target, cleanup } = tempDir('wx-backup-');
  let forwarding = true;
  let batches = 0;
  let ackedDuringBackup = 0;
  let backupRunning = false;
  // One device's batches, one after the other: a consistent copy holds seqs 1..k, whole batches only.
  const ingest = (async () => {
    while (forwarding) {
      const first = batches * PER_BATCH + 1;
      const readings = Array.from({ length: PER_BATCH }, (_, i) => reading({ device: 'st-1', seq: first + i }));
      const { acks, error } = await forward(hub.grpc.address, GW_TOKEN, [batch(batches + 1, readings)]);
      assert.equal(error, undefined);
      assert.equal(acks[0]?.stored, PER_BATCH);
      batches++;
      if (backupRunning) ackedDuringBackup++;
    }
  })();
  try {
    while (batches < 20) await new Promise((r) => setTimeout(r, 10));
    backupRunning = true;
    const { stdout } = await wxCloud('backup', '--data-dir', hub.dir, '--to', join(target, 'copy'));
    backupRunning = false;
    assert.match(stdout, /cloud\.sqlite: [\d,]+ bytes, snapshot in [\d.]+ s, quick_check ok/);
    assert.match(stdout, /written to/);
    forwarding = false;
    await ingest;

    const copy = openDatabase(join(target, 'copy', 'cloud.sqlite'), { readonly: true });
    try {
      const seqs = copy.prepare(`SELECT r.seq FROM readings r JOIN stations s ON s.id = r.station_id WHERE s.device_id = 'st-1' ORDER BY r.seq`).pluck().all() as number[];
      assert.ok(seqs.length >= 20 * PER_BATCH, `the copy holds ${seqs.length} readings, at least what was stored before it began`);
      assert.equal(seqs.length % PER_BATCH, 0, 'whole batches only');
      assert.deepEqual(seqs, Array.from({ length: seqs.length }, (_, i) => i + 1), 'no gaps: one snapshot');
      const stored = copy.prepare(`SELECT stored FROM gateways WHERE gateway_id = 'gw-a'`).pluck().get() as number;
      assert.equal(stored, seqs.length, 'the stats counters belong to the same snapshot');
    } finally {
      copy.close();
    }
    assert.ok(batches * PER_BATCH > 20 * PER_BATCH, 'the hub kept storing');
    assert.ok(ackedDuringBackup > 0, 'the hub acknowledged batches while the backup ran');
  } finally {
    forwarding = false;
    await ingest.catch(() => {});
    await hub.stop();
    cleanup();
  }
});

void test('wx-cloud backup refuses a missing --to, a folder with no store, a non-empty target and a target inside the data folder, naming the flag, with exit 2', async () => {
  const { dir, cleanup } = tempDir('wx-backup-');
  try {
    const data = join(dir, 'data');
    const full = join(dir, 'full');
    mkdirSync(data);
    mkdirSync(full);
    writeFileSync(join(full, 'keep.txt'), 'x');
    writeFileSync(join(data, 'cloud.sqlite'), '');
    for (const [args, message] of [
      [['backup'], /--to is required/],
      [['backup', '--data-dir', full, '--to', join(dir, 'new')], /--data-dir: .* holds no cloud\.sqlite/],
      [['backup', '--data-dir', data, '--to', full], /--to: .* is not empty \(a backup never overwrites\)/],
      [['backup', '--data-dir', data, '--to', join(data, 'backups', 'today')], /--to: .* is inside --data-dir/],
      [['backup', '--data-dir', data, '--to', data], /--to: .* is inside --data-dir/],
    ] as const) {
      await assert.rejects(wxCloud(...args), (err: { code: number; stderr: string }) => {
        assert.equal(err.code, 2, err.stderr);
        assert.match(err.stderr, message);
        assert.doesNotMatch(err.stderr, /\n\s+at /, 'no stack trace');
        return true;
      });
    }
  } finally {
    cleanup();
  }
});
