/**
 * The pipeline's promise, end to end with real processes: agents replaying real stations, a gateway
 * and a cloud, each SIGKILLed at random moments more than once and restarted. At the end the cloud
 * holds exactly the readings the agents produced: every sequence number once, none missing, and each
 * reading the replayed file row it stands for.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { testDir } from '../common/temp-dir.js';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { hashPassword, randomSecret } from '../../common/credentials.js';
import { readBeijingCsv, sharedDataDir } from '../../common/datasets/index.js';
import { freePort, REPO_ROOT, startProcess, type ManagedProcess } from '../../scripts/lib/processes.js';
import { mulberry32 } from '../../common/random.js';

const STATIONS = ['dongsi', 'huairou', 'shunyi'];
const READINGS_PER_AGENT = 240;
const SPEEDUP = 36_000; // 10 hourly rows per second per agent
const CHAOS_MS = 20_000;
const DRAIN_TIMEOUT_MS = 120_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function findStationConfig(deviceId: string): string {
  const dir = join(REPO_ROOT, 'firmware-configs', 'replay');
  for (const f of readdirSync(dir)) {
    const doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as { deviceId?: string };
    if (doc.deviceId === deviceId) return join(dir, f);
  }
  throw new Error(`no replay config for ${deviceId}`);
}

test('SIGKILLing agents, gateway and cloud repeatedly loses no reading and stores none twice', { timeout: 240_000 }, async (t) => {
  const seed = Number(process.env.WX_CHAOS_SEED ?? Date.now() % 1_000_000);
  t.diagnostic(`chaos seed ${seed} (set WX_CHAOS_SEED to replay)`);
  const rand = mulberry32(seed);
  const dir = testDir('wx-chaos-');
  const [httpPort, grpcPort, mqttPort] = [await freePort(), await freePort(), await freePort()];
  const token = randomSecret();
  const passwords = Object.fromEntries(STATIONS.map((s) => [s, randomSecret()]));
  const gatewayConfig = join(dir, 'gateway.yaml');
  writeFileSync(
    gatewayConfig,
    stringifyYaml({
      gatewayId: 'gw-chaos',
      devices: STATIONS.map((s) => ({ deviceId: s, site: 'beijing', passwordHash: hashPassword(passwords[s]!) })),
      forwarding: { retryInitialMs: 100, retryMaxMs: 1000 },
    }),
  );
  const logs: string[] = [];
  const keep = (name: string) => (line: string) => {
    logs.push(`[${name}] ${line}`);
    if (logs.length > 400) logs.shift();
  };

  const starters: Record<string, () => ManagedProcess> = {
    cloud: () =>
      startProcess({
        name: 'cloud',
        tier: 'cloud',
        readyFile: join(dir, 'cloud.ready.json'),
        output: keep('cloud'),
        args: ['--data-dir', join(dir, 'cloud'), '--http', `127.0.0.1:${httpPort}`, '--grpc', `127.0.0.1:${grpcPort}`, `--gateway-token=${token}`, '--log-level', 'warn'],
      }),
    gateway: () =>
      startProcess({
        name: 'gateway',
        tier: 'gateway',
        readyFile: join(dir, 'gateway.ready.json'),
        output: keep('gateway'),
        args: ['--config', gatewayConfig, '--data-dir', join(dir, 'gateway'), '--mqtt', `127.0.0.1:${mqttPort}`, '--metrics', '127.0.0.1:0', '--cloud', `127.0.0.1:${grpcPort}`, `--cloud-token=${token}`, '--log-level', 'warn'],
      }),
  };
  for (const s of STATIONS) {
    starters[s] = () =>
      startProcess({
        name: s,
        tier: 'agent',
        readyFile: join(dir, `${s}.ready.json`),
        output: keep(s),
        env: { WX_AGENT_PASSWORD: passwords[s] },
        args: ['--config', findStationConfig(s), '--data-dir', join(dir, `agent-${s}`), '--gateway', `mqtt://127.0.0.1:${mqttPort}`, '--speedup', String(SPEEDUP), '--max-readings', String(READINGS_PER_AGENT), '--log-level', 'warn'],
      });
  }
  const running = new Map<string, ManagedProcess>();
  const start = async (name: string): Promise<void> => {
    const p = starters[name]!();
    running.set(name, p);
    await p.ready;
  };

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
    const dbPath = join(dir, 'cloud', findDbName(join(dir, 'cloud')));
    let count = 0;
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const res = await fetch(`http://127.0.0.1:${httpPort}/api/v1/stats`).catch(() => undefined);
      if (res?.ok) {
        const stats = (await res.json()) as { readingsStored?: number; readings?: { stored?: number } };
        count = stats.readingsStored ?? stats.readings?.stored ?? 0;
        if (count >= expected) break;
      }
      await sleep(500);
    }
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
    t.diagnostic(logs.slice(-80).join('\n'));
    throw err;
  } finally {
    await Promise.all([...running.values()].map((p) => p.stop(5000)));
  }
});

function findDbName(cloudDir: string): string {
  const db = readdirSync(cloudDir).find((f) => f.endsWith('.db') || f.endsWith('.sqlite'));
  if (!db) throw new Error(`no database file in ${cloudDir}`);
  return db;
}
