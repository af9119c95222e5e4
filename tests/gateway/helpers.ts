/** Shared test fixtures: a real gRPC cloud stub, real MQTT devices, a gateway on port 0. */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server, ServerCredentials, status, type ServerDuplexStream } from '@grpc/grpc-js';
import mqtt, { type MqttClient } from 'mqtt';
import type { Counter } from 'prom-client';
import { hashPassword } from '../../common/credentials.js';
import { silentLogger } from '../../common/logger.js';
import { buildTopic } from '../../common/topics.js';
import { startGateway, type GatewaySettings, type RunningGateway } from '../../gateway/app.js';
import { validateGatewayConfig } from '../../gateway/config/load.js';
import { toNumber } from '../../gateway/ingest/validate.js';
import { GatewayIngestService, v1, type DeviceStatus, type ForwardAckProps, type ForwardBatch, type Reading, type ReadingProps } from '../../protos/index.js';
import { stopChild } from '../../scripts/lib/processes.js';
import { testDir } from '../common/temp-dir.js';
import { fieldSpans, frameStampedReadings } from '../../gateway/outbox/frame.js';
import type { NewRow, Outbox, OutboxRow } from '../../gateway/outbox/outbox.js';
import { encodeForwardBatch } from '../../gateway/forward/encode.js';

export const TOKEN = 'test-token';

export interface TestDevice {
  deviceId: string;
  site: string;
  password: string;
}

const hashes = new Map<string, string>();
export function device(deviceId: string, site = 'site-a'): TestDevice {
  return { deviceId, site, password: `pw-${deviceId}` };
}
export function deviceConfig(d: TestDevice) {
  let h = hashes.get(d.password);
  if (!h) hashes.set(d.password, (h = hashPassword(d.password)));
  return { deviceId: d.deviceId, site: d.site, passwordHash: h };
}

export function tempDir(prefix = 'wx-gw-'): string {
  return testDir(prefix);
}

export interface GatewayReady {
  pid: number;
  mqttUrl: string;
  metricsUrl: string;
}

/**
 * A wx-gateway process's command line, with its config (`dir`/gateway.yaml) and data (`dir`/data)
 * in `dir`, any free ports, and the promise of what its ready file says once it is up. The caller
 * spawns it (plainly, or on a tiny disk).
 */
export function gatewayProcess(dir: string, cloud: string, o: { readyFile?: string; extra?: string[] } = {}): { command: string[]; ready: Promise<GatewayReady> } {
  const readyFile = o.readyFile ?? join(dir, 'ready.json');
  const command = [process.execPath, '--import', 'tsx', 'gateway/main.ts', '--config', join(dir, 'gateway.yaml'), '--data-dir', join(dir, 'data'), '--mqtt', '127.0.0.1:0'];
  command.push('--metrics', '127.0.0.1:0', '--cloud', cloud, '--cloud-token', TOKEN, '--ready-file', readyFile, '--log-level', 'warn', ...(o.extra ?? []));
  const ready = waitFor('gateway ready file', () => existsSync(readyFile), 20_000).then(() => JSON.parse(readFileSync(readyFile, 'utf8')) as GatewayReady);
  return { command, ready };
}

/** SIGTERM (SIGKILL after 10 s), resolving once it has exited; nothing if it already has. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return stopChild(child, once(child, 'exit'), 10_000);
}

export async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export interface FakeCloud {
  address: string;
  port: number;
  readings: Reading[];
  statuses: DeviceStatus[];
  batches: ForwardBatch[];
  /** "device:seq" of every reading received (with duplicates counted in readings). */
  keys(): Set<string>;
  unauthorized: number;
  stop(): Promise<void>;
}

export interface FakeCloudOptions {
  port?: number;
  ackDelayMs?: number;
  /** Return false to withhold the ack of a batch. */
  ack?: (batch: ForwardBatch) => boolean;
}

/** A real gRPC server implementing wx.v1.GatewayIngest, recording what it gets. */
export async function startFakeCloud(options: FakeCloudOptions = {}): Promise<FakeCloud> {
  const server = new Server();
  const cloud: FakeCloud = {
    address: '',
    port: 0,
    readings: [],
    statuses: [],
    batches: [],
    unauthorized: 0,
    keys: () => new Set(cloud.readings.map((r) => `${r.deviceId}:${toNumber(r.seq)}`)),
    stop: async () => server.forceShutdown(), // open gateway streams would keep tryShutdown waiting
  };
  server.addService(GatewayIngestService, {
    forward(call: ServerDuplexStream<ForwardBatch, ForwardAckProps>) {
      if (call.metadata.get('authorization')[0] !== `Bearer ${TOKEN}`) {
        cloud.unauthorized++;
        (call as unknown as NodeJS.EventEmitter).emit('error', { code: status.UNAUTHENTICATED, details: 'bad token' }); // grpc-js: ends the call with this status
        return;
      }
      call.on('data', (batch: ForwardBatch) => {
        cloud.batches.push(batch);
        if (options.ack && !options.ack(batch)) return;
        const send = (): void => {
          cloud.readings.push(...batch.readings.map((r) => v1.Reading.decode(v1.Reading.encode(r).finish())));
          cloud.statuses.push(...batch.statuses.map((s) => v1.DeviceStatus.decode(v1.DeviceStatus.encode(s).finish())));
          call.write({ batchId: batch.batchId, stored: batch.readings.length });
        };
        if (options.ackDelayMs) setTimeout(send, options.ackDelayMs);
        else send();
      });
      call.on('end', () => call.end());
      call.on('error', () => undefined);
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${options.port ?? 0}`, ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  cloud.port = port;
  cloud.address = `127.0.0.1:${port}`;
  return cloud;
}

export async function startTestGateway(
  devices: TestDevice[],
  cloudAddress: string,
  extra: Partial<GatewaySettings> & { configExtra?: Record<string, unknown>; dataDir?: string } = {},
): Promise<RunningGateway> {
  const config = validateGatewayConfig(
    {
      gatewayId: 'gw-test',
      devices: devices.map(deviceConfig),
      forwarding: { retryInitialMs: 50, retryMaxMs: 500, pollIntervalMs: 50, ...((extra.configExtra?.forwarding as object) ?? {}) },
      // A 1 MiB disk reserve, not the default 32: tests start dozens of gateways.
      outbox: { reserveMiB: 1, ...((extra.configExtra?.outbox as object) ?? {}) },
      ...Object.fromEntries(Object.entries(extra.configExtra ?? {}).filter(([k]) => k !== 'forwarding' && k !== 'outbox')),
    },
    'test-config.yaml',
  );
  return startGateway({
    config,
    dataDir: extra.dataDir ?? tempDir(),
    mqtt: { host: '127.0.0.1', port: 0 },
    cloud: cloudAddress,
    cloudToken: TOKEN,
    logger: extra.logger ?? silentLogger(),
    ...(extra.bridgeUrl ? { bridgeUrl: extra.bridgeUrl } : {}),
    ...(extra.metrics ? { metrics: extra.metrics } : {}),
  });
}

export async function connectDevice(url: string, d: TestDevice, opts: mqtt.IClientOptions = {}): Promise<MqttClient> {
  return mqtt.connectAsync(url, { clientId: d.deviceId, username: d.deviceId, password: d.password, reconnectPeriod: 0, ...opts });
}

export function reading(deviceId: string, seq: number, overrides: Partial<ReadingProps> = {}): ReadingProps {
  return {
    deviceId,
    seq,
    timeMs: Date.now(),
    clockSynced: true,
    observations: [
      { variable: 1, value: 21.5, flag: 1 },
      { variable: 2, value: 1013.2, flag: 1 },
    ],
    ...overrides,
  };
}

export function batch(...readings: ReadingProps[]): Buffer {
  return Buffer.from(v1.ReadingBatch.encode({ readings }).finish());
}

export function readingsTopic(d: TestDevice): string {
  return buildTopic(d.site, d.deviceId, 'readings');
}

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A sample's value from a running gateway's /metrics (`name{labels}` or a bare `name`); 0 if absent. */
export async function scrapeMetric(metricsUrl: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const line = text.split('\n').find((l) => (labels ? l.startsWith(`${name}{`) && l.includes(labels) : l.startsWith(name + ' ') || l.startsWith(name + '{')));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

export async function counterValue(counter: Counter<string>, labels: Record<string, string> = {}): Promise<number> {
  const data = await counter.get();
  return data.values.filter((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val)).reduce((a, v) => a + v.value, 0);
}

/**
 * An outbox row as ingest makes it: `n` readings of st-1 from `seq` on, framed as ForwardBatch
 * entries stamped by gateway "gw".
 */
export function outboxMessage(seq: number, n = 1): NewRow {
  const payload = batch(...Array.from({ length: n }, (_, i) => reading('st-1', seq + i)));
  const spans = fieldSpans(payload, 1).map((s) => ({ ...s, markSuspect: false }));
  return { kind: 'readings', deviceId: 'st-1', seq, receivedMs: 1000 + seq, count: n, payload: frameStampedReadings(payload, spans, 1000 + seq, Buffer.from('gw')) };
}

export const whenDurable = (box: Outbox): Promise<Error | null> => new Promise((resolve) => box.whenDurable(resolve));

/** Every row, paged as the forwarder pages: from the cursor on, until a page comes back empty. */
export function pageAll(box: Outbox): OutboxRow[] {
  const rows: OutboxRow[] = [];
  for (let cursor = 0; ; ) {
    const page = box.page(cursor, { maxEntries: 10_000, maxBytes: 1 << 22 });
    if (page.length === 0) return rows;
    rows.push(...page);
    cursor = page.at(-1)!.id;
  }
}

/** The seq of every reading in `rows`, as the cloud would decode them. */
export const seqsOfRows = (rows: OutboxRow[]): number[] => v1.ForwardBatch.decode(encodeForwardBatch(1, 'gw', rows)).readings.map((r) => toNumber(r.seq));
