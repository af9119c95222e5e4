import type { FastifyPluginAsync } from 'fastify';
import { cellToBoundary, isValidCell } from 'h3-js';
import { WxError } from '../../../common/errors.js';
import { qcFlagName, VARIABLE_NAMES, type VariableName } from '../../../common/variables.js';
import type { FusionOutputStore } from '../../fusion/store.js';
import { errorResponses } from '../errors.js';
import { isoOrNull, parseTimeParam } from '../time.js';

export interface FusionRoutesOptions {
  fusion: FusionOutputStore;
  /** [1...100000] rows one request may ask for. */
  maxLimit?: number;
}

const SPATIAL_TESTS: Array<[number, string]> = [[1, 'buddy'], [2, 'sct'], [4, 'isolation'], [8, 'duplicate']];
const timeProps = {
  from: { type: 'string', description: 'ISO-8601 (UTC when no offset) or epoch ms; inclusive' },
  to: { type: 'string', description: 'ISO-8601 (UTC when no offset) or epoch ms; exclusive' },
} as const;

function range(q: { from?: string; to?: string }): { fromMs?: number; toMs?: number } {
  const fromMs = q.from === undefined ? undefined : parseTimeParam(q.from, 'from');
  const toMs = q.to === undefined ? undefined : parseTimeParam(q.to, 'to');
  if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) throw new WxError('WX_ERR_QUERY_INVALID', 'to must be later than from', { field: 'to' });
  return { fromMs, toMs };
}

/** GET /api/v1/fused (gateway H3-cell estimates) and GET /api/v1/spatial-qc (a station's spatial verdicts). */
export const fusionRoutes: FastifyPluginAsync<FusionRoutesOptions> = async (app, { fusion, maxLimit = 10_000 }) => {
  const limit = { type: 'integer', minimum: 1, maximum: maxLimit, default: Math.min(1000, maxLimit) } as const;
  app.get<{ Querystring: { from?: string; to?: string; variable?: VariableName; cell?: string; limit: number; boundary: boolean } }>(
    '/api/v1/fused',
    {
      schema: {
        summary: 'Fused per-H3-cell estimates from the gateways, oldest first',
        tags: ['fusion'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...timeProps,
            variable: { type: 'string', enum: [...VARIABLE_NAMES] },
            cell: { type: 'string', pattern: '^[0-9a-fA-F]{15,16}$', description: 'H3 index (hex)' },
            limit,
            boundary: { type: 'boolean', default: false, description: "each cell's outline as [lat, lon] vertices, for a map" },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['count', 'estimates'],
            properties: {
              count: { type: 'integer' },
              estimates: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['time', 'cell', 'resolution', 'variable', 'value', 'sd', 'stations', 'independentSeries', 'gateway'],
                  properties: {
                    time: { type: 'string' },
                    cell: { type: 'string' },
                    resolution: { type: 'integer' },
                    variable: { type: 'string' },
                    value: { type: 'number' },
                    sd: { type: 'number', description: 'one-sigma uncertainty' },
                    stations: { type: 'integer' },
                    independentSeries: { type: 'integer' },
                    deviceIds: { type: 'array', items: { type: 'string' }, description: 'the stations behind the estimate' },
                    gateway: { type: 'string' },
                    boundary: { type: 'array', items: { type: 'array', items: { type: 'number' } }, description: 'with boundary=true: [lat, lon] vertices' },
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
      if (q.cell !== undefined && !isValidCell(q.cell)) throw new WxError('WX_ERR_QUERY_INVALID', `cell ${JSON.stringify(q.cell)} is not a valid H3 index`, { field: 'cell' });
      const rows = fusion.queryFused({ ...range(q), variable: q.variable, cell: q.cell, limit: q.limit });
      return {
        count: rows.length,
        estimates: rows.map((r) => ({
          time: new Date(r.timeMs).toISOString(), cell: r.cell, resolution: r.resolution, variable: r.variable, value: r.value, sd: r.sd, stations: r.stations,
          independentSeries: r.independentSeries, deviceIds: r.deviceIds, gateway: r.gatewayId, ...(q.boundary ? { boundary: cellToBoundary(r.cell) } : {}),
        })),
      };
    },
  );

  app.get<{ Querystring: { station: string; from?: string; to?: string; limit: number } }>(
    '/api/v1/spatial-qc',
    {
      schema: {
        summary: "A station's spatial QC verdicts from its gateway (the raw readings are unchanged), oldest first",
        tags: ['fusion'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['station'],
          properties: { station: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' }, ...timeProps, limit },
        },
        response: {
          200: {
            type: 'object',
            required: ['station', 'from', 'to', 'count', 'verdicts'],
            properties: {
              station: { type: 'string' },
              from: { type: ['string', 'null'] },
              to: { type: ['string', 'null'] },
              count: { type: 'integer' },
              verdicts: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['time', 'seq', 'variable', 'flag', 'tests', 'trust'],
                  properties: {
                    time: { type: 'string' },
                    seq: { type: 'integer' },
                    variable: { type: 'string' },
                    flag: { type: 'string' },
                    tests: { type: 'array', items: { type: 'string' } },
                    trust: { type: ['number', 'null'] },
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
      const { fromMs, toMs } = range(q);
      const rows = fusion.querySpatialQc({ deviceId: q.station, fromMs, toMs, limit: q.limit });
      return {
        station: q.station,
        from: isoOrNull(fromMs ?? null),
        to: isoOrNull(toMs ?? null),
        count: rows.length,
        verdicts: rows.map((r) => ({
          time: new Date(r.timeMs).toISOString(),
          seq: r.seq,
          variable: r.variable,
          flag: qcFlagName(r.flag),
          tests: SPATIAL_TESTS.filter(([bit]) => (r.tests & bit) !== 0).map(([, name]) => name),
          trust: Number.isFinite(r.trust) ? r.trust : null,
        })),
      };
    },
  );
};
