/**
 * Fusion inside a running gateway: devices publish their status (with position) and hourly readings
 * over MQTT; with `fusion.enabled` the gateway forwards, beside the unaltered readings, the spatial QC
 * verdicts and H3-cell estimates of each closed hour (ForwardBatch fields 6 and 7).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTopic } from '../../common/topics.js';
import { v1 } from '../../protos/index.js';
import { batch, connectDevice, device, reading, readingsTopic, startFakeCloud, startTestGateway, waitFor } from './helpers.js';

const H = 3_600_000;
const POSITIONS: Array<[number, number]> = [[39.98, 116.4], [39.93, 116.42], [39.93, 116.34], [39.91, 116.18], [39.94, 116.46], [39.89, 116.41]];
const devices = POSITIONS.map((_, i) => device(`fx-${i}`));

void test('gateway with fusion enabled forwards spatial QC and fused cells beside the raw readings', async () => {
  const cloud = await startFakeCloud();
  const gw = await startTestGateway(devices, cloud.address, { configExtra: { fusion: { enabled: true, stepSeconds: 3600, graceSeconds: 600, h3Resolution: 8 } } });
  try {
    const t0 = Math.floor(Date.now() / H) * H - 4 * H;
    for (const [i, d] of devices.entries()) {
      const c = await connectDevice(gw.mqttUrl, d);
      const [lat, lon] = POSITIONS[i] as [number, number];
      const status = v1.DeviceStatus.encode({ deviceId: d.deviceId, timeMs: t0, state: v1.DeviceState.ONLINE, station: { deviceId: d.deviceId, latitude: lat, longitude: lon, elevationM: NaN } }).finish();
      await c.publishAsync(buildTopic(d.site, d.deviceId, 'status'), Buffer.from(status), { qos: 1 });
      const rs = [0, 1, 2].map((h) =>
        reading(d.deviceId, h + 1, { timeMs: t0 + h * H, observations: [{ variable: 1, value: 15 + 0.3 * i + h, flag: 1 }, { variable: 2, value: 1010 + 0.1 * i, flag: 1 }] }),
      );
      await c.publishAsync(readingsTopic(d), batch(...rs), { qos: 1 });
      await c.endAsync();
    }
    // Data time reached 02:00: the 00:00 step is closed (01:00 + 10 min grace ≤ 02:00); 01:00 waits
    // for 02:10 of data time or the idle flush.
    await waitFor('fused estimates forwarded', () => cloud.batches.some((b) => b.fused.length > 0), 10_000);
    await waitFor('outbox drained', () => gw.outbox.depth() === 0, 10_000);
    const qc = cloud.batches.flatMap((b) => b.spatialQc);
    const fused = cloud.batches.flatMap((b) => b.fused);
    assert.ok(qc.some((q) => q.deviceId === 'fx-0' && Number(q.timeMs) === t0 && q.flag === v1.QcFlag.QC_GOOD));
    assert.ok(fused.every((f) => f.h3Resolution === 8));
    assert.deepEqual(new Set(fused.map((f) => Number(f.timeMs))), new Set([t0]));
    assert.equal(cloud.readings.length, 18, 'every raw reading forwarded');
    assert.equal(cloud.readings.find((r) => r.deviceId === 'fx-2' && Number(r.seq) === 2)?.observations[0]?.value, 15 + 0.6 + 1);
    assert.match(await gw.metrics.registry.metrics(), /wx_gateway_fusion_steps_total(\{[^}]*\})? 1\n/);
  } finally {
    await gw.stop();
    await cloud.stop();
  }
});
