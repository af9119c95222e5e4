import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import mqtt from 'mqtt';
import { buildTopic } from '../../common/topics.js';
import type { RunningGateway } from '../../gateway/app.js';
import { v1 } from '../../protos/index.js';
import { batch, connectDevice, counterValue, device, reading, readingsTopic, startFakeCloud, startTestGateway, waitFor, type FakeCloud } from './helpers.js';

const alice = device('alice');
const bob = device('bob', 'site-b');
let cloud: FakeCloud;
let gw: RunningGateway;

before(async () => {
  cloud = await startFakeCloud();
  gw = await startTestGateway([alice, bob], cloud.address);
});
after(async () => {
  await gw.stop();
  await cloud.stop();
});

async function refusedCode(opts: mqtt.IClientOptions): Promise<number | undefined> {
  try {
    const c = await mqtt.connectAsync(gw.mqttUrl, { reconnectPeriod: 0, connectTimeout: 5000, ...opts });
    await c.endAsync();
    return undefined;
  } catch (err) {
    return (err as { code?: number }).code;
  }
}

void test('a device with its own credentials connects; wrong, unknown and borrowed credentials are refused and counted', async () => {
  const c = await connectDevice(gw.mqttUrl, alice);
  assert.ok(c.connected);
  await c.endAsync();
  // Second connect hits the verified-password cache and must still require the right password.
  assert.equal(await refusedCode({ clientId: 'alice', username: 'alice', password: 'pw-alice' }), undefined);
  assert.equal(await refusedCode({ clientId: 'alice', username: 'alice', password: 'wrong' }), 4);
  assert.equal(await refusedCode({ clientId: 'mallory', username: 'mallory', password: 'x' }), 4);
  assert.equal(await refusedCode({ clientId: 'alice', username: 'alice' }), 4);
  // bob's password under alice's name, and alice's client id with bob's credentials
  assert.equal(await refusedCode({ clientId: 'alice', username: 'alice', password: 'pw-bob' }), 4);
  assert.equal(await refusedCode({ clientId: 'alice', username: 'bob', password: 'pw-bob' }), 2);
  assert.equal(await counterValue(gw.metrics.authFailures, { reason: 'unknown_device' }), 1);
  assert.equal(await counterValue(gw.metrics.authFailures, { reason: 'bad_password' }), 2);
  assert.equal(await counterValue(gw.metrics.authFailures), 5);
});

void test('a device cannot publish under another device topic: connection closed, counted, nothing stored', async () => {
  const c = await connectDevice(gw.mqttUrl, alice);
  const before = await counterValue(gw.metrics.rejected, { reason: 'not_authorized' });
  const closed = new Promise<void>((r) => c.once('close', () => r()));
  c.publish(readingsTopic(bob), batch(reading('bob', 1)), { qos: 1 });
  await closed;
  assert.equal(await counterValue(gw.metrics.rejected, { reason: 'not_authorized' }), before + 1);
  // alice under her own name on bob's site is also outside her ACL
  const c2 = await connectDevice(gw.mqttUrl, alice);
  const closed2 = new Promise<void>((r) => c2.once('close', () => r()));
  c2.publish(buildTopic('site-b', 'alice', 'readings'), batch(reading('alice', 1)), { qos: 1 });
  await closed2;
  assert.equal(gw.outbox.depth() + cloud.readings.length, 0);
  c.end(true);
  c2.end(true);
});

void test('a device subscribes only to its own cmd topic, and gateway commands reach it', async () => {
  const c = await connectDevice(gw.mqttUrl, alice);
  // mqtt.js rejects when any filter is refused; the SUBACK's return codes ride on the error.
  const err = await c.subscribeAsync([buildTopic('site-b', 'bob', 'cmd'), 'wx/v1/#', buildTopic('site-a', 'alice', 'cmd')], { qos: 1 }).then(
    () => undefined,
    (e: unknown) => e as { packet?: { granted?: number[] } },
  );
  assert.deepEqual(err?.packet?.granted, [128, 128, 1]);
  assert.equal(await counterValue(gw.metrics.rejected, { reason: 'subscribe_denied' }), 2);
  assert.ok(c.connected, 'a refused subscription does not cost the connection');
  const got = new Promise<Buffer>((r) => c.once('message', (_t, p) => r(p)));
  await gw.broker!.publishCommand({ deviceId: 'alice', site: 'site-a', passwordHash: '', enabled: true }, v1.Command.create({ commandId: 'c1', kind: 'ping' }));
  assert.equal(v1.Command.decode(await got).commandId, 'c1');
  await c.endAsync();
});

void test('a device publishing on its own topic is accepted and forwarded', async () => {
  const c = await connectDevice(gw.mqttUrl, bob);
  await c.publishAsync(readingsTopic(bob), batch(reading('bob', 7)), { qos: 1 });
  await waitFor('bob 7 at the cloud', () => cloud.keys().has('bob:7'));
  const r = cloud.readings.find((x) => x.deviceId === 'bob')!;
  assert.equal(r.gatewayId, 'gw-test');
  assert.ok(Math.abs(Number(r.gatewayReceivedMs) - Date.now()) < 10_000);
  await c.endAsync();
});
