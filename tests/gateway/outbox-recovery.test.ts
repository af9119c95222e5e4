/**
 * A gateway's outbox file damaged on disk while the cloud was away (garbage over a page: a power
 * cut on storage that does not keep its writes). Found while forwarding, the gateway stops and exits
 * non-zero for systemd to restart it, leaving a marker; the restart sets the file aside, carries over
 * every row it can read and forwards them. Before, a damaged outbox failed every start. Real
 * processes, sockets and files.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { stringify } from 'yaml';
import { corruptMarkerPath } from '../../common/sqlite-salvage.js';
import { damagePages, forgetCachedPages, leafPages } from '../common/sqlite-damage.js';
import { batch, connectDevice, counterValue, device, deviceConfig, freePort, gatewayProcess, pageAll, reading, readingsTopic, scrapeMetric, seqsOfRows, startFakeCloud, startTestGateway, stopProcess, tempDir, waitFor, type FakeCloud } from './helpers.js';

const st = device('st-damaged');
const MESSAGES = 600;

void test('a gateway that finds its outbox damaged exits to be restarted, and the restart forwards every reading that could be read', { timeout: 120_000 }, async (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'gateway.yaml'), stringify({ gatewayId: 'gw-damaged', devices: [deviceConfig(st)], outbox: { reserveMiB: 1 }, forwarding: { retryInitialMs: 50, retryMaxMs: 300 } }));
  const cloudPort = await freePort();
  const start = (readyFile: string) => {
    const { command, ready } = gatewayProcess(dir, `127.0.0.1:${cloudPort}`, { readyFile });
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    return { child, ready, output: () => out, exited: once(child, 'exit') as Promise<[number | null]> };
  };
  let cloud: FakeCloud | undefined;
  const first = start(join(dir, 'ready-1.json'));
  let second: ReturnType<typeof start> | undefined;
  try {
    // The cloud is away: every message waits in the outbox, one stored row per message.
    const info = await first.ready;
    const c = await connectDevice(info.mqttUrl, st);
    for (let s = 1; s <= MESSAGES; s++) await c.publishAsync(readingsTopic(st), batch(reading(st.deviceId, s)), { qos: 1 });
    await c.endAsync();

    const path = join(dir, 'data', 'outbox.sqlite');
    const db = new Database(path);
    db.pragma('wal_checkpoint(TRUNCATE)'); // the rows into the file: the damage hits their only copy
    const rows = db.prepare('SELECT id, seq, n FROM outbox').all() as { id: number; seq: number; n: number }[];
    db.close();
    assert.equal(rows.length, MESSAGES, 'one row per message');
    const leaves = leafPages(path, 'outbox', 'id');
    const hit = leaves[Math.floor(leaves.length / 2)]!;
    const lostIds = new Set(hit.keys);
    const lost = new Set(rows.filter((r) => lostIds.has(r.id)).map((r) => r.seq));
    assert.ok(lost.size > 0 && lost.size < MESSAGES / 4, `${lost.size} readings on the damaged page`);
    damagePages(path, [hit.page]);
    forgetCachedPages(path); // the gateway's connections read the damaged page, not a copy of it

    // The cloud is back: forwarding reaches the damaged page.
    cloud = await startFakeCloud({ port: cloudPort });
    const [code] = await first.exited;
    assert.equal(code, 70, 'exits non-zero, for systemd to restart it');
    assert.match(first.output(), /outbox unusable/);
    assert.ok(existsSync(corruptMarkerPath(path)), 'a marker for the next start');

    second = start(join(dir, 'ready-2.json'));
    const again = await second.ready;
    const expected = Array.from({ length: MESSAGES }, (_, i) => `${st.deviceId}:${i + 1}`).filter((_, i) => !lost.has(i + 1));
    await waitFor('every reading not on the damaged page at the cloud', () => expected.every((k) => cloud!.keys().has(k)), 30_000);
    // The damaged page's readings may still have arrived: the forwarder keeps handing batches to a
    // connecting gRPC call while the cloud is away, and one read before the damage can be delivered.
    assert.equal(await scrapeMetric(again.metricsUrl, 'wx_gateway_outbox_recovered_total'), 1);
    assert.equal(existsSync(corruptMarkerPath(path)), false, 'the marker is gone');
    assert.equal(readdirSync(join(dir, 'data')).filter((f) => /^outbox\.corrupt-.*\.sqlite$/.test(f)).length, 1, 'the damaged file is kept for the operator');
    assert.match(second.output(), /outbox was damaged: set aside/);

    // And it takes messages again.
    const d = await connectDevice(again.mqttUrl, st);
    await d.publishAsync(readingsTopic(st), batch(reading(st.deviceId, MESSAGES + 1)), { qos: 1 });
    await d.endAsync();
    await waitFor('the new reading at the cloud', () => cloud!.keys().has(`${st.deviceId}:${MESSAGES + 1}`), 10_000);
  } catch (err) {
    t.diagnostic(first.output().slice(-3000));
    if (second) t.diagnostic(second.output().slice(-3000));
    throw err;
  } finally {
    await stopProcess(first.child);
    if (second) await stopProcess(second.child);
    await cloud?.stop();
  }
});

void test('a gateway started on an outbox damaged while it was down sets it aside and keeps the rows it can read', async () => {
  const dataDir = tempDir();
  const cloudPort = await freePort(); // nothing listens yet: everything stays in the outbox
  let gw = await startTestGateway([st], `127.0.0.1:${cloudPort}`, { dataDir });
  const c = await connectDevice(gw.mqttUrl, st);
  for (let s = 1; s <= 300; s++) await c.publishAsync(readingsTopic(st), batch(reading(st.deviceId, s)), { qos: 1 });
  await c.endAsync();
  await gw.stop();
  const path = join(dataDir, 'outbox.sqlite');
  const leaves = leafPages(path, 'outbox', 'id');
  const hit = leaves[1]!;
  damagePages(path, [hit.page]);

  gw = await startTestGateway([st], `127.0.0.1:${cloudPort}`, { dataDir });
  try {
    assert.equal(await counterValue(gw.metrics.outboxRecovered), 1);
    assert.equal(gw.outbox.depth(), 300 - hit.keys.length, 'every reading but those on the damaged page');
    assert.deepEqual(seqsOfRows(pageAll(gw.outbox)), Array.from({ length: 300 }, (_, i) => i + 1).filter((s) => !hit.keys.includes(s)), 'in order, ids and seqs kept');
  } finally {
    await gw.stop();
  }
});
