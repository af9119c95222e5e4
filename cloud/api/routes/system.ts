import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';
import type { ObservationStore } from '../../store/types.js';
import { errorResponses } from '../errors.js';

export interface SystemRoutesOptions {
  store: ObservationStore;
  registry: Registry;
}

const noQuery = { type: 'object', additionalProperties: false, properties: {} } as const;

/** GET /healthz, GET /metrics (Prometheus text) and GET /api/v1/openapi.json. */
export const systemRoutes: FastifyPluginAsync<SystemRoutesOptions> = async (app, { store, registry }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness: the process answers and its store is readable',
        tags: ['system'],
        querystring: noQuery,
        response: {
          200: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] }, uptimeS: { type: 'number' } } },
          ...errorResponses,
        },
      },
    },
    async () => {
      await store.ping();
      return { status: 'ok', uptimeS: Math.round(process.uptime()) };
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics of the hub',
        tags: ['system'],
        querystring: noQuery,
        produces: ['text/plain'],
        response: { 200: { type: 'string', description: 'Prometheus text exposition format' }, ...errorResponses },
      },
    },
    async (_request, reply) => {
      const body = await registry.metrics();
      return reply.type(registry.contentType).send(body);
    },
  );

  app.get(
    '/api/v1/openapi.json',
    {
      schema: {
        summary: 'This OpenAPI document',
        tags: ['system'],
        querystring: noQuery,
        response: { 200: { type: 'object', additionalProperties: true }, ...errorResponses },
      },
    },
    async () => app.swagger(),
  );
};
