import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor, Metadata, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { hashToken } from '../../common/credentials.js';
import { silentLogger } from '../../common/logger.js';
import { variableToProto, type VariableName } from '../../common/variables.js';
import { GatewayIngestService, v1, type ForwardAck, type ForwardBatchProps, type ReadingProps } from '../../protos/index.js';
import { buildApi } from '../../cloud/api/app.js';
import { validateCloudConfig, type CloudConfig } from '../../cloud/config.js';
import { createAuthenticator } from '../../cloud/ingest/auth.js';
import { GroupCommitter } from '../../cloud/ingest/committer.js';
import { startGrpcIngest, type GrpcIngestServer } from '../../cloud/ingest/server.js';
import { createCloudMetrics, type CloudMetrics } from '../../cloud/metrics.js';
import { openSqliteStore, type SqliteObservationStore } from '../../cloud/store/sqlite-store.js';
import type { ReadingRecord } from '../../cloud/store/types.js';

export const SHARED_TOKEN = 'shared-test-token';
export const GW_TOKEN = 'gateway-a-token';

export function tempDir(prefix = 'wx-cloud-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestHub {
  store: SqliteObservationStore;
  metrics: CloudMetrics;
  registry: Registry;
  grpc: GrpcIngestServer;
  api: FastifyInstance;
  dir: string;
  stop(): Promise<void>;
}

/** Store in a temp folder, gRPC ingest on 127.0.0.1:0 and the API (not listening), all real. */
export async function startTestHub(config: Partial<CloudConfig> = {}): Promise<TestHub> {
  const { dir, cleanup } = tempDir();
  const registry = new Registry();
  const metrics = createCloudMetrics(registry);
  const logger = silentLogger();
  const store = openSqliteStore(join(dir, 'cloud.sqlite'));
  const cfg = validateCloudConfig({ gateways: [{ id: 'gw-a', tokenSha256: hashToken(GW_TOKEN) }], ...config }, 'test');
  const committer = new GroupCommitter({ store, metrics, logger });
  const grpc = await startGrpcIngest({
    host: '127.0.0.1',
    port: 0,
    authenticate: createAuthenticator({ gateways: cfg.gateways, sharedToken: SHARED_TOKEN }),
    committer,
    flowControlWindowBytes: cfg.ingest.flowControlWindowKiB * 1024,
    metrics,
    logger,
  });
  const api = await buildApi({ store, registry, logger });
  return {
    store,
    metrics,
    registry,
    grpc,
    api,
    dir,
    stop: async () => {
      await grpc.close(100);
      await committer.drain();
      await api.close();
      await store.close();
      cleanup();
    },
  };
}

const IngestClient = makeGenericClientConstructor(GatewayIngestService, 'GatewayIngest');

export interface ForwardResult {
  acks: ForwardAck[];
  error?: ServiceError;
}

/** Opens one Forward stream, sends the batches, ends it and collects acks until the server ends. */
export function forward(address: string, token: string | undefined, batches: ForwardBatchProps[], onAck?: (ack: ForwardAck) => void): Promise<ForwardResult> {
  const client = new IngestClient(address, credentials.createInsecure());
  const metadata = new Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  const call = (client as unknown as { forward(m: Metadata): ClientDuplexStream<ForwardBatchProps, ForwardAck> }).forward(metadata);
  const acks: ForwardAck[] = [];
  return new Promise((resolve) => {
    const done = (error?: ServiceError): void => {
      client.close();
      resolve(error ? { acks, error } : { acks });
    };
    call.on('data', (ack: ForwardAck) => {
      acks.push(ack);
      onAck?.(ack);
    });
    call.on('error', (err: ServiceError) => done(err));
    call.on('end', () => done());
    for (const b of batches) call.write(b);
    call.end();
  });
}

export const T0 = Date.UTC(2024, 4, 31, 12, 0, 0);

export interface ReadingSpec {
  device?: string;
  seq: number;
  timeMs?: number;
  values?: Partial<Record<VariableName, [number, number?, number?]>>;
  gatewayReceivedMs?: number;
}

/** A wire reading: values are [value, flag = good, qcTests = 0]. */
export function reading(spec: ReadingSpec): ReadingProps {
  const values = spec.values ?? { temperature: [20 + spec.seq / 10], pressure: [1013.2] };
  return {
    deviceId: spec.device ?? 'st-1',
    seq: spec.seq,
    timeMs: spec.timeMs ?? T0 + spec.seq * 60_000,
    clockSynced: true,
    clockSuspect: false,
    gatewayReceivedMs: spec.gatewayReceivedMs ?? Date.now() - 20,
    observations: Object.entries(values).map(([name, [value, flag, tests]]) => ({
      variable: variableToProto(name as VariableName),
      value,
      flag: flag ?? v1.QcFlag.QC_GOOD,
      qcTests: tests ?? 0,
    })),
  };
}

export function batch(batchId: number, readings: ReadingProps[], gatewayId = 'gw-a', statuses: ForwardBatchProps['statuses'] = []): ForwardBatchProps {
  return { batchId, gatewayId, readings, statuses };
}

/** A record as the store hands it to sinks: `device`'s reading `seq`, at minute `seq` after T0. */
export function minuteRecord(device: string, seq: number, gatewayId: string, values: ReadingRecord['values']): ReadingRecord {
  return { deviceId: device, seq, timeMs: T0 + seq * 60_000, clockSynced: true, clockSuspect: false, gatewayReceivedMs: null, cloudReceivedMs: T0, gatewayId, values };
}
