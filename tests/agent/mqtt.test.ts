import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import mqtt from 'mqtt';
import { silentLogger } from '../../common/logger.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createAgentMetrics } from '../../device-agent/metrics.js';
import { Publisher } from '../../device-agent/mqtt/publisher.js';
import { Outbox } from '../../device-agent/outbox/outbox.js';
import { createQcEngine, defaultQcConfig } from '../../device-agent/qc/index.js';
import { v1, DeviceState } from '../../protos/index.js';
import { buildAgent, metricValue } from './harness.js';
import { collectReadings, startBroker, tempDir, testConfig, waitFor } from './helpers.js';

const STATUS = 'wx/v1/beijing/dongsi/status';

test('the agent publishes every reading once acknowledged, then deletes it; retained ONLINE then OFFLINE status', async (t) => {
  const broker = await startBroker();
  t.after(() => broker.close());
  const collector = await collectReadings(broker);
  t.after(() => collector.close());
  const statuses: ReturnType<typeof v1.DeviceStatus.decode>[] = [];
  await collector.client.subscribeAsync(STATUS, { qos: 1 });
  collector.client.on('message', (topic, payload) => {
    if (topic === STATUS) statuses.push(v1.DeviceStatus.decode(payload));
  });
  const config = testConfig({ gateway: { url: broker.url }, source: { kind: 'replay-beijing', replay: { file: 'beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv', speedup: 3600 * 200 } } });
  const h = await buildAgent(config, tempDir(), 120);
  h.agent.start();
  await h.agent.sampling;
  await waitFor(() => collector.seen.size === 120 && h.outbox.depth === 0, 10_000, 'all 120 readings acknowledged');
  assert.deepEqual([...collector.seen.keys()].sort((a, b) => a - b), Array.from({ length: 120 }, (_, i) => i + 1));
  const first = collector.readings.find((r) => Number(r.seq) === 1)!;
  assert.equal(first.deviceId, 'dongsi');
  assert.equal(Number(first.timeMs), Date.UTC(2013, 1, 28, 16));
  assert.ok(first.observations!.every((o) => o.flag !== v1.QcFlag.QC_FLAG_UNSPECIFIED), 'QC decided every value');
  assert.equal(await metricValue(h.registry, 'wx_agent_readings_acked_total'), 120);
  assert.equal(await metricValue(h.registry, 'wx_agent_readings_produced_total'), 120);
  assert.ok((await metricValue(h.registry, 'wx_agent_qc_flags_total')) >= 120 * 6);
  await waitFor(() => statuses.some((s) => s.state === DeviceState.ONLINE), 5000, 'ONLINE status');
  const online = statuses.find((s) => s.state === DeviceState.ONLINE)!;
  assert.equal(online.station!.name, 'Dongsi');
  assert.equal(online.station!.latitude, 39.929);
  assert.equal(online.details!.source, 'replay-beijing');
  await h.agent.stop();
  await waitFor(() => statuses.at(-1)?.state === DeviceState.OFFLINE, 5000, 'OFFLINE status on stop');
  assert.equal(Number(statuses.at(-1)!.lastSeq), 120);
});

test('after an outage the backlog is resent oldest first, interleaved with live batches', async (t) => {
  // Slow acknowledgements keep the backlog draining while live readings arrive.
  const broker = await startBroker({ authorizePublish: (_c, _p, cb) => setTimeout(() => cb(null), 15) });
  t.after(() => broker.close());
  const collector = await collectReadings(broker);
  t.after(() => collector.close());
  const outbox = Outbox.open(join(tempDir(), 'o.sqlite'), { deviceId: 'dongsi', maxReadings: 10_000, onFull: 'drop-oldest', historyMaxAgeMs: 1e9 });
  const qc = createQcEngine(defaultQcConfig(), 60_000);
  let i = 0;
  const produce = (): void => {
    const seq = outbox.append({ timeMs: Date.UTC(2024, 0, 1) + i * 60_000, clockSynced: true, clockSuspect: false, values: { temperature: 20 + (i % 7) / 10 } }, String(i));
    outbox.decide(qc.push({ seq, timeMs: Date.UTC(2024, 0, 1) + i * 60_000, clockSynced: true, values: { temperature: 20 } }, Date.now()));
    i++;
  };
  for (let k = 0; k < 400; k++) produce(); // the backlog built up while offline
  const BACKLOG = outbox.lastSeq - 1; // 399 decided, one held by QC
  const client = await mqtt.connectAsync(broker.url, { clientId: 'dongsi' });
  t.after(() => client.endAsync());
  const publisher = new Publisher({ client, outbox, topic: 'wx/v1/beijing/dongsi/readings', batchMaxReadings: 10, inflightMax: 1, logger: silentLogger(), metrics: createAgentMetrics(createMetricsRegistry('agent')) });
  publisher.kick();
  const live = setInterval(() => {
    produce();
    publisher.kick();
  }, 20);
  const backlogSeqs = Array.from({ length: BACKLOG }, (_, k) => k + 1);
  await waitFor(() => backlogSeqs.every((s) => collector.seen.has(s)), 20_000, 'the whole backlog');
  clearInterval(live);
  const backlogDoneAt = Math.max(...backlogSeqs.map((s) => collector.order.indexOf(s)));
  const firstLive = collector.order.findIndex((s) => s > 400);
  assert.ok(firstLive >= 0 && firstLive < backlogDoneAt, `live data waited behind the backlog (first live at ${firstLive}, backlog done at ${backlogDoneAt})`);
  const oldestFront = collector.order.filter((s) => s <= 150);
  assert.deepEqual(oldestFront, [...oldestFront].sort((a, b) => a - b), 'backlog sent oldest first');
  assert.equal(collector.order[0], 1);
  await waitFor(() => outbox.depth <= 1 + (i - outbox.lastSeq), 10_000, 'outbox drained');
  outbox.close();
});

test('a dropped connection: the agent keeps sampling into the outbox, reconnects, and nothing is lost', async (t) => {
  const broker = await startBroker();
  t.after(() => broker.close());
  const collector = await collectReadings(broker);
  t.after(() => collector.close());
  const config = testConfig({ gateway: { url: broker.url, reconnectPeriodMs: 300 }, source: { kind: 'replay-beijing', replay: { file: 'beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv', speedup: 3600 * 100 } } });
  const h = await buildAgent(config, tempDir(), 250);
  h.agent.start();
  t.after(() => h.agent.stop());
  await waitFor(() => collector.seen.size >= 40, 10_000, 'first readings');
  broker.dropClients(); // the collector reconnects too (mqtt.js default)
  await h.agent.sampling;
  const all = Array.from({ length: 250 }, (_, k) => k + 1);
  await waitFor(() => h.outbox.depth === 0 && all.every((s) => collector.seen.has(s)), 20_000, `every seq after the outage (depth ${h.outbox.depth}, missing ${all.filter((s) => !collector.seen.has(s)).slice(0, 10).join(',')})`);
  assert.ok((await metricValue(h.registry, 'wx_agent_mqtt_reconnects_total')) >= 1);
});

test('commands: malformed and unknown ones are answered ok=false, ping ok, and the agent keeps running', async (t) => {
  const broker = await startBroker();
  t.after(() => broker.close());
  const collector = await collectReadings(broker);
  t.after(() => collector.close());
  const results: ReturnType<typeof v1.CommandResult.decode>[] = [];
  await collector.client.subscribeAsync('wx/v1/beijing/dongsi/cmd-result', { qos: 1 });
  collector.client.on('message', (topic, payload) => {
    if (topic.endsWith('/cmd-result')) results.push(v1.CommandResult.decode(payload));
  });
  const config = testConfig({ gateway: { url: broker.url }, source: { kind: 'replay-beijing', replay: { file: 'beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv', speedup: 3600 * 20 } } });
  const h = await buildAgent(config, tempDir());
  h.agent.start();
  t.after(() => h.agent.stop());
  await waitFor(() => collector.seen.size >= 5, 10_000, 'readings flowing');
  const cmd = 'wx/v1/beijing/dongsi/cmd';
  const send = (m: Parameters<typeof v1.Command.encode>[0]) => collector.client.publishAsync(cmd, Buffer.from(v1.Command.encode(m).finish()), { qos: 1 });
  await collector.client.publishAsync(cmd, Buffer.from([0xff, 0xff, 0xff, 0x0f, 0x01]), { qos: 1 });
  await send({ commandId: 'c2', kind: 'reboot-into-the-void' });
  await send({ commandId: '', kind: 'ping' });
  await send({ commandId: 'c4', kind: 'ping', issuedMs: Date.now() });
  await waitFor(() => results.length >= 4, 5000, 'four command results');
  assert.match(results.find((r) => r.commandId === '')?.message ?? '', /malformed command|command_id is required/);
  assert.ok(results.some((r) => r.commandId === '' && /malformed command/.test(r.message)), 'malformed payload answered');
  const unknown = results.find((r) => r.commandId === 'c2')!;
  assert.equal(unknown.ok, false);
  assert.match(unknown.message, /unknown command kind/);
  assert.ok(results.some((r) => r.commandId === '' && r.message === 'command_id is required'));
  const ping = results.find((r) => r.commandId === 'c4')!;
  assert.equal(ping.ok, true);
  const before = collector.seen.size;
  await waitFor(() => collector.seen.size > before + 5, 5000, 'readings after the bad commands');
  assert.equal(await metricValue(h.registry, 'wx_agent_commands_total', { ok: 'false' }), 3);
});
