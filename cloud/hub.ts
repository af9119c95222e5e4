import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { componentLogger, type Logger } from '../common/logger.js';
import { buildApi } from './api/app.js';
import type { CloudConfig } from './config.js';
import { createAuthenticator } from './ingest/auth.js';
import { GroupCommitter } from './ingest/committer.js';
import { startGrpcIngest, type GrpcIngestServer } from './ingest/server.js';
import { createCloudMetrics } from './metrics.js';
import { InfluxSink } from './store/influx.js';
import { openSqliteStore } from './store/sqlite-store.js';
import type { ObservationStore } from './store/types.js';

export interface HubSettings {
  config: CloudConfig;
  dataDir: string;
  http: { host: string; port: number };
  grpc: { host: string; port: number };
  /** Bearer token accepted from any gateway id (`--gateway-token`). */
  gatewayToken?: string;
  logger: Logger;
  registry: Registry;
}

export interface Hub {
  httpUrl: string;
  grpcAddress: string;
  store: ObservationStore;
  api: FastifyInstance;
  grpc: GrpcIngestServer;
  /** Drains gRPC streams, commits what is queued, flushes the sink, closes the API and the store. */
  stop(): Promise<void>;
}

/** Builds and starts every part of the hub from validated settings. */
export async function startHub(s: HubSettings): Promise<Hub> {
  const metrics = createCloudMetrics(s.registry);
  const store = openSqliteStore(join(s.dataDir, 'cloud.sqlite'));
  const sink = s.config.influx
    ? new InfluxSink({ config: s.config.influx, metrics, logger: componentLogger(s.logger, 'influx'), siteOf: (d) => store.siteOf(d) })
    : undefined;
  const committer = new GroupCommitter({
    store,
    metrics,
    logger: componentLogger(s.logger, 'store'),
    onCommitted: sink ? (_batch, result) => sink.write(result.storedReadings) : undefined,
  });
  const api = await buildApi({ store, registry: s.registry, logger: componentLogger(s.logger, 'api') });
  let grpc: GrpcIngestServer | undefined;
  try {
    grpc = await startGrpcIngest({
      host: s.grpc.host,
      port: s.grpc.port,
      authenticate: createAuthenticator({ gateways: s.config.gateways, sharedToken: s.gatewayToken }),
      committer,
      metrics,
      logger: componentLogger(s.logger, 'ingest'),
    });
    await api.listen({ host: s.http.host, port: s.http.port });
  } catch (err) {
    await grpc?.close(0);
    await api.close();
    await sink?.close();
    await store.close();
    throw err;
  }
  const addr = api.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : s.http.port;
  const host = s.http.host.includes(':') ? `[${s.http.host}]` : s.http.host;
  const grpcServer = grpc;
  return {
    httpUrl: `http://${host}:${port}`,
    grpcAddress: grpcServer.address,
    store,
    api,
    grpc: grpcServer,
    stop: async () => {
      await grpcServer.close();
      await committer.drain();
      await api.close();
      await sink?.close();
      await store.close();
    },
  };
}
