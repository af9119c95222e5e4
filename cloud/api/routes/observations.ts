import type { FastifyPluginAsync } from 'fastify';
import { WxError } from '../../../common/errors.js';
import { isVariableName, VARIABLE_NAMES, type VariableName } from '../../../common/variables.js';
import type { ObservationStore } from '../../store/types.js';
import { errorResponses } from '../errors.js';
import { observationsCsv } from '../csv.js';
import { readingToJson, serializeWithJsonStringify } from '../schemas.js';
import { isoOrNull, parseTimeParam } from '../time.js';

export interface ObservationsRoutesOptions {
  store: ObservationStore;
  /** [1...100000] rows one request may ask for. */
  maxLimit?: number;
}

interface Query {
  station: string;
  from?: string;
  to?: string;
  variable?: string;
  limit: number;
  format: 'json' | 'csv';
}

/** GET /api/v1/observations: one station's readings in a device-time range, oldest first. */
export const observationsRoutes: FastifyPluginAsync<ObservationsRoutesOptions> = async (app, { store, maxLimit = 10_000 }) => {
  app.get<{ Querystring: Query }>(
    '/api/v1/observations',
    {
      ...serializeWithJsonStringify,
      schema: {
        summary: "A station's readings between from (inclusive) and to (exclusive), by device time",
        tags: ['observations'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['station'],
          properties: {
            station: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$', description: 'station (device) id' },
            from: { type: 'string', description: 'ISO-8601 (UTC when no offset) or epoch ms; inclusive' },
            to: { type: 'string', description: 'ISO-8601 (UTC when no offset) or epoch ms; exclusive' },
            variable: { type: 'string', description: `comma-separated subset of: ${VARIABLE_NAMES.join(', ')}` },
            limit: { type: 'integer', minimum: 1, maximum: maxLimit, default: Math.min(1000, maxLimit) },
            format: { type: 'string', enum: ['json', 'csv'], default: 'json', description: 'csv: a file to download (header x-wx-truncated says whether more matched)' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['station', 'from', 'to', 'variables', 'count', 'truncated', 'observations'],
            properties: {
              station: { type: 'string' },
              from: { type: ['string', 'null'] },
              to: { type: ['string', 'null'] },
              variables: { type: 'array', items: { type: 'string' } },
              count: { type: 'integer' },
              truncated: { type: 'boolean', description: 'more readings matched than limit; ask again from the last time' },
              observations: { type: 'array', items: { $ref: 'Reading#' } },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const fromMs = q.from === undefined ? undefined : parseTimeParam(q.from, 'from');
      const toMs = q.to === undefined ? undefined : parseTimeParam(q.to, 'to');
      if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) {
        throw new WxError('WX_ERR_QUERY_INVALID', 'to must be later than from', { field: 'to' });
      }
      const variables = q.variable === undefined ? undefined : parseVariables(q.variable);
      const page = await store.queryObservations({ deviceId: q.station, fromMs, toMs, variables, limit: q.limit });
      const shown = variables ?? VARIABLE_NAMES;
      if (q.format === 'csv') {
        // A Buffer skips the JSON serializer; the station id is [A-Za-z0-9_.-], safe in a file name.
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${q.station}-observations.csv"`)
          .header('x-wx-truncated', String(page.truncated))
          .send(Buffer.from(observationsCsv(page.readings, shown)));
      }
      return {
        station: q.station,
        from: isoOrNull(fromMs ?? null),
        to: isoOrNull(toMs ?? null),
        variables: shown,
        count: page.readings.length,
        truncated: page.truncated,
        observations: page.readings.map(readingToJson),
      };
    },
  );
};

function parseVariables(value: string): VariableName[] {
  const names = value.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !isVariableName(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new WxError('WX_ERR_QUERY_INVALID', `variable: unknown ${unknown.map((u) => JSON.stringify(u)).join(', ')}; known: ${VARIABLE_NAMES.join(', ')}`, {
      field: 'variable',
    });
  }
  return [...new Set(names)] as VariableName[];
}
