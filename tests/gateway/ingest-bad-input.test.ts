import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildTopic } from '../../common/topics.js';
import type { RunningGateway } from '../../gateway/app.js';
import { toNumber } from '../../gateway/ingest/validate.js';
import { v1 } from '../../protos/index.js';
import { batch, connectDevice, counterValue, device, reading, readingsTopic, startFakeCloud, startTestGateway, waitFor, type FakeCloud } from './helpers.js';

const alice = device('alice');
const bob = device('bob');
let cloud: FakeCloud;
let gw: RunningGateway;

before(async () => {
  cloud = await startFakeCloud();
  gw = await startTestGateway([alice, bob], cloud.address, { configExtra: { limits: { maxPayloadBytes: 4096 } } });
});
after(async () => {
  await gw.stop();
  await cloud.stop();
});

const T = 1; // temperature
const P = 2; // pressure

void test('each kind of bad payload is acked, dropped and counted by reason; the device stays connected and other devices carry on', async () => {
  const a = await connectDevice(gw.mqttUrl, alice);
  const b = await connectDevice(gw.mqttUrl, bob);
  let aliceClosed = false;
  a.on('close', () => (aliceClosed = true));
  const topic = readingsTopic(alice);
  const bad: [string, Buffer][] = [
    ['malformed', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01])],
    ['unknown_device', batch(reading('zed', 1))],
    ['device_mismatch', batch(reading('bob', 1))],
    ['oversized', batch(reading('alice', 1, { observations: Array.from({ length: 300 }, () => ({ variable: T, value: 1, flag: 1 })) }))],
    ['absurd_value', batch(reading('alice', 2, { observations: [{ variable: T, value: 500, flag: 1 }] }))],
    ['non_finite_value', batch(reading('alice', 3, { observations: [{ variable: P, value: Infinity, flag: 1 }] }))],
    ['invalid_seq', batch(reading('alice', 0))],
    ['unknown_variable', batch(reading('alice', 4, { observations: [{ variable: 99 as never, value: 1, flag: 1 }] }))],
    ['duplicate_variable', batch(reading('alice', 5, { observations: [{ variable: T, value: 1, flag: 1 }, { variable: T, value: 2, flag: 1 }] }))],
    ['empty_batch', batch()],
  ];
  let bobSeq = 0;
  for (const [reason, payload] of bad) {
    await a.publishAsync(topic, payload, { qos: 1 }); // resolves on PUBACK: the device will not resend it
    await b.publishAsync(readingsTopic(bob), batch(reading('bob', ++bobSeq)), { qos: 1 });
    assert.equal(await counterValue(gw.metrics.rejected, { reason }), 1, reason);
  }
  // garbage on the (retained) status topic is dropped, not retained
  await a.publishAsync(buildTopic('site-a', 'alice', 'status'), Buffer.from('not a protobuf \xff'), { qos: 1, retain: true });
  assert.equal(await counterValue(gw.metrics.rejected, { reason: 'malformed' }), 2);
  // kept, not rejected: a bad-flagged out-of-range value, a missing NaN, a 1970 clock (flagged)
  await a.publishAsync(
    topic,
    batch(
      reading('alice', 10, { observations: [{ variable: T, value: -9999, flag: 3 }] }),
      reading('alice', 11, { observations: [{ variable: P, value: NaN, flag: 4 }] }),
      reading('alice', 12, { timeMs: 5000 }),
      reading('alice', 0), // one bad reading in a batch does not sink the others
    ),
    { qos: 1 },
  );
  assert.equal(await counterValue(gw.metrics.rejected, { reason: 'invalid_seq' }), 2);
  assert.ok(a.connected && !aliceClosed, 'alice kept her connection');
  await waitFor('all good readings at the cloud', () => ['bob:10', 'alice:10', 'alice:11', 'alice:12'].every((k) => cloud.keys().has(k)));
  const keys = cloud.keys();
  assert.deepEqual([...keys].filter((k) => k.startsWith('alice')).sort(), ['alice:10', 'alice:11', 'alice:12']);
  assert.equal([...keys].filter((k) => k.startsWith('bob')).length, bad.length);
  const a12 = cloud.readings.find((r) => r.deviceId === 'alice' && toNumber(r.seq) === 12)!;
  assert.equal(a12.clockSuspect, true);
  assert.equal(toNumber(a12.timeMs), 5000, 'the device time is kept as sent');
  assert.equal(await counterValue(gw.metrics.clockSuspect), 1);
  assert.equal(await counterValue(gw.metrics.readingsAccepted), bad.length + 3);
  assert.equal(cloud.statuses.length, 0);
  await a.endAsync();
  await b.endAsync();
});

void test('a valid retained status is forwarded to the cloud as station metadata; a status naming another device is not', async () => {
  const a = await connectDevice(gw.mqttUrl, alice);
  const status = (id: string, lat = 39.9) =>
    Buffer.from(
      v1.DeviceStatus.encode({ deviceId: id, state: 1, timeMs: Date.now(), station: { deviceId: id, site: 'site-a', name: 'A', latitude: lat, longitude: 116.4, elevationM: 50 } }).finish(),
    );
  const topic = buildTopic('site-a', 'alice', 'status');
  await a.publishAsync(topic, status('bob'), { qos: 1, retain: true });
  await a.publishAsync(topic, status('alice', 123), { qos: 1, retain: true });
  await a.publishAsync(topic, status('alice'), { qos: 1, retain: true });
  await waitFor('status at the cloud', () => cloud.statuses.length === 1);
  assert.equal(cloud.statuses[0]!.station?.name, 'A');
  assert.equal(await counterValue(gw.metrics.rejected, { reason: 'device_mismatch' }), 2);
  assert.equal(await counterValue(gw.metrics.rejected, { reason: 'absurd_value' }), 2);
  await a.endAsync();
});

void test('publishing to a topic outside the scheme closes only that connection; other devices keep delivering', async () => {
  const a = await connectDevice(gw.mqttUrl, alice);
  const b = await connectDevice(gw.mqttUrl, bob);
  const closed = new Promise<void>((r) => a.once('close', () => r()));
  a.publish('weather/alice/readings', batch(reading('alice', 20)), { qos: 1 });
  a.publish(buildTopic('site-a', 'alice', 'cmd'), Buffer.from('x'), { qos: 1 });
  await closed;
  await b.publishAsync(readingsTopic(bob), batch(reading('bob', 100)), { qos: 1 });
  await waitFor('bob 100', () => cloud.keys().has('bob:100'));
  assert.ok(!cloud.keys().has('alice:20'));
  assert.ok((await counterValue(gw.metrics.rejected, { reason: 'not_authorized' })) >= 1);
  a.end(true);
  await b.endAsync();
});
