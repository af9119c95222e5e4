/**
 * Gateway ingest of nowcasts and model reports: a valid nowcast is forwarded in ForwardBatch.nowcasts
 * stamped with the gateway id and receive time, a model report in ForwardBatch.model_reports; a
 * nowcast for another device, with a non-finite quantile or with too many values is rejected (and
 * counted), never forwarded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTopic } from '../../common/topics.js';
import { ModelUpdateState, NowcastState, v1, type NowcastProps } from '../../protos/index.js';
import { connectDevice, counterValue, device, startFakeCloud, startTestGateway, waitFor } from '../gateway/helpers.js';

const ok = (deviceId: string, extra: Partial<NowcastProps> = {}): Buffer =>
  Buffer.from(
    v1.Nowcast.encode({
      deviceId, baseTimeMs: Date.UTC(2016, 9, 1), issuedMs: Date.now(), state: NowcastState.NOWCAST_OK, modelId: 'm', modelVersion: '1.0.0',
      quantileLevels: [0.1, 0.5, 0.9], values: [{ variable: 1, leadMinutes: 60, quantiles: [10, 11, 12] }], ...extra,
    }).finish(),
  );

test('gateway forwards valid nowcasts and model reports, stamped, and rejects bad ones', async () => {
  const cloud = await startFakeCloud();
  const a = device('st-a');
  const b = device('st-b');
  const gw = await startTestGateway([a, b], cloud.address);
  try {
    const c = await connectDevice(gw.mqttUrl, a);
    const topic = buildTopic(a.site, a.deviceId, 'nowcast');
    await c.publishAsync(topic, ok('st-b'), { qos: 1 }); // another device's id
    await c.publishAsync(topic, ok('st-a', { values: [{ variable: 1, leadMinutes: 60, quantiles: [10, NaN, 12] }] }), { qos: 1 });
    await c.publishAsync(topic, ok('st-a', { values: Array.from({ length: 600 }, () => ({ variable: 1, leadMinutes: 60, quantiles: [1, 2, 3] })) }), { qos: 1 });
    await c.publishAsync(topic, Buffer.from([0xff, 0xff, 0xff]), { qos: 1 });
    await c.publishAsync(topic, ok('st-a'), { qos: 1 });
    const report = v1.ModelUpdateReport.encode({ deviceId: 'st-a', deploymentId: 'd1', modelId: 'm', version: '2', state: ModelUpdateState.MODEL_UPDATE_FAILED, reason: 'bad signature', activeVersion: '1.0.0', timeMs: Date.now() }).finish();
    await c.publishAsync(buildTopic(a.site, a.deviceId, 'model-report'), Buffer.from(report), { qos: 1 });
    await waitFor('nowcast and report at the cloud', () => cloud.batches.some((x) => x.nowcasts.length > 0) && cloud.batches.some((x) => x.modelReports.length > 0));
    const nowcasts = cloud.batches.flatMap((x) => x.nowcasts);
    assert.equal(nowcasts.length, 1);
    assert.equal(nowcasts[0]?.deviceId, 'st-a');
    assert.equal(nowcasts[0]?.gatewayId, 'gw-test');
    assert.ok(Number(nowcasts[0]?.gatewayReceivedMs) > Date.now() - 60_000);
    assert.deepEqual(nowcasts[0]?.values?.[0]?.quantiles, [10, 11, 12]);
    const reports = cloud.batches.flatMap((x) => x.modelReports);
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.reason, 'bad signature');
    assert.equal(await counterValue(gw.metrics.rejected, { reason: 'invalid_message' }), 3);
    assert.equal(await counterValue(gw.metrics.rejected, { reason: 'malformed' }), 1);
    await c.endAsync();
  } finally {
    await gw.stop();
    await cloud.stop();
  }
});
