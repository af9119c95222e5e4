/**
 * The pipeline's promise, end to end with real processes: agents replaying real stations, a gateway
 * and a cloud, each SIGKILLed at random moments more than once and restarted. At the end the cloud
 * holds exactly the readings the agents produced: every sequence number once, none missing, and each
 * reading the replayed file row it stands for.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { readBeijingCsv, sharedDataDir } from '../../common/datasets/index.js';
import { mulberry32 } from '../../common/random.js';
import { createStack } from './stack.js';

const STATIONS = ['dongsi', 'huairou', 'shunyi'];
const READINGS_PER_AGENT = 240;
const SPEEDUP = 36_000; // 10 hourly rows per second per agent
const CHAOS_MS = 20_000;
const DRAIN_TIMEOUT_MS = 120_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('SIGKILLing agents, gateway and cloud repeatedly loses no reading and stores none twice', { timeout: 240_000 }, async (t) => {
  const seed = Number(process.env.WX_CHAOS_SEED ?? Date.now() % 1_000_000);
  t.diagnostic(`chaos seed ${seed} (set WX_CHAOS_SEED to replay)`);
  const rand = mulberry32(seed);
  const stack = await createStack({ stations: STATIONS, speedup: SPEEDUP, maxReadings: () => READINGS_PER_AGENT, prefix: 'wx-chaos-' });
  const { running, start } = stack;

  try {
    await start('cloud');
    await start('gateway');
    await Promise.all(STATIONS.map(start));

    // Each tier is killed at least twice, at random moments, and restarted after a random outage.
    const victims = ['cloud', 'cloud', 'gateway', 'gateway', ...STATIONS, STATIONS[Math.floor(rand() * STATIONS.length)]!];
    const plan = victims.map((name) => ({ name, at: 1000 + rand() * (CHAOS_MS - 3000), downMs: 200 + rand() * 1500 })).sort((a, b) => a.at - b.at);
    const began = Date.now();
    const busy = new Map<string, Promise<void>>();
    const kills: Promise<void>[] = [];
    for (const step of plan) {
      await sleep(Math.max(0, began + step.at - Date.now()));
      const previous = busy.get(step.name) ?? Promise.resolve();
      const job = previous.then(async () => {
        await running.get(step.name)!.kill();
        t.diagnostic(`killed ${step.name} at ${Date.now() - began} ms, down ${Math.round(step.downMs)} ms`);
        await sleep(step.downMs);
        await start(step.name);
      });
      busy.set(step.name, job);
      kills.push(job);
    }
    await Promise.all(kills);

    // Drain: wait until the cloud holds every reading.
    const expected = READINGS_PER_AGENT * STATIONS.length;
    const dbPath = stack.cloudDbPath();
    const count = (await stack.waitForStored(expected, DRAIN_TIMEOUT_MS))?.readingsStored ?? 0;
    assert.equal(count, expected, `cloud stored ${count} of ${expected} readings`);

    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const data = sharedDataDir();
      for (const s of STATIONS) {
        const rows = db
          .prepare('SELECT r.seq AS seq, r.time_ms AS timeMs, COUNT(*) OVER () AS n FROM readings r JOIN stations st ON st.id = r.station_id WHERE st.device_id = ? ORDER BY r.seq')
          .all(s) as { seq: number; timeMs: number }[];
        assert.equal(rows.length, READINGS_PER_AGENT, `${s}: ${rows.length} readings stored`);
        const file = readBeijingCsv(join(data, 'beijing_prsa', `PRSA_Data_${s[0]!.toUpperCase()}${s.slice(1)}_20130301-20170228.csv`));
        rows.forEach((row, i) => {
          assert.equal(row.seq, i + 1, `${s}: sequence numbers are 1..${READINGS_PER_AGENT} without gaps`);
          assert.equal(row.timeMs, file[i]!.timeMs, `${s}: seq ${row.seq} is file row ${i + 1}`);
        });
      }
    } finally {
      db.close();
    }
  } catch (err) {
    t.diagnostic(stack.logs.slice(-80).join('\n'));
    throw err;
  } finally {
    await stack.stopAll();
  }
});

