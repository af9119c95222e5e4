import type { FastifyPluginAsync } from 'fastify';
import { WxError } from '../../../common/errors.js';
import type { InnovationStore } from '../../analysis/innovation-store.js';
import { ANALYSIS_VARIABLES } from '../../analysis/variables.js';
import { errorResponses } from '../errors.js';
import { isoOrNull, parseTimeParam } from '../time.js';

export interface InnovationsRoutesOptions {
  innovations: InnovationStore;
  /** [1...100000] rows one request may ask for. */
  maxLimit?: number;
}

interface Query {
  station: string;
  from?: string;
  to?: string;
  variable?: string;
  limit: number;
}

const num = { type: ['number', 'null'] } as const;
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * GET /api/v1/analysis/innovations: a station's innovation statistics per analysis cycle and variable
 * (observation minus background and minus analysis), the observation error used and its trust.
 */
export const innovationsRoutes: FastifyPluginAsync<InnovationsRoutesOptions> = async (app, { innovations, maxLimit = 10_000 }) => {
  app.get<{ Querystring: Query }>(
    '/api/v1/analysis/innovations',
    {
      schema: {
        summary: "A station's innovation statistics (O − B, O − A) per analysis cycle, between from (inclusive) and to (exclusive)",
        tags: ['analysis'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['station'],
          properties: {
            station: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$', description: 'station (device) id' },
            from: { type: 'string', description: 'ISO-8601 (UTC when no offset) or epoch ms; inclusive' },
            to: { type: 'string', description: 'ISO-8601 (UTC when no offset) or epoch ms; exclusive' },
            variable: { type: 'string', enum: [...ANALYSIS_VARIABLES], description: 'one analysed variable; all when absent' },
            limit: { type: 'integer', minimum: 1, maximum: maxLimit, default: Math.min(1000, maxLimit) },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['station', 'from', 'to', 'count', 'cycles'],
            properties: {
              station: { type: 'string' },
              from: { type: ['string', 'null'] },
              to: { type: ['string', 'null'] },
              count: { type: 'integer' },
              cycles: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['time', 'variable', 'count', 'rejected', 'ombMean', 'ombRms', 'omaMean', 'omaRms', 'obsErrorSd', 'trust'],
                  properties: {
                    time: { type: 'string', description: 'analysis valid time' },
                    variable: { type: 'string' },
                    count: { type: 'integer', description: 'readings assimilated in this cycle' },
                    rejected: { type: 'integer', description: 'readings rejected by the background check' },
                    ombMean: num,
                    ombRms: num,
                    omaMean: num,
                    omaRms: num,
                    obsErrorSd: { ...num, description: 'observation-error sd used (nominal / trust, × shared-series group size)' },
                    trust: { ...num, description: 'station trust after the cycle, (0, 1]' },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const fromMs = q.from === undefined ? undefined : parseTimeParam(q.from, 'from');
      const toMs = q.to === undefined ? undefined : parseTimeParam(q.to, 'to');
      if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) {
        throw new WxError('WX_ERR_QUERY_INVALID', 'to must be later than from', { field: 'to' });
      }
      const rows = innovations.query({ deviceId: q.station, fromMs, toMs, variable: q.variable, limit: q.limit });
      return {
        station: q.station,
        from: isoOrNull(fromMs ?? null),
        to: isoOrNull(toMs ?? null),
        count: rows.length,
        cycles: rows.map((r) => ({
          time: new Date(r.timeMs).toISOString(),
          variable: r.variable,
          count: r.count,
          rejected: r.rejected,
          ombMean: finiteOrNull(r.ombMean),
          ombRms: finiteOrNull(r.ombRms),
          omaMean: finiteOrNull(r.omaMean),
          omaRms: finiteOrNull(r.omaRms),
          obsErrorSd: finiteOrNull(r.obsErrorSd),
          trust: finiteOrNull(r.trust),
        })),
      };
    },
  );
};
