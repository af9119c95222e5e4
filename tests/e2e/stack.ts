/**
 * A whole pipeline of real processes for end-to-end tests: a cloud hub, a gateway and replay agents
 * for Beijing stations, on free loopback ports in one temporary folder, each startable again after
 * a kill. Lines of their output are kept (the last 400) for a failing test to print.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { hashPassword, randomSecret } from '../../common/credentials.js';
import { freePort, REPO_ROOT, startProcess, type ManagedProcess } from '../../scripts/lib/processes.js';
import { testDir } from '../common/temp-dir.js';

export interface Stack {
  dir: string;
  httpPort: number;
  /** Starts (or starts again) 'cloud', 'gateway' or a station by its device id, and waits until it is ready. */
  start(name: string): Promise<ManagedProcess>;
  running: Map<string, ManagedProcess>;
  /** The agent's data folder. */
  agentDir(deviceId: string): string;
  /** The cloud's readings for one station, by seq. */
  cloudDbPath(): string;
  /** GET /api/v1/stats. */
  stats(): Promise<HubStats | undefined>;
  /** Polls the stats until the hub has stored `n` readings or `timeoutMs` has passed; the last stats seen. */
  waitForStored(n: number, timeoutMs: number): Promise<HubStats | undefined>;
  logs: string[];
  stopAll(): Promise<void>;
}

export interface HubStats {
  readingsStored: number;
  duplicatesDropped: number;
}

export interface StackOptions {
  stations: string[];
  speedup: number;
  /** --max-readings per agent start (a function: a test may raise it for a later start). */
  maxReadings: (deviceId: string) => number;
  prefix?: string;
}

export function findStationConfig(deviceId: string): string {
  const dir = join(REPO_ROOT, 'firmware-configs', 'replay');
  for (const f of readdirSync(dir)) {
    const doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as { deviceId?: string };
    if (doc.deviceId === deviceId) return join(dir, f);
  }
  throw new Error(`no replay config for ${deviceId}`);
}

export async function createStack(options: StackOptions): Promise<Stack> {
  const dir = testDir(options.prefix ?? 'wx-e2e-');
  const [httpPort, grpcPort, mqttPort] = [await freePort(), await freePort(), await freePort()];
  const token = randomSecret();
  const passwords = Object.fromEntries(options.stations.map((s) => [s, randomSecret()]));
  const gatewayConfig = join(dir, 'gateway.yaml');
  writeFileSync(
    gatewayConfig,
    stringifyYaml({
      gatewayId: 'gw-e2e',
      devices: options.stations.map((s) => ({ deviceId: s, site: 'beijing', passwordHash: hashPassword(passwords[s]!) })),
      forwarding: { retryInitialMs: 100, retryMaxMs: 1000 },
    }),
  );
  const logs: string[] = [];
  const keep = (name: string) => (line: string) => {
    logs.push(`[${name}] ${line}`);
    if (logs.length > 400) logs.shift();
  };
  const agentDir = (s: string): string => join(dir, `agent-${s}`);
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
  for (const s of options.stations) {
    starters[s] = () =>
      startProcess({
        name: s,
        tier: 'agent',
        readyFile: join(dir, `${s}.ready.json`),
        output: keep(s),
        env: { WX_AGENT_PASSWORD: passwords[s] },
        args: ['--config', findStationConfig(s), '--data-dir', agentDir(s), '--gateway', `mqtt://127.0.0.1:${mqttPort}`, '--speedup', String(options.speedup), '--max-readings', String(options.maxReadings(s)), '--log-level', 'warn'],
      });
  }
  const running = new Map<string, ManagedProcess>();
  const stats = async (): Promise<HubStats | undefined> => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/api/v1/stats`).catch(() => undefined);
    return res?.ok ? ((await res.json()) as HubStats) : undefined;
  };
  return {
    dir,
    httpPort,
    running,
    logs,
    agentDir,
    async start(name) {
      const p = starters[name]!();
      running.set(name, p);
      await p.ready;
      return p;
    },
    cloudDbPath() {
      const cloudDir = join(dir, 'cloud');
      const db = readdirSync(cloudDir).find((f) => f.endsWith('.db') || f.endsWith('.sqlite'));
      if (!db) throw new Error(`no database file in ${cloudDir}`);
      return join(cloudDir, db);
    },
    stats,
    async waitForStored(n, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let last: HubStats | undefined;
      while (Date.now() < deadline) {
        last = (await stats()) ?? last; // the hub may be down a moment (a test killed it)
        if ((last?.readingsStored ?? 0) >= n) break;
        await new Promise((r) => setTimeout(r, 300));
      }
      return last;
    },
    async stopAll() {
      await Promise.all([...running.values()].map((p) => p.stop(5000)));
    },
  };
}
