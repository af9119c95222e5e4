/**
 * A gateway whose disk fills up while the cloud is away: it must refuse what it cannot store (no
 * PUBACK, so devices keep and resend), stay up, and once the cloud is back drain its backlog, take
 * writes again and deliver every reading. And one started on a disk another program filled: it
 * refuses until an operator frees space. The data folder is a real 16 MiB tmpfs, in a mount namespace
 * of the gateway's own (tests/common/tiny-disk.ts).
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { waitUntil } from '../../scripts/bench/sut.js';
import { assertTinyDisksAllowed, OTHER_PROGRAM_FILE, spawnOnTinyDisk, tinyDiskPath } from '../common/tiny-disk.js';
import { batch, connectDevice, device, deviceConfig, freePort, gatewayProcess, reading, readingsTopic, scrapeMetric, startFakeCloud, stopProcess, tempDir, waitFor, type FakeCloud, type GatewayReady } from './helpers.js';

const st = device('st-full');
const READINGS_PER_MESSAGE = 20;

function startGatewayOnTinyDisk(dir: string, cloud: string, fillMiB = 0): { child: ChildProcess; data: string; ready: Promise<GatewayReady> } {
  const data = join(dir, 'data');
  mkdirSync(data);
  const { command, ready } = gatewayProcess(dir, cloud);
  const child = spawnOnTinyDisk(data, 16, command, { stdio: ['ignore', 'ignore', 'inherit'], fillMiB });
  return { child, data, ready };
}

const waitForMetric = (metricsUrl: string, name: string, value: number, what: string): Promise<void> =>
  waitUntil(what, async () => (await scrapeMetric(metricsUrl, name)) === value, 20_000);

void test('a gateway whose disk is full refuses what it cannot store, stays up, and delivers every reading once the cloud drains it', { timeout: 120_000 }, async (t) => {
  assertTinyDisksAllowed();
  const dir = tempDir();
  writeFileSync(join(dir, 'gateway.yaml'), stringify({ gatewayId: 'gw-full', devices: [deviceConfig(st)], outbox: { maxRows: 1_000_000, reserveMiB: 6 }, forwarding: { retryInitialMs: 50, retryMaxMs: 300 } }));
  const cloudPort = await freePort();
  const run = startGatewayOnTinyDisk(dir, `127.0.0.1:${cloudPort}`);
  let cloud: FakeCloud | undefined;
  const acked = new Set<number>();
  try {
    const info = await run.ready;
    const c = await connectDevice(info.mqttUrl, st, { reconnectPeriod: 100 });
    c.on('error', () => undefined);
    let closes = 0;
    c.on('close', () => closes++);
    let next = 1;
    // Like an agent's outbox: what MQTT.js gave up on (published while the connection was closing)
    // is sent again after the next connect; what it still holds, it resends itself.
    const toResend = new Set<number>();
    const publish = (s: number): void => {
      const readings = Array.from({ length: READINGS_PER_MESSAGE }, (_, i) => reading(st.deviceId, (s - 1) * READINGS_PER_MESSAGE + i + 1));
      c.publish(readingsTopic(st), batch(...readings), { qos: 1 }, (err) => {
        if (err) toResend.add(s);
        else acked.add(s);
      });
    };
    c.on('connect', () => {
      const again = [...toResend];
      toResend.clear();
      for (const s of again) publish(s);
    });
    // Fill the disk: publish until the gateway has refused writes for a while.
    const filling = setInterval(() => {
      if (!c.connected) return;
      for (let i = 0; i < 20; i++) publish(next++);
    }, 10);
    await waitFor('the outbox to hit the full disk', () => closes >= 3, 60_000);
    clearInterval(filling);
    const failures = await scrapeMetric(info.metricsUrl, 'wx_gateway_outbox_write_failures_total');
    t.diagnostic(`sent ${next - 1} messages, ${acked.size} PUBACKed, ${closes} refusals`);
    assert.ok(failures > 0, 'the disk must have filled');
    assert.equal(await scrapeMetric(info.metricsUrl, 'wx_gateway_outbox_disk_full'), 1);
    assert.equal(run.child.exitCode, null, 'the gateway must stay up');

    cloud = await startFakeCloud({ port: cloudPort });
    const total = (next - 1) * READINGS_PER_MESSAGE;
    await waitFor('every reading at the cloud', () => cloud!.keys().size >= total, 60_000);
    const atCloud = cloud.keys();
    for (const s of acked) assert.ok(atCloud.has(`st-full:${(s - 1) * READINGS_PER_MESSAGE + 1}`), `PUBACKed message ${s} at the cloud`);
    // Room again: the gateway has made its reserve and takes new messages.
    await waitForMetric(info.metricsUrl, 'wx_gateway_outbox_disk_full', 0, 'the gateway must leave the disk-full state once the backlog drained');
    const first = next;
    for (let i = 0; i < 50; i++) publish(next++);
    await waitFor('new messages PUBACKed and delivered', () => acked.has(next - 1) && cloud!.keys().size >= (next - 1) * READINGS_PER_MESSAGE, 30_000);
    assert.ok(acked.has(first));
    assert.equal(run.child.exitCode, null, 'the gateway must stay up');
    c.end(true);
  } finally {
    await stopProcess(run.child);
    await cloud?.stop();
  }
});

void test('a gateway started on a disk too full for its reserve refuses messages until an operator frees space, then takes them', { timeout: 60_000 }, async () => {
  assertTinyDisksAllowed();
  const dir = tempDir();
  writeFileSync(join(dir, 'gateway.yaml'), stringify({ gatewayId: 'gw-full', devices: [deviceConfig(st)], outbox: { reserveMiB: 4 } }));
  const cloud = await startFakeCloud();
  // 16 MiB, 12 of them another program's: 4 left, where the reserve wants 4 and as much again.
  const run = startGatewayOnTinyDisk(dir, cloud.address, 12);
  try {
    const info = await run.ready;
    await waitForMetric(info.metricsUrl, 'wx_gateway_outbox_disk_full', 1, 'no room for the reserve: refusing');
    const c = await connectDevice(info.mqttUrl, st);
    c.on('error', () => undefined);
    const refused = new Promise<void>((r) => c.once('close', () => r()));
    c.publish(readingsTopic(st), batch(reading(st.deviceId, 1)), { qos: 1 });
    await refused; // no PUBACK: the connection is closed, the device keeps the reading
    assert.equal(cloud.keys().size, 0);
    c.end(true);

    rmSync(tinyDiskPath(run.child, join(run.data, OTHER_PROGRAM_FILE)));
    await waitForMetric(info.metricsUrl, 'wx_gateway_outbox_disk_full', 0, 'room again: the reserve is made and messages are taken');
    assert.equal(await scrapeMetric(info.metricsUrl, 'wx_gateway_outbox_reserve_bytes'), 4 * 1024 * 1024);
    const again = await connectDevice(info.mqttUrl, st);
    await again.publishAsync(readingsTopic(st), batch(reading(st.deviceId, 1)), { qos: 1 });
    await waitFor('the reading at the cloud', () => cloud.keys().has('st-full:1'));
    again.end(true);
  } finally {
    await stopProcess(run.child);
    await cloud.stop();
  }
});
