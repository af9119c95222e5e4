/**
 * How stations come back to a gateway: each try waits a random time below a cap that doubles after
 * every failure (so a site's stations do not all try at once after a gateway restart, nor every
 * couple of seconds for days while it is away), and the cap starts over once connected. Real MQTT.js
 * clients against a real broker and a real socket that refuses.
 */
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { test } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { connectMqtt } from '../../device-agent/mqtt/connection.js';
import { backoffDelay, manageReconnects, MQTTJS_RETRY_OFF_MS } from '../../device-agent/mqtt/reconnect.js';
import { startBroker, testConfig, waitFor } from './helpers.js';

void test('the wait before each try is random below a cap that doubles from reconnectPeriodMs up to reconnectMaxMs', () => {
  const o = { initialMs: 100, maxMs: 800 };
  assert.deepEqual([0, 1, 2, 3, 4, 10, 60].map((a) => backoffDelay(a, { ...o, random: () => 1 })), [100, 200, 400, 800, 800, 800, 800]);
  assert.equal(backoffDelay(5, { ...o, random: () => 0 }), 0);
  assert.equal(backoffDelay(2, { ...o, random: () => 0.5 }), 200);
  assert.equal(backoffDelay(3, { initialMs: 2000, maxMs: 500, random: () => 1 }), 2000, 'the cap is never below reconnectPeriodMs');
});

/** A TCP server that takes connections and closes them at once (a gateway refusing), noting when. */
async function refusingServer(): Promise<{ url: string; times: number[]; close(): Promise<void> }> {
  const times: number[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    times.push(Date.now());
    sockets.add(s);
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `mqtt://127.0.0.1:${(server.address() as { port: number }).port}`,
    times,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

void test('a gateway that keeps refusing is tried less and less often, up to the cap', async () => {
  const server = await refusingServer();
  const client = mqtt.connect(server.url, { reconnectPeriod: MQTTJS_RETRY_OFF_MS, connectTimeout: 5000 });
  client.on('error', () => undefined);
  const reconnects = manageReconnects(client, { initialMs: 100, maxMs: 800, random: () => 1 });
  try {
    await waitFor(() => server.times.length >= 7, 10_000, 'seven tries');
    const gaps = server.times.slice(1).map((t, i) => t - server.times[i]!);
    // The longest waits (random() = 1): 100, 200, 400, 800, 800, 800 ms. Loose above, for a busy CI
    // machine, yet below the 1,600 ms an uncapped doubling would reach.
    [100, 200, 400, 800, 800, 800].forEach((want, i) => {
      assert.ok(gaps[i]! >= want - 20 && gaps[i]! < want + 700, `gap ${i + 1}: ${gaps[i]} ms, expected about ${want}`);
    });
  } finally {
    reconnects.stop();
    client.end(true);
    await server.close();
  }
});

void test('once connected the wait starts over: a dropped station is back within reconnectPeriodMs', async () => {
  let refuse = 4;
  const broker = await startBroker({ authenticate: (_c, _u, _p, done) => (refuse-- > 0 ? done(Object.assign(new Error('no'), { returnCode: 5 }), false) : done(null, true)) });
  const client = mqtt.connect(broker.url, { reconnectPeriod: MQTTJS_RETRY_OFF_MS, clientId: 'st-1' });
  client.on('error', () => undefined);
  const reconnects = manageReconnects(client, { initialMs: 150, maxMs: 5000, random: () => 1 });
  try {
    await waitFor(() => client.connected, 10_000, 'connected after four refusals (150 + 300 + 600 + 1200 ms of waits)');
    assert.equal(reconnects.attempts, 0, 'the count starts over');
    const dropped = Date.now();
    broker.dropClients();
    await waitFor(() => !client.connected, 2000, 'the drop seen');
    await waitFor(() => client.connected, 5000, 'back');
    assert.ok(Date.now() - dropped < 150 + 1200, `back after ${Date.now() - dropped} ms: the first wait, not the 2,400 ms the cap had reached`);
  } finally {
    reconnects.stop();
    client.end(true);
    await broker.close();
  }
});

void test('after a gateway restart a site of stations comes back spread out, not all in the same instant', async () => {
  const broker = await startBroker();
  const times: number[] = [];
  const clients: MqttClient[] = [];
  try {
    for (let i = 0; i < 40; i++) {
      const config = testConfig({ deviceId: `st-${i}`, gateway: { url: broker.url, reconnectPeriodMs: 1000, reconnectMaxMs: 1000 } });
      const c = connectMqtt(config, Date.now());
      c.on('error', () => undefined);
      clients.push(c);
    }
    await waitFor(() => clients.every((c) => c.connected), 10_000, 'all connected');
    broker.broker.on('client', () => times.push(Date.now()));
    const dropped = Date.now();
    broker.dropClients();
    await waitFor(() => times.length >= 40, 5000, 'all back');
    const spread = Math.max(...times) - Math.min(...times);
    // A fixed period brought them back within a few ms of each other; uniform waits over 1 s spread them.
    assert.ok(spread > 300, `the 40 reconnects spread over ${spread} ms`);
    assert.ok(Math.max(...times) - dropped < 1000 + 1500, 'each within the first cap');
  } finally {
    for (const c of clients) c.end(true);
    await broker.close();
  }
});
