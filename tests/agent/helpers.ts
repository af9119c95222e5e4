import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { testDir } from '../common/temp-dir.js';
import { createServer, type Server, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { Aedes, type AedesOptions } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';
import { stringify } from 'yaml';
import { validateFirmwareConfig } from '../../device-agent/config/load.js';
import type { FirmwareConfig } from '../../device-agent/config/types.js';
import { v1, type Reading } from '../../protos/index.js';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const SHARED = resolve(REPO, '..', 'shared', 'data');
export const DONGSI_FILE = 'beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv';

export function tempDir(prefix = 'wx-agent-'): string {
  return testDir(prefix);
}

export interface TestBroker {
  url: string;
  broker: Aedes;
  dropClients(): void;
  close(): Promise<void>;
}

/** A real aedes broker on 127.0.0.1, port 0. */
export async function startBroker(options: AedesOptions = {}): Promise<TestBroker> {
  const broker = await Aedes.createBroker(options);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    broker.handle(socket);
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const port = (server.address() as { port: number }).port;
  return {
    url: `mqtt://127.0.0.1:${port}`,
    broker,
    /** Cuts every client connection (a network outage, as the clients see it). */
    dropClients: () => {
      for (const s of sockets) s.destroy();
    },
    close: async () => {
      await new Promise<void>((res) => broker.close(() => res()));
      for (const s of sockets) s.destroy();
      await new Promise<void>((res) => server.close(() => res()));
    },
  };
}

type Raw = Record<string, unknown>;

/** A raw firmware config (Dongsi replay by default) with shallow section overrides. */
export function rawConfig(overrides: Raw = {}): Raw {
  return {
    deviceId: 'dongsi',
    site: 'beijing',
    station: { name: 'Dongsi', latitude: 39.929, longitude: 116.417, elevationM: null },
    hardware: 'replay',
    samplingIntervalMs: 3_600_000,
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 } },
    gateway: { url: 'mqtt://127.0.0.1:1' },
    qc: { maxFutureSkewMs: 86_400_000, calmWindMs: 0.2, variables: {} },
    clock: { syncCheck: 'assume-synced' },
    outbox: { reserveMiB: 1 }, // not the default 8 MiB: tests start many agents
    ...overrides,
  };
}

export function testConfig(overrides: Raw = {}): FirmwareConfig {
  return validateFirmwareConfig(rawConfig(overrides), 'test config');
}

export function writeConfig(dir: string, raw: Raw, name = 'agent.yaml'): string {
  const path = join(dir, name);
  writeFileSync(path, stringify(raw));
  return path;
}

/** A subscriber that decodes every ReadingBatch and counts each seq. */
export interface Collector {
  client: MqttClient;
  seen: Map<number, number>;
  order: number[];
  times: Map<number, number>;
  readings: Reading[];
  waitFor(pred: () => boolean, timeoutMs: number, what: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Records every ReadingBatch the broker accepts (aedes' publish event: independent of any subscriber
 * being connected at that moment), and gives a plain client for other topics.
 */
export async function collectReadings(broker: TestBroker): Promise<Collector> {
  const client = await mqtt.connectAsync(broker.url, { clientId: `collector-${process.pid}-${Math.random().toString(36).slice(2)}`, reconnectPeriod: 200 });
  const c: Collector = {
    client,
    seen: new Map(),
    order: [],
    times: new Map(),
    readings: [],
    waitFor: (pred, timeoutMs, what) => waitFor(pred, timeoutMs, what),
    close: () => client.endAsync(),
  };
  broker.broker.on('publish', (packet) => {
    if (!packet.topic.endsWith('/readings')) return;
    const batch = v1.ReadingBatch.decode(packet.payload as Buffer);
    for (const r of batch.readings) {
      const seq = Number(r.seq);
      c.seen.set(seq, (c.seen.get(seq) ?? 0) + 1);
      c.order.push(seq);
      c.times.set(seq, Number(r.timeMs));
      c.readings.push(r as Reading);
    }
  });
  return c;
}

export async function waitFor(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface AgentProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** Runs the real wx-agent CLI (device-agent/main.ts through tsx) as a child process. */
export function spawnAgent(args: string[], env: NodeJS.ProcessEnv = {}): AgentProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'device-agent', 'main.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, WX_SHARED_DATA: SHARED, WX_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (d: string) => output.push(d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => output.push(d));
  const exited = new Promise<number | null>((res) => child.once('exit', (code, signal) => res(code ?? (signal ? -1 : null))));
  return { child, output, exited };
}
