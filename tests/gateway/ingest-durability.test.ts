import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMetricsRegistry } from '../../common/metrics.js';
import { silentLogger } from '../../common/logger.js';
import type { SyncCallback } from '../../common/commit-sync.js';
import { createDeviceRegistry } from '../../gateway/config/devices.js';
import { validateGatewayConfig } from '../../gateway/config/load.js';
import { createIngest, type Outcome } from '../../gateway/ingest/ingest.js';
import { createGatewayMetrics } from '../../gateway/metrics.js';
import { createOutbox, type Outbox } from '../../gateway/outbox/outbox.js';
import { batch, device, deviceConfig, reading, readingsTopic, tempDir } from './helpers.js';

/** An ingest over a real outbox whose durability callbacks the test releases by hand. */
function fixture() {
  const st = device('st-1');
  const config = validateGatewayConfig({ gatewayId: 'gw-a', devices: [deviceConfig(st)] }, 'test');
  const real = createOutbox({ path: join(tempDir(), 'outbox.sqlite'), maxRows: 1000 });
  const held: SyncCallback[] = [];
  const outbox: Outbox = { ...real, whenDurable: (cb) => held.push(cb) };
  const metrics = createGatewayMetrics(createMetricsRegistry('gateway'));
  const ingest = createIngest({ gatewayId: 'gw-a', registry: createDeviceRegistry(config.devices), outbox, metrics, logger: silentLogger(), limits: config.limits });
  const results: (Outcome | string)[] = [];
  const submit = (seq: number): void =>
    ingest.submit({ topic: readingsTopic(st), payload: batch(reading('st-1', seq)) }, (err, outcome) => results.push(err ? `error: ${err.message}` : outcome!));
  return { real, held, results, submit, metrics };
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

void test('a stored message is acknowledged only after the outbox reports its commit durable', async () => {
  const f = fixture();
  try {
    f.submit(1);
    f.submit(2);
    await turn();
    assert.equal(f.real.depth(), 2, 'committed in the turn (the forwarder may already send it)');
    assert.equal(f.held.length, 1, 'one durability wait for the turn');
    assert.deepEqual(f.results, [], 'no PUBACK before the sync');
    f.submit(3);
    await turn();
    assert.equal(f.held.length, 2);
    f.held[0]!(null);
    assert.deepEqual(f.results, ['stored', 'stored']);
    assert.equal(await f.metrics.readingsAccepted.get().then((m) => m.values[0]?.value), 2, 'counted when acknowledged');
    f.held[1]!(null);
    assert.deepEqual(f.results, ['stored', 'stored', 'stored']);
  } finally {
    await f.real.close();
  }
});

void test('a failed sync refuses the messages it covered (no PUBACK: the device keeps and resends them)', async () => {
  const f = fixture();
  try {
    f.submit(1);
    await turn();
    f.held[0]!(new Error('fsync of the SQLite WAL failed: EIO'));
    assert.deepEqual(f.results, ['error: fsync of the SQLite WAL failed: EIO']);
  } finally {
    await f.real.close();
  }
});
