import type { FastifyPluginAsync } from 'fastify';
import type { ObservationStore } from '../../store/types.js';
import { errorResponses } from '../errors.js';
import { isoOrNull } from '../time.js';

export interface StatsRoutesOptions {
  store: ObservationStore;
}

const countsSchema = {
  readingsStored: { type: 'integer' },
  duplicatesDropped: { type: 'integer', description: 'readings received again (same device and sequence) and not stored twice' },
  rejected: { type: 'integer', description: 'readings refused by validation' },
} as const;

/** GET /api/v1/stats: ingest totals, overall and per gateway (kept across restarts). */
export const statsRoutes: FastifyPluginAsync<StatsRoutesOptions> = async (app, { store }) => {
  app.get(
    '/api/v1/stats',
    {
      schema: {
        summary: 'Readings stored, duplicates dropped and readings rejected, overall and per gateway',
        tags: ['stats'],
        querystring: { type: 'object', additionalProperties: false, properties: {} },
        response: {
          200: {
            type: 'object',
            required: ['readingsStored', 'duplicatesDropped', 'rejected', 'stations', 'gateways'],
            properties: {
              ...countsSchema,
              stations: { type: 'integer' },
              gateways: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'readingsStored', 'duplicatesDropped', 'rejected', 'batches', 'lastSeen'],
                  properties: { id: { type: 'string' }, ...countsSchema, batches: { type: 'integer' }, lastSeen: { type: ['string', 'null'] } },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => {
      const s = await store.stats();
      return {
        readingsStored: s.stored,
        duplicatesDropped: s.duplicates,
        rejected: s.rejected,
        stations: s.stations,
        gateways: s.gateways.map((g) => ({
          id: g.gatewayId,
          readingsStored: g.stored,
          duplicatesDropped: g.duplicates,
          rejected: g.rejected,
          batches: g.batches,
          lastSeen: isoOrNull(g.lastSeenMs),
        })),
      };
    },
  );
};
