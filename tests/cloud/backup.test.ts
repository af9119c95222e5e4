import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { openDatabase } from '../../common/sqlite.js';
import { backupInto } from '../../cloud/backup-rotation.js';
import { waitUntil } from '../../scripts/bench/sut.js';
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
      [['backup'], /--to \(or --into\) is required/],
      [['backup', '--data-dir', data, '--into', join(dir, 'b'), '--keep', '0'], /--keep: expected a whole number/],
      [['backup', '--data-dir', data, '--to', join(dir, 'b'), '--every', '1d'], /--every needs --into/],
      [['backup', '--data-dir', data, '--into', join(dir, 'b'), '--every', 'daily'], /--every: expected a period like 30m/],
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

void test('backups --into a folder are dated, complete ones only, the oldest removed beyond --keep; leftovers of an interrupted run go, other folders stay', async () => {
  const hub = await startTestHub();
  const { dir, cleanup } = tempDir('wx-backup-');
  try {
    await forward(hub.grpc.address, GW_TOKEN, [batch(1, [reading({ device: 'st-1', seq: 1 })])]);
    const into = join(dir, 'backups');
    mkdirSync(join(into, 'wx-20260101T000000Z.partial'), { recursive: true }); // a run cut short
    mkdirSync(join(into, 'by-hand'));
    const t0 = Date.UTC(2026, 10, 24, 4, 0, 0);
    const made = [0, 1, 2].map((i) => backupInto(hub.dir, into, 2, t0 + i * 86_400_000));
    assert.deepEqual(made[0]!.removed, ['wx-20260101T000000Z.partial']);
    assert.deepEqual(made[2]!.removed, ['wx-20261124T040000Z'], 'the oldest, once the third is complete');
    assert.deepEqual(readdirSync(into).sort(), ['by-hand', 'wx-20261125T040000Z', 'wx-20261126T040000Z']);
    const copy = openDatabase(join(made[2]!.path, 'cloud.sqlite'), { readonly: true });
    assert.equal(copy.prepare('SELECT COUNT(*) FROM readings').pluck().get(), 1);
    copy.close();

    // As a sidecar runs it: every period until SIGTERM, keeping one.
    const sidecar = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cloud/main.ts'), 'backup', '--data-dir', hub.dir, '--into', join(dir, 'sidecar'), '--keep', '1', '--every', '1s'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    sidecar.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await waitUntil('three backups by the sidecar', async () => (out.match(/written to/g) ?? []).length >= 3, 30_000);
    const exited = once(sidecar, 'exit') as Promise<[number | null]>;
    sidecar.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, 'stops cleanly on SIGTERM');
    assert.equal(readdirSync(join(dir, 'sidecar')).filter((n) => /^wx-\d{8}T\d{6}Z$/.test(n)).length, 1, 'one kept');
    assert.match(out, /removed wx-/);
  } finally {
    await hub.stop();
    cleanup();
  }
});
