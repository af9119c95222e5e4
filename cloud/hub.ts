import { createReadAccess, type ReadAccess } from './access/read-access.js';
import type { ServerCredentials } from '@grpc/grpc-js';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { isWxError } from '../common/errors.js';
import { componentLogger, type Logger } from '../common/logger.js';
import { startAnalysis, type AnalysisService } from './analysis/service.js';
import { buildApi } from './api/app.js';
import { FusionOutputStore } from './fusion/store.js';
import type { CloudConfig } from './config.js';
import { createFieldsService } from './fields/grpc-service.js';
import { FieldQueries } from './fields/query.js';
import { startForecast, type ForecastService } from './forecast/service.js';
import { createAuthenticator } from './ingest/auth.js';
import { GroupCommitter } from './ingest/committer.js';
import { startGrpcIngest, type GrpcIngestServer } from './ingest/server.js';
import { createCloudMetrics } from './metrics.js';
import { registerGatewayMetrics, registerStationMetrics } from './station-metrics.js';
import { NowcastStore } from './nowcasts/store.js';
import { ModelOps } from './models/ops.js';
import { ModelRegistry } from './models/registry.js';
import { createGatewayControl } from './models/gateway-control.js';
import { createModelOpsService } from './models/grpc-ops.js';
import { FieldsService } from '../protos/index.js';
import { InfluxSink } from './store/influx.js';
import { openSqliteStore } from './store/sqlite-store.js';
import type { ObservationStore } from './store/types.js';

export interface HubSettings {
  config: CloudConfig;
  dataDir: string;
  http: { host: string; port: number };
  grpc: { host: string; port: number };
  /** TLS for the gRPC port (common/grpc-tls.ts serverCredentials); plaintext when absent. */
  grpcCredentials?: ServerCredentials;
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
  /** Who may read; a reload replaces its readers. */
  readAccess: ReadAccess;
  /** Drains gRPC streams, commits what is queued, flushes the sink, closes the API and the store. */
  stop(): Promise<void>;
}

/** Builds and starts every part of the hub from validated settings. */
export async function startHub(s: HubSettings): Promise<Hub> {
  const metrics = createCloudMetrics(s.registry);
  const store = openSqliteStore(join(s.dataDir, 'cloud.sqlite'), { synchronous: s.config.store.synchronous, cacheSizeMiB: s.config.store.cacheSizeMiB });
  registerStationMetrics(s.registry, () => store.stationHealth());
  registerGatewayMetrics(s.registry, async () => (await store.stats()).gateways);
  try {
    await store.ready();
  } catch (err) {
    await store.close();
    throw err;
  }
  const sink = s.config.influx
    ? new InfluxSink({
        config: s.config.influx,
        metrics,
        logger: componentLogger(s.logger, 'influx'),
        siteOf: (d) => store.siteOf(d),
        // What InfluxDB missed is written again later from the store, the system of record.
        gapsPath: join(s.dataDir, 'influx-gaps.sqlite'),
        readBack: async (deviceId, fromMs, toMs, limit) => {
          try {
            return (await store.queryObservations({ deviceId, fromMs, toMs, limit })).readings;
          } catch (err) {
            if (isWxError(err, 'WX_ERR_NOT_FOUND')) return [];
            throw err;
          }
        },
      })
    : undefined;
  const committer = new GroupCommitter({
    store,
    metrics,
    logger: componentLogger(s.logger, 'store'),
    onCommitted: sink ? (_batch, result) => sink.write(result.storedReadings) : undefined,
    beforeCommit: sink ? (batches) => sink.guard(batches) : undefined,
    afterCommit: sink ? (token) => sink.unguard(token) : undefined,
  });
  // Gateway spatial QC and fused estimates (ForwardBatch fields 6, 7), stored by ingest, served by the API.
  const fusion = new FusionOutputStore(join(s.dataDir, 'fusion.sqlite'));
  // Cycling analysis (off unless configured): reads the store, writes analysis.sqlite and fields/.
  const analysis: AnalysisService | undefined = s.config.analysis?.enabled
    ? await startAnalysis({ config: s.config.analysis, dataDir: s.dataDir, observations: store, registry: s.registry, logger: componentLogger(s.logger, 'analysis'), spatialFlags: (d, from, to) => fusion.flaggedKeys(d, from, to) })
    : undefined;
  // Forecast cycle (off unless configured): after each new analysis, runs the model into fields/forecast.zarr.
  const forecast: ForecastService | undefined = s.config.forecast?.enabled
    ? await startForecast({ config: s.config.forecast, dataDir: s.dataDir, registry: s.registry, logger: componentLogger(s.logger, 'forecast') })
    : undefined;
  // Field queries (REST and gRPC) read whatever stores exist in the data folder.
  const fieldQueries = new FieldQueries({ analysisRoot: join(s.dataDir, 'fields', 'analysis.zarr'), forecastRoot: join(s.dataDir, 'fields', 'forecast.zarr') });
  // Device nowcasts and model update reports (ForwardBatch fields 5, 8), stored by ingest, served by the API.
  const nowcasts = new NowcastStore(join(s.dataDir, 'nowcasts.sqlite'), s.registry);
  // Model registry and rollouts; the devices' model reports (stored above) drive the rollouts.
  const modelRegistry = new ModelRegistry(s.dataDir);
  const modelOps = new ModelOps(modelRegistry, store, s.config.models?.operatorTokenSha256);
  const nowcastOutput = { store: (...a: Parameters<NowcastStore['store']>) => (modelOps.recordReports(a[2]), nowcasts.store(...a)) };
  const readAccess = createReadAccess({ readers: s.config.api.readers, operatorTokenSha256: s.config.models?.operatorTokenSha256, refused: metrics.readsRefused, logger: componentLogger(s.logger, 'access') });
  if (readAccess.open) s.logger.info('reads are open to anyone who reaches the REST and gRPC ports (no api.readers in the config)');
  const api = await buildApi({ store, registry: s.registry, logger: componentLogger(s.logger, 'api'), innovations: analysis?.innovations, fields: fieldQueries, fusion, nowcasts, modelOps, readAccess, dashboard: s.config.api.dashboard });
  let grpc: GrpcIngestServer | undefined;
  try {
    grpc = await startGrpcIngest({
      host: s.grpc.host,
      port: s.grpc.port,
      ...(s.grpcCredentials ? { credentials: s.grpcCredentials } : {}),
      authenticate: createAuthenticator({ gateways: s.config.gateways, sharedToken: s.gatewayToken }),
      committer,
      flowControlWindowBytes: s.config.ingest.flowControlWindowKiB * 1024,
      fusionOutput: fusion,
      nowcastOutput,
      metrics,
      logger: componentLogger(s.logger, 'ingest'),
      extraServices: [{ definition: FieldsService, implementation: createFieldsService(fieldQueries, readAccess) }, ...createGatewayControl({ ops: modelOps, authenticate: createAuthenticator({ gateways: s.config.gateways, sharedToken: s.gatewayToken }), chunkSizeBytes: s.config.models?.chunkSizeBytes }), createModelOpsService(modelOps)],
    });
    await api.listen({ host: s.http.host, port: s.http.port });
  } catch (err) {
    await grpc?.close(0);
    await analysis?.stop();
    await forecast?.stop();
    await api.close();
    fusion.close();
    nowcasts.close();
    modelRegistry.close();
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
    readAccess,
    stop: async () => {
      await grpcServer.close();
      await committer.drain();
      await analysis?.stop();
      await forecast?.stop();
      await api.close();
      fusion.close();
      nowcasts.close();
      modelRegistry.close();
      await sink?.close();
      await store.close();
    },
  };
}
