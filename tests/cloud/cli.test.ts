import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { batch, forward, reading, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'cloud', 'main.ts');
const NODE_ARGS = ['--import', 'tsx', MAIN];

function runSync(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

test('an invalid config file exits 2 listing every bad field, without a stack trace', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'cloud.yaml');
    writeFileSync(
      path,
      ['gateways:', '  - id: "bad id"', '    tokenSha256: xyz', '  - tokenSha256: ' + 'a'.repeat(64), 'influx:', '  url: ftp://x', '  org: wx', '  backfillIntervalMs: 5', 'colour: blue', ''].join('\n'),
    );
    const r = runSync(['--config', path, '--log-level', 'silent']);
    assert.equal(r.status, 2, r.stderr);
    for (const field of ['gateways.0.id', 'gateways.0.tokenSha256', 'gateways.1.id: is required', 'influx.url', 'influx.token: is required', 'influx.bucket: is required', 'influx.backfillIntervalMs', 'colour: is not a known field']) {
      assert.ok(r.stderr.includes(field), `stderr should name ${field}:\n${r.stderr}`);
    }
    assert.match(r.stderr, /WX_ERR_CONFIG_INVALID/);
    assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  } finally {
    cleanup();
  }
});

test('bad flags and unreadable configs exit 2 naming the problem; --help exits 0', () => {
  const badHttp = runSync(['--http', 'localhost']);
  assert.equal(badHttp.status, 2);
  assert.match(badHttp.stderr, /--http/);
  const badEnv = runSync([], { WX_CLOUD_GRPC: 'nonsense' });
  assert.equal(badEnv.status, 2);
  assert.match(badEnv.stderr, /--grpc/);
  const missing = runSync(['--config', '/nonexistent/cloud.yaml']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /WX_ERR_CONFIG_UNREADABLE.*cloud\.yaml/);
  const unknown = runSync(['--no-such-flag']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no-such-flag/);
  const help = runSync(['--help']);
  assert.equal(help.status, 0);
  for (const flag of ['--http', '--grpc', '--config', '--gateway-token', '--data-dir', '--ready-file', '--log-level']) assert.ok(help.stdout.includes(flag), flag);
});

async function startProgram(dataDir: string, readyFile: string): Promise<{ child: ReturnType<typeof spawn>; ready: { pid: number; httpUrl: string; grpcAddress: string } }> {
  const child = spawn(
    process.execPath,
    [...NODE_ARGS, '--http', '127.0.0.1:0', '--grpc', '127.0.0.1:0', '--data-dir', dataDir, '--ready-file', readyFile, '--log-level', 'warn'],
    { cwd: ROOT, env: { ...process.env, WX_CLOUD_GATEWAY_TOKEN: 'local-token' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!existsSync(readyFile) || readFileSync(readyFile, 'utf8').trim() === '') {
    if (child.exitCode !== null) throw new Error(`wx-cloud exited ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`no ready file: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, ready: JSON.parse(readFileSync(readyFile, 'utf8')) };
}

async function stopProgram(child: ReturnType<typeof spawn>): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

test('wx-cloud starts on free ports, writes its ready file, ingests, shuts down cleanly and keeps data', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const dataDir = join(dir, 'data');
    const readyFile = join(dir, 'ready.json');
    let { child, ready } = await startProgram(dataDir, readyFile);
    assert.equal(ready.pid, child.pid);
    assert.match(ready.httpUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(ready.grpcAddress, /^127\.0\.0\.1:\d+$/);
    const r = await forward(ready.grpcAddress, 'local-token', [batch(1, [reading({ device: 'cli-1', seq: 1 }), reading({ device: 'cli-1', seq: 2 })], 'gw-cli')]);
    assert.equal(r.acks[0]?.stored, 2);
    assert.equal((await fetch(`${ready.httpUrl}/healthz`)).status, 200);
    assert.equal(await stopProgram(child), 0);

    writeFileSync(readyFile, '');
    ({ child, ready } = await startProgram(dataDir, readyFile));
    try {
      const again = await forward(ready.grpcAddress, 'local-token', [batch(2, [reading({ device: 'cli-1', seq: 2 })], 'gw-cli')]);
      assert.equal(again.acks[0]?.duplicates, 1, 'idempotent across restarts');
      const stats = (await (await fetch(`${ready.httpUrl}/api/v1/stats`)).json()) as { readingsStored: number; duplicatesDropped: number };
      assert.deepEqual([stats.readingsStored, stats.duplicatesDropped], [2, 1]);
    } finally {
      assert.equal(await stopProgram(child), 0);
    }
  } finally {
    cleanup();
  }
});
