/**
 * GET /status on the gateway's metrics port: which configured stations are connected and since when,
 * when each last sent what, the cloud link and the outbox backlog. Real broker, sockets and outbox.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batch, connectDevice, device, freePort, reading, readingsTopic, startFakeCloud, startTestGateway, waitFor } from './helpers.js';

interface Status {
  gatewayId: string;
  mode: string;
  cloud: { address: string; connected: boolean };
  outbox: { depth: number; oldestReceived: string | null; fileBytes: number };
  devices: { configured: number; connected: number | null; list: { id: string; connected: boolean | null; connectedSince: string | null; lastMessage: string | null; lastKind: string | null }[] };
}

const a = device('st-a');
const b = device('st-b');

void test("the gateway's /status names its connected stations, their last messages, the cloud link and the backlog", async () => {
  const cloudPort = await freePort(); // the cloud is away at first: readings wait in the outbox
  const gw = await startTestGateway([a, b], `127.0.0.1:${cloudPort}`, { metrics: { host: '127.0.0.1', port: 0 } });
  const statusUrl = gw.metricsUrl!.replace(/\/metrics$/, '/status');
  const get = async (): Promise<Status> => {
    const res = await fetch(statusUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    return (await res.json()) as Status;
  };
  let cloud: Awaited<ReturnType<typeof startFakeCloud>> | undefined;
  const before = Date.now();
  const c = await connectDevice(gw.mqttUrl, a);
  try {
    await c.publishAsync(readingsTopic(a), batch(reading(a.deviceId, 1), reading(a.deviceId, 2)), { qos: 1 });
    let s = await get();
    assert.equal(s.gatewayId, 'gw-test');
    assert.equal(s.mode, 'broker');
    assert.deepEqual(s.cloud, { address: `127.0.0.1:${cloudPort}`, connected: false });
    assert.equal(s.outbox.depth, 2);
    assert.ok(s.outbox.oldestReceived !== null && Date.parse(s.outbox.oldestReceived) >= before - 1000);
    assert.deepEqual([s.devices.configured, s.devices.connected], [2, 1]);
    const [sa, sb] = s.devices.list;
    assert.equal(sa!.id, 'st-a');
    assert.equal(sa!.connected, true);
    assert.ok(Date.parse(sa!.connectedSince!) >= before - 1000);
    assert.equal(sa!.lastKind, 'readings');
    assert.ok(Date.parse(sa!.lastMessage!) >= Date.parse(sa!.connectedSince!));
    assert.deepEqual(sb, { id: 'st-b', site: 'site-a', enabled: true, connected: false, connectedSince: null, lastMessage: null, lastKind: null });

    // The cloud comes back and takes the backlog; the station leaves, its last message stays known.
    cloud = await startFakeCloud({ port: cloudPort });
    await waitFor('the backlog forwarded', async () => (await get()).outbox.depth === 0, 15_000);
    await c.endAsync();
    await waitFor('the station gone', async () => (await get()).devices.connected === 0, 5000);
    s = await get();
    assert.equal(s.cloud.connected, true);
    assert.deepEqual([s.devices.list[0]!.connected, s.devices.list[0]!.connectedSince, s.devices.list[0]!.lastKind], [false, null, 'readings']);
    assert.equal((await fetch(gw.metricsUrl!)).status, 200, '/metrics as before');
    assert.equal((await fetch(statusUrl.replace('/status', '/nothing'))).status, 404);
  } finally {
    if (c.connected) await c.endAsync();
    await gw.stop();
    await cloud?.stop();
  }
});
