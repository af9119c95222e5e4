/**
 * The gateway's part of an over-the-air model update: it watches the cloud's open deploys for its
 * devices (wx.v1.GatewayControl.WatchDeploys), caches each model file on disk (fetched in chunks from
 * the cloud, SHA-256 checked), sends Command{kind: "model.deploy"} to the device's cmd topic and sends
 * it again every `resendMs` while the deploy stays open (the device reports, the cloud closes it), and
 * answers the device's model-req chunk requests from the cache with Command{kind: "model.chunk"}.
 * The device's reports travel like any message: ingest -> outbox -> ForwardBatch.model_reports.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, credentials as grpcCredentials, Metadata, type ChannelCredentials, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { describeError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { GatewayControlService, v1, type DeploySet, type FetchChunkRequestProps, type ModelChunk, type ModelDeployProps } from '../../protos/index.js';
import type { DeviceRegistry } from '../config/devices.js';
import type { DeviceConfig } from '../config/schema.js';
import { cacheFileName, pruneModelCache } from './cache-prune.js';

export interface RelayDeps {
  gatewayId: string;
  address: string;
  token?: string;
  /** TLS toward the cloud (common/grpc-tls.ts); plaintext when absent. */
  credentials?: ChannelCredentials;
  dataDir: string;
  registry: DeviceRegistry;
  /** Sends a command to a device (the embedded broker's publishCommand). */
  publishCommand: (device: DeviceConfig, command: ReturnType<typeof v1.Command.create>) => Promise<void>;
  logger: Logger;
  /** ms between repeats of an open deploy. [100...3600000] */
  resendMs?: number;
  /** ms before the watch is opened again after it ended. */
  retryMs?: number;
  /** ms a cached model no open deploy names is kept after its last use (default 7 days). */
  cacheMaxIdleMs?: number;
}

export interface Relay {
  /** A device's ModelChunkRequest (from ingest). */
  onModelRequest(deviceId: string, payload: Buffer): void;
  /** The registry's devices changed (a reload): the deploy watch is opened again for the new list. */
  devicesChanged(): void;
  stop(): void;
}

const FETCH_CHUNK = 128 * 1024;

export function createRelay(deps: RelayDeps): Relay {
  const log = deps.logger;
  const cacheDir = join(deps.dataDir, 'models');
  mkdirSync(cacheDir, { recursive: true });
  const client = new Client(deps.address, deps.credentials ?? grpcCredentials.createInsecure());
  const md = (): Metadata => {
    const m = new Metadata();
    if (deps.token) m.set('authorization', `Bearer ${deps.token}`);
    return m;
  };
  const open = new Map<string, ModelDeployProps>(); // device id -> its open deploy
  const fetching = new Map<string, Promise<void>>();
  let stream: ClientReadableStream<DeploySet> | undefined;
  let stopped = false;
  const cachePath = (modelId: string, version: string): string => join(cacheDir, cacheFileName(modelId, version));
  /** Last time each cached file was served or cached, for pruning. */
  const lastUsed = new Map<string, number>();
  const prune = (): void => {
    const keep = new Set([...open.values()].map((d) => cacheFileName(d.modelId ?? '', d.version ?? '')));
    const removed = pruneModelCache(cacheDir, { keep, nowMs: Date.now(), maxIdleMs: deps.cacheMaxIdleMs ?? 7 * 86_400_000, lastUsedMs: lastUsed });
    for (const name of removed) lastUsed.delete(name);
    if (removed.length > 0) log.info({ removed }, 'model cache pruned');
  };
  const pruneTimer = setInterval(prune, 3_600_000);
  pruneTimer.unref();

  const fetchChunk = (req: FetchChunkRequestProps): Promise<ModelChunk> =>
    new Promise((resolve, reject) => {
      const m = GatewayControlService.fetchModelChunk;
      client.makeUnaryRequest(m.path, m.requestSerialize, m.responseDeserialize, req, md(), (err: ServiceError | null, res?: ModelChunk) => (err || !res ? reject(err ?? new Error('empty answer')) : resolve(res)));
    });

  /** Downloads a model file into the cache once (SHA-256 checked before it is kept). */
  function ensureCached(d: ModelDeployProps): Promise<void> {
    const path = cachePath(d.modelId!, d.version!);
    if (existsSync(path)) return Promise.resolve();
    const key = `${d.modelId}@${d.version}`;
    let p = fetching.get(key);
    if (!p) {
      p = (async () => {
        const size = Number(d.sizeBytes);
        const parts: Buffer[] = [];
        for (let offset = 0; offset < size; ) {
          const c = await fetchChunk({ modelId: d.modelId!, version: d.version!, offset, length: Math.min(FETCH_CHUNK, size - offset) });
          if (c.error) throw new Error(`cloud: ${c.error}`);
          if (c.data.length === 0) throw new Error(`cloud sent no bytes at ${offset}`);
          parts.push(Buffer.from(c.data));
          offset += c.data.length;
        }
        const bytes = Buffer.concat(parts);
        const sha = createHash('sha256').update(bytes).digest('hex');
        if (sha !== d.sha256) throw new Error(`cached file hashes to ${sha}, the deploy says ${d.sha256}`);
        writeFileSync(`${path}.tmp`, bytes);
        renameSync(`${path}.tmp`, path);
        lastUsed.set(cacheFileName(d.modelId!, d.version!), Date.now());
        log.info({ model: key, bytes: bytes.length }, 'model cached');
      })().finally(() => fetching.delete(key));
      fetching.set(key, p);
    }
    return p;
  }

  function sendDeploy(deviceId: string, d: ModelDeployProps): void {
    const device = deps.registry.get(deviceId);
    if (!device) return;
    ensureCached(d)
      .then(() => deps.publishCommand(device, v1.Command.create({ commandId: `deploy-${randomUUID().slice(0, 8)}`, kind: 'model.deploy', payload: v1.ModelDeploy.encode(d).finish(), issuedMs: Date.now() })))
      .catch((err: unknown) => log.warn({ deviceId, deploymentId: d.deploymentId, err: describeError(err) }, 'model deploy not sent; will retry'));
  }

  const resend = setInterval(() => {
    for (const [deviceId, d] of open) sendDeploy(deviceId, d);
  }, deps.resendMs ?? 30_000);
  resend.unref();

  function watch(): void {
    if (stopped) return;
    const m = GatewayControlService.watchDeploys;
    const s = client.makeServerStreamRequest(m.path, m.requestSerialize, m.responseDeserialize, { gatewayId: deps.gatewayId, deviceIds: deps.registry.ids() }, md());
    stream = s;
    s.on('data', (set: DeploySet) => {
      const next = new Map(set.deploys.filter((x) => x.deploy && deps.registry.has(x.deviceId ?? '')).map((x) => [x.deviceId ?? '', x.deploy as ModelDeployProps]));
      for (const [deviceId, d] of next) if (open.get(deviceId)?.deploymentId !== d.deploymentId) sendDeploy(deviceId, d);
      open.clear();
      for (const [k, v] of next) open.set(k, v);
      prune();
    });
    s.on('error', (err: ServiceError) => {
      if (!stopped) log.debug({ err: err.message }, 'deploy watch ended; reopening');
    });
    s.on('close', () => {
      if (!stopped) setTimeout(watch, deps.retryMs ?? 2000).unref();
    });
  }
  watch();

  return {
    onModelRequest(deviceId, payload) {
      const device = deps.registry.get(deviceId);
      if (!device) return;
      let req;
      try {
        req = v1.ModelChunkRequest.decode(payload);
      } catch {
        return;
      }
      const path = cachePath(req.modelId, req.version);
      const offset = Number(req.offset);
      const reply: ReturnType<typeof v1.ModelChunk.create> = v1.ModelChunk.create({ modelId: req.modelId, version: req.version, offset });
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(req.modelId) || !/^[A-Za-z0-9_.-]{1,64}$/.test(req.version) || !existsSync(path)) reply.error = 'model not cached at this gateway';
      else {
        lastUsed.set(cacheFileName(req.modelId, req.version), Date.now());
        const fd = openSync(path, 'r');
        try {
          const buf = Buffer.alloc(Math.min(req.length || FETCH_CHUNK, FETCH_CHUNK));
          const n = readSync(fd, buf, 0, buf.length, offset);
          reply.data = buf.subarray(0, n);
          if (n === 0) reply.error = `offset ${offset} is past the end`;
        } finally {
          closeSync(fd);
        }
      }
      deps.publishCommand(device, v1.Command.create({ commandId: `chunk-${offset}`, kind: 'model.chunk', payload: v1.ModelChunk.encode(reply).finish(), issuedMs: Date.now() })).catch((err: unknown) => log.debug({ deviceId, err: describeError(err) }, 'chunk not sent'));
    },
    devicesChanged() {
      stream?.cancel(); // its close reopens the watch, asking for the registry's devices as they are now
    },
    stop() {
      stopped = true;
      clearInterval(resend);
      clearInterval(pruneTimer);
      stream?.cancel();
      client.close();
    },
  };
}
