import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { status } from '@grpc/grpc-js';
import { v1 } from '../../protos/index.js';
import { batch, forward, GW_TOKEN, reading, SHARED_TOKEN, startTestHub, T0, type TestHub } from './helpers.js';

let hub: TestHub;
before(async () => {
  hub = await startTestHub();
});
after(async () => {
  await hub.stop();
});

test('a batch sent twice is stored once; the second ack and the stats count the duplicates', async () => {
  const b = batch(1, [reading({ device: 'dup-1', seq: 1 }), reading({ device: 'dup-1', seq: 2 }), reading({ device: 'dup-2', seq: 1 })]);
  const first = await forward(hub.grpc.address, GW_TOKEN, [b]);
  assert.equal(first.error, undefined);
  assert.deepEqual(
    first.acks.map((a) => [Number(a.batchId), a.stored, a.duplicates, a.rejected]),
    [[1, 3, 0, 0]],
  );
  // A new stream, as after a gateway restart that lost the ack.
  const second = await forward(hub.grpc.address, GW_TOKEN, [{ ...b, batchId: 2 }]);
  assert.deepEqual(
    second.acks.map((a) => [Number(a.batchId), a.stored, a.duplicates, a.rejected]),
    [[2, 0, 3, 0]],
  );
  const page = await hub.store.queryObservations({ deviceId: 'dup-1', limit: 100 });
  assert.deepEqual(
    page.readings.map((r) => r.seq),
    [1, 2],
  );
  const gw = (await hub.store.stats()).gateways.find((g) => g.gatewayId === 'gw-a');
  assert.ok(gw && gw.duplicates >= 3);
});

test('a wrong or missing bearer token ends the stream with UNAUTHENTICATED and stores nothing', async () => {
  const b = batch(1, [reading({ device: 'intruder', seq: 1 })]);
  const wrong = await forward(hub.grpc.address, 'not-the-token', [b]);
  assert.equal(wrong.error?.code, status.UNAUTHENTICATED);
  const missing = await forward(hub.grpc.address, undefined, [b]);
  assert.equal(missing.error?.code, status.UNAUTHENTICATED);
  assert.equal(wrong.acks.length + missing.acks.length, 0);
  assert.equal(await hub.store.getStation('intruder'), undefined);
});

test('a configured gateway may not send batches under another gateway id', async () => {
  const r = await forward(hub.grpc.address, GW_TOKEN, [batch(1, [reading({ device: 'spoof', seq: 1 })], 'gw-other')]);
  assert.equal(r.error?.code, status.PERMISSION_DENIED);
  assert.equal(await hub.store.getStation('spoof'), undefined);
});

test('the shared token stores batches under the gateway id they name', async () => {
  const r = await forward(hub.grpc.address, SHARED_TOKEN, [batch(7, [reading({ device: 'shared-1', seq: 1 })], 'gw-local')]);
  assert.equal(r.error, undefined);
  assert.equal(r.acks[0]?.stored, 1);
  const page = await hub.store.queryObservations({ deviceId: 'shared-1', limit: 10 });
  assert.equal(page.readings[0]?.gatewayId, 'gw-local');
});

test('invalid readings are rejected with a reason while the good ones of the batch are stored', async () => {
  const good1 = reading({ device: 'mix-1', seq: 1 });
  const good2 = reading({ device: 'mix-1', seq: 2, values: { temperature: [Number.NaN, v1.QcFlag.QC_MISSING] } });
  const bad = [
    { ...reading({ device: 'mix-1', seq: 3 }), deviceId: 'bad/device' },
    reading({ device: 'mix-1', seq: 0 }),
    { ...reading({ device: 'mix-1', seq: 4 }), timeMs: 0 },
    { ...reading({ device: 'mix-1', seq: 5 }), observations: [{ variable: 99, value: 1, flag: 1 }] },
    { ...reading({ device: 'mix-1', seq: 6 }), observations: [] },
    { ...reading({ device: 'mix-1', seq: 7 }), observations: [{ variable: 1, value: Infinity, flag: 1 }] },
    { ...reading({ device: 'mix-1', seq: 8 }), observations: [{ variable: 1, value: 1, flag: 9 }] },
  ];
  const r = await forward(hub.grpc.address, GW_TOKEN, [batch(3, [good1, ...bad, good2])]);
  assert.equal(r.error, undefined);
  const ack = r.acks[0]!;
  assert.equal(ack.stored, 2);
  assert.equal(ack.rejected, 7);
  const reasons = ack.rejections.map((x) => (x.reason ?? '').split(':')[0]);
  assert.deepEqual(reasons, ['device_id', 'seq', 'time', 'variable', 'no_observations', 'value', 'flag']);
  assert.equal(ack.rejections[1]?.deviceId, 'mix-1');
  const stored = await hub.store.queryObservations({ deviceId: 'mix-1', limit: 10 });
  assert.deepEqual(
    stored.readings.map((x) => x.seq),
    [1, 2],
  );
  assert.deepEqual(stored.readings[1]?.values.temperature, { value: null, flag: v1.QcFlag.QC_MISSING, tests: 0 });
  const metricsText = await hub.registry.getSingleMetricAsString('wx_cloud_readings_rejected_total');
  assert.match(metricsText, /wx_cloud_readings_rejected_total\{gateway="gw-a",reason="seq"\} 1/);
});

test('statuses upsert station metadata; an older status does not overwrite a newer one', async () => {
  const info = { deviceId: 'meta-1', site: 'beijing', name: 'Aotizhongxin', latitude: 39.98, longitude: 116.4, elevationM: 50, hardware: 'replay' };
  const newer = { deviceId: 'meta-1', state: v1.DeviceState.ONLINE, timeMs: T0 + 2000, agentVersion: '1.2.0', station: info };
  const older = { deviceId: 'meta-1', state: v1.DeviceState.OFFLINE, timeMs: T0 + 1000, agentVersion: '1.0.0', station: { ...info, name: 'old name' } };
  const r = await forward(hub.grpc.address, GW_TOKEN, [batch(1, [], 'gw-a', [newer]), batch(2, [reading({ device: 'meta-1', seq: 1 })], 'gw-a', [older])]);
  assert.equal(r.acks.length, 2);
  const st = await hub.store.getStation('meta-1');
  assert.equal(st?.name, 'Aotizhongxin');
  assert.equal(st?.state, 'online');
  assert.equal(st?.agentVersion, '1.2.0');
  assert.equal(st?.latitude, 39.98);
  assert.equal(hub.store.siteOf('meta-1'), 'beijing');
});

test('many pipelined batches are all acknowledged in order, each only once committed', async () => {
  const batches = Array.from({ length: 40 }, (_, i) =>
    batch(
      100 + i,
      Array.from({ length: 50 }, (_, k) => reading({ device: `pipe-${k % 5}`, seq: i * 10 + Math.floor(k / 5) + 1 })),
    ),
  );
  const seenAtAck: Promise<number>[] = [];
  const r = await forward(hub.grpc.address, GW_TOKEN, batches, (ack) => {
    // The ack arrives after the commit: the batch's last reading must already be queryable. The
    // SQLite query runs synchronously right here, before any later commit can happen.
    const last = batches[Number(ack.batchId) - 100]!.readings!.at(-1)!;
    const at = last.timeMs as number;
    seenAtAck.push(hub.store.queryObservations({ deviceId: last.deviceId!, fromMs: at, toMs: at + 1, limit: 1 }).then((p) => p.readings.length));
  });
  assert.equal(r.error, undefined);
  assert.deepEqual(
    r.acks.map((a) => Number(a.batchId)),
    batches.map((b) => b.batchId),
  );
  assert.equal(
    r.acks.reduce((n, a) => n + a.stored, 0),
    2000,
  );
  assert.deepEqual(await Promise.all(seenAtAck), new Array(40).fill(1));
  const page = await hub.store.queryObservations({ deviceId: 'pipe-3', limit: 10_000 });
  assert.equal(page.readings.length, 400);
});
