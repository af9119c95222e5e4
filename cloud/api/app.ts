import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { Logger } from '../../common/logger.js';
import type { InnovationStore } from '../analysis/innovation-store.js';
import type { FusionOutputStore } from '../fusion/store.js';
import type { FieldQueries } from '../fields/query.js';
import type { NowcastStore } from '../nowcasts/store.js';
import type { ReadAccess } from '../access/read-access.js';
import type { ModelOps } from '../models/ops.js';
import type { ObservationStore } from '../store/types.js';
import { DASHBOARD_ROUTES, dashboardRoutes } from './dashboard.js';
import { installErrorHandling } from './errors.js';
import { fieldsRoutes } from './routes/fields.js';
import { fusionRoutes } from './routes/fusion.js';
import { innovationsRoutes } from './routes/innovations.js';
import { nowcastRoutes } from './routes/nowcasts.js';
import { modelRoutes } from './routes/models.js';
import { observationsRoutes } from './routes/observations.js';
import { stationsRoutes } from './routes/stations.js';
import { statsRoutes } from './routes/stats.js';
import { systemRoutes } from './routes/system.js';
import { sharedSchemas } from './schemas.js';

export interface ApiDeps {
  store: ObservationStore;
  registry: Registry;
  logger: Logger;
  /** [1...100000] most rows one observations request may return. */
  maxObservationsLimit?: number;
  /** Innovation statistics of the cycling analysis, when it runs (GET /api/v1/analysis/innovations). */
  innovations?: InnovationStore;
  /** Gateway spatial QC and fused estimates (GET /api/v1/fused, /api/v1/spatial-qc). */
  fusion?: FusionOutputStore;
  /** Gridded analyses and forecasts (GET /api/v1/forecast, /api/v1/analysis/latest, /api/v1/tiles/...). */
  fields?: FieldQueries;
  /** Device nowcasts and model rollout state (GET /api/v1/nowcasts, /api/v1/devices/models). */
  nowcasts?: NowcastStore;
  /** Model registry and rollouts (POST/GET /api/v1/models, /api/v1/deployments). */
  modelOps?: ModelOps;
  /** Who may read (cloud/access/read-access.ts); none: anyone. */
  readAccess?: ReadAccess;
  /** Serve the web dashboard at / (default true). */
  dashboard?: boolean;
}

/** Reads that stay open with readers configured: the API's description and what probes and Prometheus fetch. */
const OPEN_PATHS = new Set(['/api/v1/openapi.json', '/healthz', '/readyz', '/metrics', ...DASHBOARD_ROUTES]);

/** Builds (does not listen) the hub's REST API: one plugin per area, a JSON schema on every route. */
export async function buildApi(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // pino's Logger and Fastify's logger type come from different pino majors; the shape is the same.
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    // Per-request log lines would cost more than the requests; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    // Unknown query parameters are an error naming them, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  installErrorHandling(app);
  // Observations are ~0.7 KB of JSON per reading (a day of one station ~1 MB): gzip or brotli
  // (quality 4) shrink that ~10x for a dashboard at the far end of a WAN link. Bodies past the
  // plugin's sync threshold are compressed as streams on libuv's thread pool, off the event loop.
  // Registered before the routes: it attaches to each route as it is added. Request bodies are not
  // decompressed: no client needs it, and a small gzip body can inflate to the whole body limit.
  await app.register(compress, { globalDecompression: false });
  const access = deps.readAccess;
  if (access) {
    // Before validation and the handler: a refused read costs no query. Writes check the operator
    // token themselves. Installed while reads are open too: a reload may name readers.
    app.addHook('onRequest', async (request) => {
      if (access.open || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      if (OPEN_PATHS.has(request.routeOptions.url ?? '')) return;
      access.check(request.headers.authorization, 'rest', request.ip);
    });
  }
  for (const s of sharedSchemas) app.addSchema(s);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'wx-cloud API', description: 'Stations, observations with QC flags and ingest statistics of the weather hub', version: '1.0.0' },
      ...(access && !access.open ? { components: { securitySchemes: { reader: { type: 'http', scheme: 'bearer', description: 'a reader token (api.readers) or the operator token' } } }, security: [{ reader: [] }] } : {}),
      tags: [{ name: 'stations' }, { name: 'observations' }, { name: 'stats' }, { name: 'system' }, { name: 'analysis' }, { name: 'forecast' }, { name: 'fusion' }, { name: 'nowcasts' }, { name: 'models' }],
    },
  });
  await app.register(systemRoutes, { store: deps.store, registry: deps.registry });
  await app.register(stationsRoutes, { store: deps.store });
  await app.register(observationsRoutes, { store: deps.store, maxLimit: deps.maxObservationsLimit });
  await app.register(statsRoutes, { store: deps.store });
  if (deps.innovations) await app.register(innovationsRoutes, { innovations: deps.innovations });
  if (deps.fusion) await app.register(fusionRoutes, { fusion: deps.fusion });
  if (deps.fields) await app.register(fieldsRoutes, { queries: deps.fields });
  if (deps.nowcasts) await app.register(nowcastRoutes, { nowcasts: deps.nowcasts });
  if (deps.modelOps) await app.register(modelRoutes, { ops: deps.modelOps });
  if (deps.dashboard !== false) await app.register(dashboardRoutes);
  await app.ready();
  return app;
}
