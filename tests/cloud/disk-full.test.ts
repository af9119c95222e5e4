/**
 * A hub whose disk fills up (another program's files, on a real 48 MiB tmpfs in a mount namespace
 * of its own: tests/common/tiny-disk.ts) keeps running and serving reads; gateways keep what it
 * could not store and, once space is freed, every reading is stored once.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { waitUntil } from '../../scripts/bench/sut.js';
import { assertTinyDisksAllowed, fillDisk, OTHER_PROGRAM_FILE, spawnOnTinyDisk, tinyDiskPath } from '../common/tiny-disk.js';
import { batch, connectDevice, device, reading, readingsTopic, startTestGateway, stopProcess, tempDir, TOKEN, waitFor } from '../gateway/helpers.js';

const st = device('st-hub-full');
const PER_MESSAGE = 50;

async function stats(httpUrl: string): Promise<{ readingsStored: number }> {
  const res = await fetch(new URL('/api/v1/stats', httpUrl));
  assert.equal(res.status, 200);
  return (await res.json()) as { readingsStored: number };
}

void test('a hub on a full disk stays up and serving; once space is freed every reading the gateway kept is stored once', { timeout: 120_000 }, async () => {
  assertTinyDisksAllowed();
  const dir = tempDir();
  const data = join(dir, 'data');
  mkdirSync(data);
  const readyFile = join(dir, 'ready.json');
  const hub = spawnOnTinyDisk(
    data,
    48,
    [process.execPath, '--import', 'tsx', 'cloud/main.ts', '--data-dir', data, '--http', '127.0.0.1:0', '--grpc', '127.0.0.1:0', '--gateway-token', TOKEN, '--ready-file', readyFile, '--log-level', 'warn'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const logLines: string[] = [];
  hub.stdout!.on('data', (d: Buffer) => logLines.push(...d.toString().split('\n').filter(Boolean)));
  let gateway: Awaited<ReturnType<typeof startTestGateway>> | undefined;
  try {
    await waitFor('hub ready', () => existsSync(readyFile), 30_000);
    const { httpUrl, grpcAddress } = JSON.parse(readFileSync(readyFile, 'utf8')) as { httpUrl: string; grpcAddress: string };
    gateway = await startTestGateway([st], grpcAddress);
    const c = await connectDevice(gateway.mqttUrl, st);
    let seq = 0;
    const publish = async (messages: number): Promise<void> => {
      for (let m = 0; m < messages; m++) {
        const readings = Array.from({ length: PER_MESSAGE }, () => reading(st.deviceId, ++seq));
        await c.publishAsync(readingsTopic(st), batch(...readings), { qos: 1 });
      }
    };
    await publish(20);
    await waitUntil('first readings stored', async () => (await stats(httpUrl)).readingsStored >= seq, 20_000);

    // Another program fills the hub's disk.
    const ballast = tinyDiskPath(hub, join(data, OTHER_PROGRAM_FILE));
    const filled = fillDisk(ballast);
    assert.ok(filled > 0);
    await publish(400);
    await new Promise((r) => setTimeout(r, 5000));
    const during = await stats(httpUrl);
    const storeErrors = await (await fetch(new URL('/metrics', httpUrl))).text();
    const failedCommits = Number(/^wx_cloud_store_errors_total\S* (\d+)/m.exec(storeErrors)?.[1] ?? 0);
    assert.ok(failedCommits > 1, 'failed transactions are counted');
    const failureLines = logLines.filter((l) => l.includes('store transaction failed'));
    assert.equal(failureLines.length, 1, `logged once, not for each of the ${failedCommits} failed transactions`);
    assert.equal(hub.exitCode, null, 'the hub is still running');
    assert.ok(during.readingsStored < seq, 'the disk really was full: not everything could be stored');

    rmSync(ballast);
    await waitUntil('every reading stored once space was freed', async () => (await stats(httpUrl)).readingsStored >= seq, 60_000, 200);
    assert.equal((await stats(httpUrl)).readingsStored, seq, 'each once');
    c.end(true);
  } finally {
    await gateway?.stop();
    await stopProcess(hub);
  }
});
