import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import mqtt from 'mqtt';
import { buildTopic } from '../../common/topics.js';
import { batch, counterValue, device, freePort, reading, readingsTopic, startFakeCloud, startTestGateway, tempDir, waitFor } from './helpers.js';

const MOSQUITTO = '/usr/sbin/mosquitto';

async function startMosquitto(): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = tempDir('wx-mosq-');
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(conf, `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 10000\n`);
  const child: ChildProcess = spawn(MOSQUITTO, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const accepting = (): Promise<boolean> =>
    new Promise((resolve) => {
      const s = createConnection({ port, host: '127.0.0.1' }, () => (s.end(), resolve(true)));
      s.on('error', () => resolve(false));
    });
  const until = Date.now() + 10_000;
  while (!(await accepting())) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`mosquitto did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `mqtt://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const a = device('br-a');
const b = device('br-b', 'site-b');

void test('bridge mode: readings published to a real Mosquitto reach the cloud; bad ones are counted; nothing is lost while the gateway is away', { skip: !existsSync(MOSQUITTO) && 'mosquitto not installed (apt-get install mosquitto)', timeout: 60_000 }, async () => {
  const mosq = await startMosquitto();
  const cloud = await startFakeCloud();
  const dataDir = tempDir();
  let gw = await startTestGateway([a, b], cloud.address, { bridgeUrl: mosq.url, dataDir, configExtra: { bridge: { clientId: 'gw-bridge-test' } } });
  const pub = await mqtt.connectAsync(mosq.url, { clientId: 'publisher', reconnectPeriod: 0 });
  try {
    // Bad ones first: the session delivers in order, so they are handled once the good ones are in.
    await pub.publishAsync(readingsTopic(a), Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), { qos: 1 });
    await pub.publishAsync(buildTopic('site-a', 'ghost', 'readings'), batch(reading('ghost', 1)), { qos: 1 });
    await pub.publishAsync(buildTopic('site-x', 'br-a', 'readings'), batch(reading('br-a', 999)), { qos: 1 });
    for (let s = 1; s <= 50; s++) {
      await pub.publishAsync(readingsTopic(a), batch(reading(a.deviceId, s)), { qos: 1 });
      await pub.publishAsync(readingsTopic(b), batch(reading(b.deviceId, s)), { qos: 1 });
    }
    await waitFor('100 readings at the cloud', () => cloud.keys().size === 100, 20_000);
    assert.equal(await counterValue(gw.metrics.rejected, { reason: 'malformed' }), 1);
    assert.equal(await counterValue(gw.metrics.rejected, { reason: 'unknown_device' }), 1);
    assert.equal(await counterValue(gw.metrics.rejected, { reason: 'site_mismatch' }), 1);
    assert.ok(!cloud.keys().has('br-a:999'));

    // Gateway away: Mosquitto keeps the persistent session's QoS 1 messages until it is back.
    await gw.stop();
    for (let s = 51; s <= 80; s++) await pub.publishAsync(readingsTopic(a), batch(reading(a.deviceId, s)), { qos: 1 });
    gw = await startTestGateway([a, b], cloud.address, { bridgeUrl: mosq.url, dataDir, configExtra: { bridge: { clientId: 'gw-bridge-test' } } });
    await waitFor('readings published while away', () => cloud.keys().size === 130, 20_000);
    const expected = new Set([...Array.from({ length: 80 }, (_, i) => `br-a:${i + 1}`), ...Array.from({ length: 50 }, (_, i) => `br-b:${i + 1}`)]);
    assert.deepEqual(cloud.keys(), expected);
  } finally {
    await pub.endAsync();
    await gw.stop();
    await cloud.stop();
    await mosq.stop();
  }
});
