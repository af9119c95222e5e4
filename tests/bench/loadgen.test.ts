import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { after, before, test } from 'node:test';
import { Aedes } from 'aedes';
import { parseTopic } from '../../common/topics.js';
import { v1 } from '../../protos/index.js';
import { LoadGenerator } from '../../scripts/bench/loadgen.js';
import { BatchEncoder } from '../../scripts/bench/payload.js';
import { RemoteLoadGenerator } from '../../scripts/bench/loadgen-remote.js';

interface Received {
  topic: string;
  clientId: string;
  qos: number;
  payload: Buffer;
}

let broker: Aedes;
let server: Server;
let url: string;
const received: Received[] = [];
const logins = new Map<string, string>();

before(async () => {
  broker = await Aedes.createBroker({
    authenticate: (client, username, password, done) => {
      logins.set(client.id, `${username ?? ''}:${password?.toString() ?? ''}`);
      done(null, true);
    },
  });
  broker.on('publish', (packet, client) => {
    if (client && packet.topic.endsWith('/readings')) {
      received.push({ topic: packet.topic, clientId: client.id, qos: packet.qos, payload: Buffer.from(packet.payload) });
    }
  });
  server = createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function options(devices: number, prefix: string) {
  return { url, devices, site: 'bench', deviceIdPrefix: prefix, password: 'pw-1', connectConcurrency: 4, connectTimeoutMs: 5000, windowPerDevice: 2 };
}

void test('the fast batch encoder writes exactly what the generated protobuf encoder writes', () => {
  const e = new BatchEncoder('dev-00042', 0.25);
  const now = Date.now();
  for (const [first, count] of [[1, 1], [1, 10], [127, 3], [16_383, 20], [2 ** 40, 2]] as const) {
    const expected = Buffer.from(v1.ReadingBatch.encode({ readings: e.readings(first, count, now) }).finish());
    assert.deepEqual(e.encode(first, count, now), expected, `seq ${first}, ${count} readings`);
  }
});

void test('the load generator publishes the expected count of valid ReadingBatch messages at QoS 1', async () => {
  received.length = 0;
  const gen = new LoadGenerator(options(5, 'lg-a-'));
  try {
    const c = await gen.connect();
    assert.equal(c.connected, 5);
    assert.equal(c.failed, 0);
    const r = await gen.run({ batch: 3, ratePerS: 0, durationMs: 10_000, messagesPerDevice: 20, drainTimeoutMs: 5000 });
    assert.equal(r.messagesSent, 100);
    assert.equal(r.messagesAcked, 100);
    assert.equal(r.readingsAcked, 300);
    assert.equal(r.unacked, 0);
    assert.equal(r.publishErrors, 0);
  } finally {
    await gen.close();
  }

  assert.equal(received.length, 100);
  const seqs = new Map<string, number[]>();
  for (const m of received) {
    assert.equal(m.qos, 1);
    const parts = parseTopic(m.topic);
    assert.ok(parts, m.topic);
    assert.equal(parts.kind, 'readings');
    assert.equal(parts.site, 'bench');
    assert.equal(parts.deviceId, m.clientId);
    assert.equal(logins.get(m.clientId), `${m.clientId}:pw-1`);
    const batch = v1.ReadingBatch.decode(m.payload);
    assert.equal(batch.readings.length, 3);
    for (const reading of batch.readings) {
      assert.equal(reading.deviceId, parts.deviceId);
      const obs = reading.observations ?? [];
      assert.ok(obs.length >= 6 && obs.length <= 7);
      assert.ok(Math.abs(Number(reading.timeMs) - Date.now()) < 60_000, 'time_ms is the send time');
      for (const o of obs) assert.equal(o.flag, v1.QcFlag.QC_GOOD);
      const list = seqs.get(reading.deviceId) ?? [];
      list.push(Number(reading.seq));
      seqs.set(reading.deviceId, list);
    }
  }
  assert.equal(seqs.size, 5);
  for (const [id, list] of seqs) {
    list.sort((a, b) => a - b);
    assert.deepEqual(list, Array.from({ length: 60 }, (_, i) => i + 1), `${id}: seq 1..60, each once`);
  }
});

void test('at a target rate the generator paces its sends', async () => {
  received.length = 0;
  const gen = new LoadGenerator(options(4, 'lg-b-'));
  try {
    await gen.connect();
    // 400 readings/s in batches of 2 = 200 messages/s for 1.5 s: about 300 messages, not a flood.
    const r = await gen.run({ batch: 2, ratePerS: 400, durationMs: 1500, drainTimeoutMs: 5000 });
    assert.ok(r.messagesSent >= 250 && r.messagesSent <= 320, `sent ${r.messagesSent}`);
    assert.equal(r.messagesAcked, r.messagesSent);
  } finally {
    await gen.close();
  }
});

void test('the generator runs the same way in its own process', async () => {
  received.length = 0;
  const remote = RemoteLoadGenerator.start();
  try {
    const c = await remote.connect(options(3, 'lg-c-'), 10_000);
    assert.equal(c.connected, 3);
    const r = await remote.run({ batch: 5, ratePerS: 0, durationMs: 10_000, messagesPerDevice: 10, drainTimeoutMs: 5000 });
    assert.equal(r.messagesAcked, 30);
  } finally {
    await remote.stop();
  }
  assert.equal(received.length, 30);
  assert.equal(received.reduce((n, m) => n + v1.ReadingBatch.decode(m.payload).readings.length, 0), 150);
});
