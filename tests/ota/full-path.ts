/**
 * The whole over-the-air path for end-to-end tests, every piece real and on loopback: the hub (REST +
 * gRPC, model registry), a gateway (aedes broker, models relay, forwarder) that can be restarted on its
 * MQTT port, and one replaying agent with nowcasting and OTA. Helpers register and deploy through the
 * REST API as an operator would, and poll the cloud's views until a condition holds.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub, type Hub } from '../../cloud/hub.js';
import { silentLogger } from '../../common/logger.js';
import { startGateway, type RunningGateway } from '../../gateway/app.js';
import { validateGatewayConfig } from '../../gateway/config/load.js';
import type { ModelDeployProps } from '../../protos/index.js';
import { tempDir } from '../agent/helpers.js';
import { device, deviceConfig, TOKEN } from '../gateway/helpers.js';
import { startAgent, stopAgent, type HarnessOptions } from './agent-harness.js';
import { keys } from './helpers.js';

export const OPERATOR = 'operator-secret';

export interface Report { deploymentId: string; version: string; state: string; reason: string; activeVersion: string; bytesReceived: number; time: string }
export interface Deployment { deploymentId: string; state: string; targets: { device: string; phase: string; released: boolean; state: string; reason: string }[] }
export interface DeviceModel { device: string; deploymentId: string; version: string; state: string; reason: string; activeVersion: string }
export interface CloudNowcast { station: string; issued: string; state: string; modelVersion: string }

export interface Stack {
  dir: string;
  deviceId: string;
  hub: Hub;
  gw: RunningGateway;
  gwDir: string;
  agentDir: string;
  agent: Awaited<ReturnType<typeof startAgent>>;
  privateKey: ReturnType<typeof keys>['privateKey'];
  /** JSON from the hub; POSTs carry the operator token. */
  get<T>(path: string): Promise<T>;
  post(path: string, body: unknown): Promise<Response>;
  /** Registers the version of `d` with `file` (REST), throwing on anything but 201. */
  register(d: ModelDeployProps, file: Buffer): Promise<void>;
  /** Deploys a registered version to this device (REST); returns the deployment id. */
  deploy(modelId: string, version: string): Promise<string>;
  /** Polls `read` until `done` holds or `ms` pass; returns the last value read. */
  until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms?: number): Promise<T>;
  /** The device's reports for one deployment, oldest first. */
  reports(deploymentId: string): Promise<Report[]>;
  restartGateway(): Promise<void>;
  restartAgent(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(prefix: string, opts: { chunkSizeBytes?: number; agent?: HarnessOptions } = {}): Promise<Stack> {
  const dir = tempDir(prefix);
  const { privateKey, publicKey } = keys();
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const hub = await startHub({
    config: validateCloudConfig({ models: { operatorTokenSha256: createHash('sha256').update(OPERATOR).digest('hex'), chunkSizeBytes: opts.chunkSizeBytes ?? 4096 } }, 't'),
    dataDir: join(dir, 'cloud'), http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, gatewayToken: TOKEN, logger: silentLogger(), registry: new Registry(),
  });
  const dev = device('dongsi', 'beijing');
  const gwDir = join(dir, 'gw');
  const gwConfig = validateGatewayConfig({ gatewayId: 'gw-ota', devices: [deviceConfig(dev)], forwarding: { retryInitialMs: 50, retryMaxMs: 500, pollIntervalMs: 50 } }, 'test-config.yaml');
  const gateway = (port: number) => startGateway({ config: gwConfig, dataDir: gwDir, mqtt: { host: '127.0.0.1', port }, cloud: hub.grpcAddress, cloudToken: TOKEN, logger: silentLogger() });
  const gw = await gateway(0);
  const port = Number(new URL(gw.mqttUrl).port);
  const agentDir = join(dir, 'dongsi');
  const agentOpts: HarnessOptions = { speedup: 36_000, maxReadings: 100_000, cycleIntervalMs: 1000, chunkTimeoutMs: 500, historyReadings: 30, ...opts.agent };
  const agent = await startAgent('dongsi', gw.mqttUrl, dev.password, pem, agentDir, agentOpts);
  const post = (path: string, body: unknown) => fetch(`${hub.httpUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR}` }, body: JSON.stringify(body) });
  const get = async <T>(path: string): Promise<T> => (await (await fetch(`${hub.httpUrl}${path}`)).json()) as T;
  const s: Stack = {
    dir, deviceId: 'dongsi', hub, gw, gwDir, agentDir, agent, privateKey, get, post,
    async register(d, file) {
      const r = await post('/api/v1/models', { card: d.cardJson, file: file.toString('base64'), signature: Buffer.from(d.signature as Uint8Array).toString('base64') });
      if (r.status !== 201) throw new Error(`register ${d.version}: ${r.status} ${await r.text()}`);
    },
    async deploy(modelId, version) {
      const r = await post('/api/v1/deployments', { modelId, version, deviceIds: ['dongsi'] });
      if (r.status !== 201) throw new Error(`deploy ${version}: ${r.status} ${await r.text()}`);
      return ((await r.json()) as { deploymentId: string }).deploymentId;
    },
    async until(read, done, ms = 20_000) {
      const end = Date.now() + ms;
      let v = await read();
      while (!done(v) && Date.now() < end) {
        await sleep(50);
        v = await read();
      }
      return v;
    },
    async reports(id) {
      return (await get<{ reports: Report[] }>('/api/v1/devices/dongsi/model-reports')).reports.filter((r) => r.deploymentId === id);
    },
    async restartGateway() {
      await s.gw.stop();
      s.gw = await gateway(port);
    },
    async restartAgent() {
      await stopAgent(s.agent);
      s.agent = await startAgent('dongsi', s.gw.mqttUrl, dev.password, pem, agentDir, agentOpts);
    },
    async stop() {
      await stopAgent(s.agent);
      await s.gw.stop();
      await hub.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return s;
}
