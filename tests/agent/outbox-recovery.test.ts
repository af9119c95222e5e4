/**
 * A station's outbox file damaged on disk (a power cut on an SD card that lies about flushes): the
 * agent sets it aside, carries over what can still be read, and counts on above every seq it used,
 * instead of failing at every start. Real SQLite files, damaged the way a disk damages them: garbage
 * over pages.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { NODE_FLAGS } from '../../scripts/lib/processes.js';
import { test } from 'node:test';
import { silentLogger } from '../../common/logger.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { QC_TESTS } from '../../common/variables.js';
import { createAgentMetrics } from '../../device-agent/metrics.js';
import { openOutbox, outboxPath } from '../../device-agent/outbox/open.js';
import { Outbox } from '../../device-agent/outbox/outbox.js';
import { openOutboxRecovering } from '../../device-agent/outbox/recover.js';
import { markCorrupt } from '../../common/sqlite-salvage.js';
import { openSeqFloor, SEQ_FLOOR_STEP } from '../../device-agent/outbox/seq-floor.js';
import { v1 } from '../../protos/index.js';
import { captureLogs } from '../common/log-capture.js';
import { damagePages, leafPages } from '../common/sqlite-damage.js';
import { buildAgent, metricValue } from './harness.js';
import { collectReadings, startBroker, tempDir, testConfig, waitFor } from './helpers.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2016, 0, 1);
const N = 3000;

function reading(i: number) {
  return { timeMs: T0 + i * HOUR, clockSynced: true, clockSuspect: false, values: { temperature: i / 10, pressure: 1000 + i / 100 } };
}

/** The replay source's cursor (its row in the file). */
const cursor = (i: number): string => JSON.stringify({ index: i + 1, lap: 0 });

function outcome(seq: number, timeMs: number) {
  return { seq, timeMs, clockSuspect: false, variables: { temperature: { value: 1, flag: 1, tests: QC_TESTS.step } } };
}

/** N readings through the agent's own opener (floor file, reserve); the first half decided, none acknowledged. */
function fillStation(dataDir: string): void {
  const config = testConfig();
  const box = openOutbox(config, dataDir, createAgentMetrics(createMetricsRegistry('agent')), silentLogger());
  for (let i = 0; i < N; i++) box.append(reading(i), cursor(i));
  box.decide(Array.from({ length: N / 2 }, (_, i) => outcome(i + 1, T0 + i * HOUR)));
  box.close(); // checkpoints the WAL into the file: the damage below hits the only copy
}

function agentOutbox(dataDir: string, now?: () => number) {
  const registry = createMetricsRegistry('agent');
  const metrics = createAgentMetrics(registry);
  // What the opener logs: the operator's sign, besides the metric and the status.
  const { logger, lines } = captureLogs('wx-agent', 'warn');
  const config = testConfig();
  if (!now) return { box: openOutbox(config, dataDir, metrics, logger), registry, lines };
  // The same options as openOutbox, with the clock injected (recover.ts decides on it).
  const box = openOutboxRecovering(outboxPath(dataDir), { deviceId: config.deviceId, maxReadings: config.outbox.maxReadings, onFull: config.outbox.onFull, historyMaxAgeMs: config.outbox.historyMaxAgeMs, seqFloor: openSeqFloor(join(dataDir, 'outbox.seq-floor'), config.deviceId), now }, { now });
  return { box, registry, lines };
}

void test('a damaged outbox is set aside: readable readings are carried over with their seqs, and new seqs start above the recorded floor', async () => {
  const dataDir = join(tempDir(), 'data');
  fillStation(dataDir);
  const path = outboxPath(dataDir);
  const outboxLeaves = leafPages(path, 'outbox', 'seq');
  assert.ok(outboxLeaves.length > 10, `the outbox spans ${outboxLeaves.length} leaves`);
  const hit = outboxLeaves[Math.floor(outboxLeaves.length / 2)]!;
  damagePages(path, [hit.page]);
  const damaged = Outbox.open(path, { deviceId: 'dongsi', maxReadings: 100_000, onFull: 'drop-oldest', historyMaxAgeMs: HOUR });
  assert.throws(() => damaged.readyRows('oldest', N, new Set()), /malformed/, 'the damage is real: reading the outbox fails');
  damaged.close();

  const { box, registry, lines } = agentOutbox(dataDir);
  try {
    const r = box.recovered;
    assert.ok(r, 'recovered');
    assert.match(r.reason, /SQLITE_CORRUPT|quick_check/);
    assert.equal(r.seqFrom, 'floor');
    assert.equal(r.oldLastSeq, N);
    assert.equal(r.firstSeq, SEQ_FLOOR_STEP + 1, 'above the floor recorded at the first reading');
    assert.equal(r.salvaged.outbox, N - hit.keys.length, `every reading but the ${hit.keys.length} on the damaged page`);
    assert.ok(existsSync(r.movedTo), 'the damaged file is kept for the operator');
    assert.deepEqual(readdirSync(dataDir).filter((f) => f.includes('corrupt') && f.endsWith('.sqlite')), [r.movedTo.split('/').pop()]);

    const lost = new Set(hit.keys);
    const carried = box.readyRows('oldest', N, new Set()).map((row) => row.seq);
    assert.deepEqual(carried, Array.from({ length: N / 2 }, (_, i) => i + 1).filter((s) => !lost.has(s)), 'decided readings stay publishable, in order, with their seqs');
    assert.equal(box.depth, N - hit.keys.length);
    assert.equal(box.held().length, N / 2 - hit.keys.filter((s) => s > N / 2).length, 'undecided readings wait for QC as after any restart');
    assert.equal(box.cursor, cursor(N - 1), 'the source resumes where it was');
    assert.equal(box.append(reading(N), cursor(N)), SEQ_FLOOR_STEP + 1);
    assert.equal(await metricValue(registry, 'wx_agent_outbox_recovered_total'), 1);
    assert.ok(lines.some((l) => l.level === 50 && /outbox was corrupted/.test(l.msg) && l.movedTo === r.movedTo), 'logged as an error with where the file went');
  } finally {
    box.close();
  }
  // Reopened: healthy now, not set aside again, and counting on.
  const again = agentOutbox(dataDir).box;
  assert.equal(again.recovered, undefined);
  assert.equal(again.lastSeq, SEQ_FLOOR_STEP + 1);
  again.close();
});

void test('a file that is no database any more, with the floor file lost too: new seqs come from a trusted clock, above every seq counted before', () => {
  const dataDir = join(tempDir(), 'data');
  fillStation(dataDir);
  const path = outboxPath(dataDir);
  const pages = statSync(path).size / 4096;
  damagePages(path, Array.from({ length: pages }, (_, i) => i + 1));
  rmSync(join(dataDir, 'outbox.seq-floor'));
  const nowMs = Date.UTC(2026, 10, 24, 12);
  const { box } = agentOutbox(dataDir, () => nowMs);
  try {
    assert.equal(box.recovered?.seqFrom, 'clock');
    assert.match(box.recovered.reason, /SQLITE_NOTADB/);
    assert.deepEqual(box.recovered.salvaged, { outbox: 0, history: 0 });
    assert.equal(box.recovered.firstSeq, nowMs + 1);
    assert.equal(box.append(reading(0), 'row-0'), nowMs + 1);
  } finally {
    box.close();
  }
  const floor = JSON.parse(readFileSync(join(dataDir, 'outbox.seq-floor'), 'utf8')) as { reservedThrough: number };
  assert.equal(floor.reservedThrough, nowMs + SEQ_FLOOR_STEP, 'the floor is recorded again before the first new reading');
});

void test('with neither floor nor a trusted clock, the recovery says new seqs may repeat old ones', () => {
  const dataDir = join(tempDir(), 'data');
  fillStation(dataDir);
  damagePages(outboxPath(dataDir), [1]);
  rmSync(join(dataDir, 'outbox.seq-floor'));
  const { box } = agentOutbox(dataDir, () => 90_000); // a Pi without RTC, booted in 1970
  try {
    assert.equal(box.recovered?.seqFrom, 'salvaged');
    assert.equal(box.recovered.firstSeq, 1, 'the header is gone: nothing read back');
  } finally {
    box.close();
  }
});

void test('damage found while running is marked, and the next start sets the file aside though quick_check passes', () => {
  const dataDir = join(tempDir(), 'data');
  fillStation(dataDir);
  markCorrupt(outboxPath(dataDir), Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT_INDEX' }));
  const { box } = agentOutbox(dataDir);
  try {
    assert.match(box.recovered?.reason ?? '', /marked corrupt by the last run: .*SQLITE_CORRUPT_INDEX/);
    assert.equal(box.recovered?.salvaged.outbox, N, 'a readable file gives back every reading');
    assert.equal(existsSync(`${outboxPath(dataDir)}.corrupt`), false, 'the marker is gone once acted on');
  } finally {
    box.close();
  }
});

void test('a healthy outbox is opened as it is, and the floor is written once per step, not per reading', () => {
  const dataDir = join(tempDir(), 'data');
  fillStation(dataDir);
  const floorPath = join(dataDir, 'outbox.seq-floor');
  const written = statSync(floorPath).mtimeMs;
  assert.deepEqual(JSON.parse(readFileSync(floorPath, 'utf8')), { deviceId: 'dongsi', reservedThrough: SEQ_FLOOR_STEP });
  const { box } = agentOutbox(dataDir);
  try {
    assert.equal(box.recovered, undefined);
    assert.equal(box.lastSeq, N);
    assert.deepEqual(readdirSync(dataDir).filter((f) => f.includes('corrupt')), []);
    box.append(reading(N), 'x');
    assert.equal(statSync(floorPath).mtimeMs, written, 'not rewritten below the bound');
  } finally {
    box.close();
  }
});

void test('an outbox that cannot be opened for another reason (not a file) is not taken for a damaged one', () => {
  const dataDir = join(tempDir(), 'data');
  mkdirSync(outboxPath(dataDir), { recursive: true }); // a folder where the file should be
  assert.throws(() => agentOutbox(dataDir), (err: Error & { code?: string }) => !/corrupt/i.test(err.message) && err.code !== undefined);
  assert.deepEqual(readdirSync(dataDir).filter((f) => f.includes('corrupt')), [], 'nothing set aside');
});

void test('the station tells its gateway in its status that its outbox was replaced', async () => {
  const dataDir = join(tempDir(), 'data');
  fillStation(dataDir);
  damagePages(outboxPath(dataDir), [leafPages(outboxPath(dataDir), 'outbox', 'seq')[3]!.page]);
  const broker = await startBroker();
  const collector = await collectReadings(broker);
  const details: Record<string, string>[] = [];
  await collector.client.subscribeAsync('wx/v1/beijing/dongsi/status', { qos: 1 });
  collector.client.on('message', (topic, payload) => {
    if (topic.endsWith('/status')) details.push(v1.DeviceStatus.decode(payload).details);
  });
  const { agent, outbox } = await buildAgent(testConfig({ gateway: { url: broker.url } }), dataDir, SEQ_FLOOR_STEP + 5);
  agent.start();
  try {
    await waitFor(() => details.length > 0, 10_000, 'a status');
    assert.match(details[0]!.outboxRecovered ?? '', /^outbox\.corrupt-[-0-9TZ]+\.sqlite: \d+ unsent readings carried over, seqs from 10001 \(floor\)$/);
  } finally {
    await agent.stop();
    outbox.close();
    await collector.close();
    await broker.close();
  }
});

void test("a damaged outbox of 300,000 readings (outbox.maxReadings raised) recovers within the agent's heap bound", async () => {
  // The agent's own V8 flags (scripts/lib/processes.ts, deploy/systemd): the rows must be copied
  // across in chunks, not held at once (that ran out of heap), nor spread into Math.max (a RangeError).
  const child = spawn(process.execPath, [...NODE_FLAGS.agent, '--import', 'tsx', 'tests/agent/fixtures/recover-big-outbox.ts', tempDir(), '300000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, err.slice(-2000));
  const r = JSON.parse(out) as { salvaged: number; lost: number; firstSeq: number };
  assert.equal(r.salvaged, 300_000 - r.lost, 'every reading but those on the damaged page');
  assert.equal(r.firstSeq, 300_001, 'above every seq the old outbox used (its floor was lower)');
});
