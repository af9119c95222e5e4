import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { Logger } from '../../common/logger.js';
import type { ObservationStore } from '../store/types.js';
import { installErrorHandling } from './errors.js';
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
}

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
  for (const s of sharedSchemas) app.addSchema(s);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'wx-cloud API', description: 'Stations, observations with QC flags and ingest statistics of the weather hub', version: '1.0.0' },
      tags: [{ name: 'stations' }, { name: 'observations' }, { name: 'stats' }, { name: 'system' }],
    },
  });
  await app.register(systemRoutes, { store: deps.store, registry: deps.registry });
  await app.register(stationsRoutes, { store: deps.store });
  await app.register(observationsRoutes, { store: deps.store, maxLimit: deps.maxObservationsLimit });
  await app.register(statsRoutes, { store: deps.store });
  await app.ready();
  return app;
}
