import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MqttClient } from 'mqtt';
import { batch, connectDevice, counterValue, device, freePort, reading, readingsTopic, startFakeCloud, startTestGateway, waitFor, type TestDevice } from './helpers.js';

const st = device('st-bp');
const MESSAGES = 20;
const PER_MESSAGE = 10;
const backpressure = { highWaterRows: 50, lowWaterRows: 20, highWaterAgeMs: 0, lowWaterAgeMs: 0 };

/** Publishes every message at once (no client-side window) and counts the PUBACKs as they come. */
function publishCounting(c: MqttClient, d: TestDevice): { acked: () => number } {
  let acked = 0;
  for (let m = 0; m < MESSAGES; m++) {
    const rs = Array.from({ length: PER_MESSAGE }, (_, i) => reading(d.deviceId, m * PER_MESSAGE + i + 1));
    c.publish(readingsTopic(d), batch(...rs), { qos: 1 }, (err) => {
      if (!err) acked++;
    });
  }
  return { acked: () => acked };
}

void test('beyond the high-water mark PUBACKs are held (nothing dropped) until the cloud drains the outbox under the low-water mark', async () => {
  let acking = false;
  const cloud = await startFakeCloud({ ack: () => acking });
  const gw = await startTestGateway([st], cloud.address, {
    configExtra: { backpressure, forwarding: { batchMaxReadings: 20, maxInflightBatches: 2, ackTimeoutMs: 1000 } },
  });
  const c = await connectDevice(gw.mqttUrl, st);
  try {
    await waitFor('stream up', () => gw.forwarder.connected());
    const pub = publishCounting(c, st);
    await waitFor('every message stored', () => gw.outbox.depth() === MESSAGES * PER_MESSAGE);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(pub.acked() < MESSAGES, `PUBACKs held beyond the mark (acked ${pub.acked()} of ${MESSAGES})`);
    assert.ok(pub.acked() * PER_MESSAGE <= backpressure.highWaterRows + PER_MESSAGE * 5, `few acked past the mark (${pub.acked()})`);
    assert.ok((await counterValue(gw.metrics.backpressureDelayed)) > 0);
    assert.match(await gw.metrics.registry.metrics(), /wx_gateway_backpressure_engaged\{[^}]*\} 1/);

    acking = true; // withheld batches are resent after ackTimeoutMs, then acked
    await waitFor('all PUBACKed once drained', () => pub.acked() === MESSAGES, 10_000);
    await waitFor('outbox empty', () => gw.outbox.depth() === 0, 10_000);
    assert.equal(cloud.keys().size, MESSAGES * PER_MESSAGE, 'every reading reached the cloud');
    assert.match(await gw.metrics.registry.metrics(), /wx_gateway_backpressure_engaged\{[^}]*\} 0/);
  } finally {
    await c.endAsync();
    await gw.stop();
    await cloud.stop();
  }
});

void test('while the cloud is unreachable nothing is held: the outbox absorbs the backlog', async () => {
  const gw = await startTestGateway([st], `127.0.0.1:${await freePort()}`, { configExtra: { backpressure } });
  const c = await connectDevice(gw.mqttUrl, st);
  try {
    const pub = publishCounting(c, st);
    await waitFor('all PUBACKed', () => pub.acked() === MESSAGES);
    assert.equal(gw.outbox.depth(), MESSAGES * PER_MESSAGE);
    assert.equal(await counterValue(gw.metrics.backpressureDelayed), 0);
  } finally {
    await c.endAsync();
    await gw.stop();
  }
});
