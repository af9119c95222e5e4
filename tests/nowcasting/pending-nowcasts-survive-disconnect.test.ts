/**
 * Nowcasts made while the gateway is unreachable are kept (SQLite, bounded: the oldest go first) and
 * published once the connection comes up; they survive closing and reopening the store (a restart).
 */
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { Aedes } from 'aedes';
import mqtt from 'mqtt';
import { silentLogger } from '../../common/logger.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createAgentMetrics } from '../../device-agent/metrics.js';
import { PendingNowcasts } from '../../device-agent/nowcasting/pending.js';
import { createNowcastRunner } from '../../device-agent/nowcasting/runner.js';
import { openOutbox } from '../../device-agent/outbox/open.js';
import { v1 } from '../../protos/index.js';
import { tempDir, testConfig } from '../agent/helpers.js';
import { freePort, waitFor } from '../gateway/helpers.js';

test('unacknowledged nowcasts wait in a bounded SQLite table and go out when the gateway is back', async () => {
  const dir = tempDir('wx-nowcast-pending-');
  const port = await freePort();
  const config = testConfig({ gateway: { url: `mqtt://127.0.0.1:${port}` }, nowcast: { enabled: true, maxPending: 2 } });
  const registry = createMetricsRegistry('agent', { device: config.deviceId });
  const outbox = openOutbox(config, dir, createAgentMetrics(registry), silentLogger());
  let pending = PendingNowcasts.open(join(dir, 'nowcasts.sqlite'), 2);
  const mk = () => createNowcastRunner({ config, outbox, pending, model: undefined, noModelReason: 'test: no model', logger: silentLogger() });
  let runner = mk();
  for (let i = 0; i < 3; i++) assert.equal((await runner.cycle())?.reason, 'test: no model');
  assert.equal(pending.size, 2, 'bounded: the oldest of three dropped');
  // A restart: the store is reopened, its rows are still there.
  await runner.stop();
  pending.close();
  pending = PendingNowcasts.open(join(dir, 'nowcasts.sqlite'), 2);
  runner = mk();
  assert.equal(pending.size, 2);

  const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, { clientId: 'dongsi', reconnectPeriod: 100 });
  client.on('error', () => undefined);
  runner.start(client);
  const received: number[] = [];
  const broker = await Aedes.createBroker();
  broker.on('publish', (packet) => {
    if (packet.topic.endsWith('/nowcast')) received.push(Number(v1.Nowcast.decode(packet.payload as Buffer).issuedMs));
  });
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    broker.handle(s);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  try {
    await waitFor('pending nowcasts published', () => received.length === 2 && pending.size === 0, 10_000);
    assert.ok(received[0]! <= received[1]!, 'oldest first');
  } finally {
    await runner.stop();
    await client.endAsync();
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => broker.close(() => r()));
    await new Promise<void>((r) => server.close(() => r()));
    pending.close();
    outbox.close();
  }
});
