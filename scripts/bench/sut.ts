import { randomBytes, scrypt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { REPO_ROOT, startProcess, type ManagedProcess } from '../lib/processes.js';
import { deviceId } from './loadgen.js';

/**
 * The system under test: wx-cloud and wx-gateway as child processes (from dist/), on port 0 with
 * ready files, temp data folders and a gateway config holding the simulated devices' credentials.
 */
export interface SutOptions {
  dir: string;
  devices: number;
  site: string;
  deviceIdPrefix: string;
  password: string;
  /** scrypt cost N of the device password hash (the gateway verifies it once per CONNECT). */
  scryptN: number;
  token: string;
  logLevel: string;
  /** Extra command-line arguments per program (e.g. TLS files). */
  cloudArgs?: string[];
  gatewayArgs?: string[];
  /** Extra gateway config (forwarding, outbox), merged over the defaults. */
  gatewayConfigExtra?: Record<string, unknown>;
  /** A cloud config file's content (the hub runs on its defaults without one). */
  cloudConfig?: Record<string, unknown>;
  output: (name: string, line: string) => void;
  /** When set, both programs write V8 CPU profiles (cpu-profile-hook.ts) under <profileDir>/<name>. */
  profileDir?: string;
}

export interface Sut {
  cloud: ManagedProcess;
  gateway: ManagedProcess;
  cloudInfo: { pid: number; httpUrl: string; grpcAddress: string };
  gatewayInfo: { pid: number; mqttUrl: string; metricsUrl: string };
  cloudDataDir: string;
  gatewayDataDir: string;
  stop(): Promise<void>;
}

/**
 * `scrypt$N$salt$hash` as common/credentials.ts hashPassword writes it (and verifyPassword reads
 * it), with the cost N chosen here; computed off the main thread.
 */
export async function hashPasswordN(password: string, n: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, 32, { N: n, maxmem: 256 * n * 8 }, (err, k) => (err ? reject(err) : resolve(k))),
  );
  return `scrypt$${n}$${salt.toString('hex')}$${key.toString('hex')}`;
}

export async function startSut(o: SutOptions): Promise<Sut> {
  const cloudDataDir = join(o.dir, 'cloud');
  const gatewayDataDir = join(o.dir, 'gateway');
  mkdirSync(cloudDataDir, { recursive: true });
  mkdirSync(gatewayDataDir, { recursive: true });
  // One hash shared by every device (same password, same salt): the config stays realistic for the
  // gateway (one scrypt verification per CONNECT) without 1,000 x 50 ms of hashing here.
  const passwordHash = await hashPasswordN(o.password, o.scryptN);
  const devices = Array.from({ length: o.devices }, (_, i) => ({ deviceId: deviceId(o.deviceIdPrefix, i), site: o.site, passwordHash }));
  const configPath = join(o.dir, 'gateway.json');
  writeFileSync(configPath, JSON.stringify({ gatewayId: 'gw-bench', devices, ...o.gatewayConfigExtra }, null, 1));

  const common = ['--log-level', o.logLevel];
  const cloudConfigArgs: string[] = [];
  if (o.cloudConfig) {
    const cloudConfigPath = join(o.dir, 'cloud.json');
    writeFileSync(cloudConfigPath, JSON.stringify(o.cloudConfig, null, 1));
    cloudConfigArgs.push('--config', cloudConfigPath);
  }
  const hook = new URL(`./cpu-profile-hook${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  const env = (name: string): NodeJS.ProcessEnv =>
    o.profileDir
      ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${hook}`.trim(), WX_BENCH_PROFILE_DIR: join(o.profileDir, name) }
      : {};
  const cloud = startProcess({
    name: 'cloud',
    tier: 'cloud',
    args: ['--http', '127.0.0.1:0', '--grpc', '127.0.0.1:0', `--gateway-token=${o.token}`, '--data-dir', cloudDataDir, ...cloudConfigArgs, ...common, ...(o.cloudArgs ?? [])],
    readyFile: join(o.dir, 'cloud.ready.json'),
    env: env('cloud'),
    output: (line) => o.output('cloud', line),
    readyTimeoutMs: 30_000,
  });
  let gateway: ManagedProcess | undefined;
  try {
    const cloudInfo = (await cloud.ready) as Sut['cloudInfo'];
    gateway = startProcess({
      name: 'gateway',
      tier: 'gateway',
      args: [
        '--config', configPath,
        '--mqtt', '127.0.0.1:0',
        '--cloud', cloudInfo.grpcAddress,
        `--cloud-token=${o.token}`,
        '--metrics', '127.0.0.1:0',
        '--data-dir', gatewayDataDir,
        ...common,
        ...(o.gatewayArgs ?? []),
      ],
      readyFile: join(o.dir, 'gateway.ready.json'),
      env: env('gateway'),
      output: (line) => o.output('gateway', line),
      readyTimeoutMs: 60_000,
    });
    const gatewayInfo = (await gateway.ready) as Sut['gatewayInfo'];
    const gw = gateway;
    return {
      cloud,
      gateway: gw,
      cloudInfo,
      gatewayInfo,
      cloudDataDir,
      gatewayDataDir,
      async stop() {
        await gw.stop(10_000);
        await cloud.stop(10_000);
      },
    };
  } catch (err) {
    await gateway?.stop(3000);
    await cloud.stop(3000);
    throw err;
  }
}

export interface SutAgentOptions {
  /** Folder for the agent's config, ready file and data. */
  dir: string;
  /** A committed station config, relative to the repository root (e.g. firmware-configs/simulated.yaml). */
  configFile: string;
  deviceId: string;
  site: string;
  password: string;
  /** Changes to the config before it is written (nowcast, source, gateway TLS). */
  edit?: (config: Record<string, unknown>) => void;
  name?: string;
  output?: 'inherit' | 'ignore' | ((line: string) => void);
}

/** Writes a committed station config as one device of the gateway (id, site, `edit`), returning its path. */
export function writeAgentConfig(o: Omit<SutAgentOptions, 'password' | 'output'>): string {
  const config = parseYaml(readFileSync(join(REPO_ROOT, o.configFile), 'utf8')) as Record<string, unknown>;
  config.deviceId = o.deviceId;
  config.site = o.site;
  o.edit?.(config);
  const path = join(o.dir, `${o.name ?? 'agent'}.yaml`);
  writeFileSync(path, stringifyYaml(config));
  return path;
}

/** A wx-agent publishing into the Sut's gateway at 3600x, with a metrics server, from a committed config. */
export function startSutAgent(sut: Sut, o: SutAgentOptions): ManagedProcess {
  const name = o.name ?? 'agent';
  return startProcess({
    name, tier: 'agent', readyFile: join(o.dir, `${name}.ready.json`), output: o.output ?? 'ignore', env: { WX_AGENT_PASSWORD: o.password },
    args: ['--config', writeAgentConfig(o), '--data-dir', join(o.dir, name), '--gateway', sut.gatewayInfo.mqttUrl, '--speedup', '3600', '--metrics', '127.0.0.1:0', '--log-level', 'warn'],
  });
}

/** Readings the Sut's cloud has stored (GET /api/v1/stats). */
export async function readingsStored(sut: Sut): Promise<number> {
  return (JSON.parse(await fetchText(`${sut.cloudInfo.httpUrl}/api/v1/stats`)) as { readingsStored: number }).readingsStored;
}

/** Polls `check` until it holds; throws naming `what` after `timeoutMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The SQLite files a program left in its data folder (the cloud store, for the latency query). */
export function sqliteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(sqlite|sqlite3|db)$/.test(f))
    .map((f) => join(dir, f));
}

/** GET a URL's body as text, bounded in time. */
export async function fetchText(url: string, timeoutMs = 5000): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.text();
}

/** Sum of every sample of a Prometheus counter/gauge (all label sets) in a /metrics text. */
export function metricSum(text: string, name: string): number | undefined {
  let sum: number | undefined;
  const re = new RegExp(`^${name}(?:\\{[^}]*\\})?\\s+([-+0-9.eE]+|NaN)\\s*$`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) sum = (sum ?? 0) + Number(m[1]);
  return sum;
}

/** Cumulative bucket counts (le -> count, +Inf as Infinity) of a Prometheus histogram, all label sets summed. */
export function histogramBuckets(text: string, name: string): Map<number, number> {
  const out = new Map<number, number>();
  const re = new RegExp(`^${name}_bucket\\{[^}]*le="([^"]+)"[^}]*\\}\\s+([0-9.eE+-]+)\\s*$`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const le = m[1] === '+Inf' ? Infinity : Number(m[1]);
    out.set(le, (out.get(le) ?? 0) + Number(m[2]));
  }
  return out;
}

/** Upper bound of the bucket holding quantile q of the observations made between two scrapes; NaN if none. */
export function histogramQuantile(before: Map<number, number>, after: Map<number, number>, q: number): number {
  const les = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  if (total <= 0) return NaN;
  for (const le of les) if ((after.get(le) ?? 0) - (before.get(le) ?? 0) >= q * total) return le;
  return Infinity;
}
