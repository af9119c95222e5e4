import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { v1, DeviceState } from '../../protos/index.js';
import { buildAgent, metricValue } from './harness.js';
import { collectReadings, DONGSI_FILE, rawConfig, spawnAgent, startBroker, tempDir, testConfig, waitFor, writeConfig } from './helpers.js';

const HOUR = 3_600_000;
const N = 200;

test('SIGKILL mid-stream: the restarted agent resends what was unacknowledged; every seq arrives, the replay has no gap', async (t) => {
  // Acks slower than production, so a backlog of unacknowledged readings exists when the agent dies.
  const broker = await startBroker({ authorizePublish: (_c, _p, cb) => setTimeout(() => cb(null), 60) });
  t.after(() => broker.close());
  const collector = await collectReadings(broker);
  t.after(() => collector.close());
  const statuses: number[] = [];
  await collector.client.subscribeAsync('wx/v1/beijing/dongsi/status', { qos: 1 });
  collector.client.on('message', (topic, payload) => {
    if (topic.endsWith('/status')) statuses.push(v1.DeviceStatus.decode(payload).state);
  });
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const readyFile = join(dir, 'ready.json');
  const config = writeConfig(dir, rawConfig({
    gateway: { url: 'mqtt://127.0.0.1:1', reconnectPeriodMs: 200 },
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 100 } },
    publish: { batchMaxReadings: 5, inflightMax: 1 },
  }));
  const args = ['--config', config, '--gateway', broker.url, '--data-dir', dataDir, '--max-readings', String(N), '--ready-file', readyFile];

  const first = spawnAgent(args);
  t.after(() => first.child.kill('SIGKILL'));
  await waitFor(() => existsSync(readyFile), 20_000, 'ready file');
  assert.equal(JSON.parse(readFileSync(readyFile, 'utf8')).deviceId, 'dongsi');
  await waitFor(() => collector.seen.size >= 40, 20_000, 'readings before the kill');
  first.child.kill('SIGKILL');
  assert.equal(await first.exited, -1);
  await waitFor(() => statuses.at(-1) === DeviceState.OFFLINE, 5000, 'the last will (OFFLINE) when the client dies');

  const db = new Database(join(dataDir, 'outbox.sqlite'), { readonly: true });
  const unacked = (db.prepare('SELECT seq FROM outbox ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
  const lastSeq = Number((db.prepare(`SELECT value FROM meta WHERE key = 'last_seq'`).get() as { value: string }).value);
  db.close();
  assert.ok(unacked.length > 0, 'some readings were unacknowledged at the kill');
  assert.ok(lastSeq < N, 'killed mid-stream');
  const restartAt = collector.order.length;

  const second = spawnAgent(args);
  t.after(() => second.child.kill('SIGKILL'));
  const all = Array.from({ length: N }, (_, i) => i + 1);
  await waitFor(() => all.every((s) => collector.seen.has(s)), 40_000, 'every seq 1..N at the broker');
  const afterRestart = new Set(collector.order.slice(restartAt));
  for (const s of unacked) assert.ok(afterRestart.has(s), `unacknowledged seq ${s} was not resent`);
  assert.deepEqual([...collector.seen.keys()].sort((a, b) => a - b), all, 'no seq beyond N, none skipped');
  for (let s = 2; s <= N; s++) assert.equal(collector.times.get(s)! - collector.times.get(s - 1)!, HOUR, `seq ${s}: replay resumed without gap or repeat`);
  second.child.kill('SIGTERM');
  assert.equal(await second.exited, 0, second.output.join(''));
  await waitFor(() => statuses.at(-1) === DeviceState.OFFLINE, 5000, 'OFFLINE status on graceful stop');
});

test('the outbox bound is an explicit, counted event; sampling continues with the newest readings', async (t) => {
  const config = testConfig({
    gateway: { url: 'mqtt://127.0.0.1:1', reconnectPeriodMs: 60_000 }, // nothing listens: offline
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 1000 } },
    outbox: { maxReadings: 100, onFull: 'drop-oldest' },
  });
  const h = await buildAgent(config, tempDir(), 130);
  h.agent.start();
  t.after(() => h.agent.stop());
  await h.agent.sampling;
  assert.equal(h.outbox.depth, 100);
  assert.equal(await metricValue(h.registry, 'wx_agent_outbox_full_total', { action: 'dropped' }), 30);
  assert.equal(h.outbox.oldest()!.seq, 31);
  assert.equal(await metricValue(h.registry, 'wx_agent_outbox_depth'), 100);
  assert.ok((await metricValue(h.registry, 'wx_agent_outbox_oldest_age_seconds')) >= 0);
  assert.ok((await metricValue(h.registry, 'wx_agent_outbox_file_bytes')) > 0, 'the disk the outbox takes');
});

test('stop-sampling at the bound pauses the replay without losing its place', async (t) => {
  const dir = tempDir();
  const config = testConfig({
    gateway: { url: 'mqtt://127.0.0.1:1', reconnectPeriodMs: 60_000 },
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 1000 } },
    outbox: { maxReadings: 100, onFull: 'stop-sampling' },
  });
  const h = await buildAgent(config, dir);
  h.agent.start();
  await waitFor(() => h.outbox.lastSeq === 100, 10_000, 'outbox filled');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(h.outbox.lastSeq, 100, 'no reading beyond the bound');
  assert.ok((await metricValue(h.registry, 'wx_agent_outbox_full_total', { action: 'refused' })) >= 1);
  await h.agent.stop();
  // Restart (still offline): the cursor points at row 101 of the file, nothing was skipped.
  const again = await buildAgent(config, dir);
  again.outbox.ack(again.outbox.readyRows('oldest', 10, new Set()).map((r) => r.seq)); // as if the broker acked 10
  again.agent.start();
  t.after(() => again.agent.stop());
  await waitFor(() => again.outbox.lastSeq === 110, 10_000, 'ten more readings');
  const newest = again.outbox.readyRows('newest', 20, new Set()).concat();
  assert.ok(newest.length > 0);
  const r = v1.Reading.decode(newest.at(-1)!.payload);
  assert.ok(Number(r.seq) >= 109);
  assert.equal(Number(r.timeMs), Date.UTC(2013, 1, 28, 16) + (Number(r.seq) - 1) * HOUR, 'seq n is row n of the file');
});
