import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerGatewayMetrics, registerStationMetrics } from '../../cloud/station-metrics.js';
import { v1 } from '../../protos/index.js';
import { batch, forward, GW_TOKEN, reading, startTestHub, T0 } from './helpers.js';

/** value of `name{device="<device>"...}` in the exposition, or undefined. */
function sample(text: string, name: string, device: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`device="${device}"`));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

void test("each station's freshness, last state and backlog, as the hub knows them, are on /metrics", async () => {
  const hub = await startTestHub();
  try {
    registerStationMetrics(hub.registry, () => hub.store.stationHealth());
    const statuses = [
      { deviceId: 'st-1', state: v1.DeviceState.ONLINE, timeMs: T0, outboxDepth: 5, station: { site: 'north' } },
      { deviceId: 'st-2', state: v1.DeviceState.OFFLINE, timeMs: T0, outboxDepth: 0, station: { site: 'south' } },
    ];
    const result = await forward(hub.grpc.address, GW_TOKEN, [batch(1, [1, 2, 3].map((seq) => reading({ seq })), 'gw-a', statuses), batch(2, [reading({ device: 'st-2', seq: 1 })])]);
    assert.equal(result.acks.length, 2);
    const text = await hub.registry.metrics();
    assert.equal(sample(text, 'wx_cloud_station_last_reading_timestamp_seconds', 'st-1'), (T0 + 3 * 60_000) / 1000);
    assert.equal(sample(text, 'wx_cloud_station_last_reading_timestamp_seconds', 'st-2'), (T0 + 60_000) / 1000);
    assert.equal(sample(text, 'wx_cloud_station_online', 'st-1'), 1);
    assert.equal(sample(text, 'wx_cloud_station_online', 'st-2'), 0, 'its last will said offline');
    assert.equal(sample(text, 'wx_cloud_station_outbox_depth', 'st-1'), 5);
    assert.match(text, /wx_cloud_station_online\{device="st-1",site="north"\} 1/);
  } finally {
    await hub.stop();
  }
});

void test("when the hub last stored a batch from each gateway is on /metrics", async () => {
  const hub = await startTestHub();
  try {
    registerGatewayMetrics(hub.registry, async () => (await hub.store.stats()).gateways);
    const before = Date.now();
    await forward(hub.grpc.address, GW_TOKEN, [batch(1, [reading({ seq: 1 })], 'gw-a')]);
    const text = await hub.registry.metrics();
    const line = text.split('\n').find((l) => l.startsWith('wx_cloud_gateway_last_seen_timestamp_seconds{') && l.includes('gateway="gw-a"'));
    assert.ok(line, text);
    const seen = Number(line.slice(line.lastIndexOf(' ') + 1)) * 1000;
    assert.ok(seen >= before - 1000 && seen <= Date.now() + 1000, `last seen ${new Date(seen).toISOString()}`);
  } finally {
    await hub.stop();
  }
});
