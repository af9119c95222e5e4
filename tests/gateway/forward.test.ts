import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toNumber } from '../../gateway/ingest/validate.js';
import { batch, connectDevice, counterValue, device, freePort, reading, readingsTopic, startFakeCloud, startTestGateway, waitFor, type TestDevice } from './helpers.js';

const devices = [device('st-1'), device('st-2'), device('st-3')];

async function publishAll(url: string, ds: TestDevice[], perDevice: number, perMessage: number): Promise<void> {
  await Promise.all(
    ds.map(async (d) => {
      const c = await connectDevice(url, d);
      for (let seq = 1; seq <= perDevice; seq += perMessage) {
        const rs = Array.from({ length: Math.min(perMessage, perDevice - seq + 1) }, (_, i) => reading(d.deviceId, seq + i));
        await c.publishAsync(readingsTopic(d), batch(...rs), { qos: 1 });
      }
      await c.endAsync();
    }),
  );
}

void test('cloud down for a while, then up: the gateway buffers, then drains every reading exactly, in acked batches', async () => {
  const port = await freePort();
  const gw = await startTestGateway(devices, `127.0.0.1:${port}`, { configExtra: { forwarding: { batchMaxReadings: 50, maxInflightBatches: 3 } } });
  try {
    await publishAll(gw.mqttUrl, devices, 400, 10);
    assert.equal(gw.outbox.depth(), 1200, 'everything PUBACKed is in the outbox');
    await new Promise((r) => setTimeout(r, 500));
    assert.ok((await counterValue(gw.metrics.streamReconnects)) >= 2, 'it kept retrying while the cloud was away');
    assert.equal(gw.outbox.depth(), 1200);

    const cloud = await startFakeCloud({ port, ackDelayMs: 5 });
    try {
      await waitFor('outbox drained', () => gw.outbox.depth() === 0, 20_000);
      const expected = new Set(devices.flatMap((d) => Array.from({ length: 400 }, (_, i) => `${d.deviceId}:${i + 1}`)));
      assert.deepEqual(cloud.keys(), expected);
      assert.equal(cloud.readings.length, 1200, 'no reading sent twice when nothing failed');
      assert.ok(cloud.batches.every((b) => b.readings.length <= 50 && b.gatewayId === 'gw-test'));
      assert.equal(await counterValue(gw.metrics.batchesAcked), cloud.batches.length);
      // oldest first: per device, the seqs arrive in order
      for (const d of devices) {
        const seqs = cloud.readings.filter((r) => r.deviceId === d.deviceId).map((r) => toNumber(r.seq));
        assert.deepEqual(seqs, [...seqs].sort((x, y) => x - y));
      }
      const scrape = await gw.metrics.registry.metrics();
      assert.match(scrape, /wx_gateway_outbox_depth\{[^}]*\} 0/);
      assert.match(scrape, /wx_gateway_outbox_file_bytes\{[^}]*\} [1-9]\d*\n/, 'the disk the outbox takes');
      assert.match(scrape, /wx_gateway_forward_lag_seconds\{[^}]*\} 0/);
    } finally {
      await cloud.stop();
    }
  } finally {
    await gw.stop();
  }
});

void test('at most maxInflightBatches unacked; rows stay until acked; a silent cloud is abandoned after ackTimeoutMs and batches resent', async () => {
  let acking = false;
  const cloud = await startFakeCloud({ ack: () => acking });
  const gw = await startTestGateway(devices.slice(0, 1), cloud.address, {
    configExtra: { forwarding: { batchMaxReadings: 20, maxInflightBatches: 2, ackTimeoutMs: 1000 } },
  });
  try {
    await publishAll(gw.mqttUrl, devices.slice(0, 1), 200, 20);
    await waitFor('two batches sent', () => cloud.batches.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(cloud.batches.length, 2, 'no third batch without an ack');
    assert.equal(gw.outbox.depth(), 200, 'nothing deleted before an ack');
    await waitFor('resend after ack timeout', () => cloud.batches.length >= 4, 5000);
    assert.deepEqual(
      cloud.batches.slice(2, 4).map((b) => b.readings.map((r) => toNumber(r.seq))),
      cloud.batches.slice(0, 2).map((b) => b.readings.map((r) => toNumber(r.seq))),
      'the same unacked rows are sent again',
    );
    acking = true;
    await waitFor('drained', () => gw.outbox.depth() === 0, 10_000);
    assert.equal(cloud.keys().size, 200);
  } finally {
    await gw.stop();
    await cloud.stop();
  }
});

// The window is counted in readings too: many small batches may be out under a steady load, but
// never more readings than maxInflightReadings (what bounds the gateway's memory for unacked data).
void test('at most maxInflightReadings unacked readings, however many batches that is', async () => {
  let acking = false;
  const cloud = await startFakeCloud({ ack: () => acking });
  const gw = await startTestGateway(devices.slice(0, 1), cloud.address, {
    configExtra: { forwarding: { batchMaxReadings: 20, maxInflightBatches: 64, maxInflightReadings: 50, ackTimeoutMs: 1000 } },
  });
  try {
    await publishAll(gw.mqttUrl, devices.slice(0, 1), 200, 10);
    const sent = (): number => cloud.batches.reduce((n, b) => n + b.readings.length, 0);
    await waitFor('a full window sent', () => sent() >= 50);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(sent(), 50, 'sending stops at 50 unacked readings');
    assert.ok(cloud.batches.length >= 3, `the window holds several batches (${cloud.batches.length})`);
    assert.ok(cloud.batches.every((b) => b.readings.length <= 20));
    acking = true;
    await waitFor('drained', () => gw.outbox.depth() === 0, 10_000);
    assert.equal(cloud.keys().size, 200);
  } finally {
    await gw.stop();
    await cloud.stop();
  }
});

void test('a wrong token is refused by the cloud; nothing is deleted and the gateway keeps retrying', async () => {
  const cloud = await startFakeCloud();
  const { startGateway } = await import('../../gateway/app.js');
  const { validateGatewayConfig } = await import('../../gateway/config/load.js');
  const { silentLogger } = await import('../../common/logger.js');
  const { deviceConfig, tempDir } = await import('./helpers.js');
  const gw = await startGateway({
    config: validateGatewayConfig({ gatewayId: 'gw-x', devices: [deviceConfig(devices[0]!)], forwarding: { retryInitialMs: 20, retryMaxMs: 100 } }, 'x.yaml'),
    dataDir: tempDir(),
    mqtt: { host: '127.0.0.1', port: 0 },
    cloud: cloud.address,
    cloudToken: 'wrong',
    logger: silentLogger(),
  });
  try {
    await publishAll(gw.mqttUrl, devices.slice(0, 1), 5, 5);
    await waitFor('several refusals', () => cloud.unauthorized >= 3);
    assert.equal(gw.outbox.depth(), 5);
    assert.equal(cloud.readings.length, 0);
  } finally {
    await gw.stop();
    await cloud.stop();
  }
});
