import type { FastifyPluginAsync } from 'fastify';
import { WxError } from '../../../common/errors.js';
import type { FieldQueries } from '../../fields/query.js';
import { COLOUR_STOPS, colourRange, renderTile, type ColourScale } from '../../fields/tiles.js';
import { errorResponses } from '../errors.js';

export interface FieldsRoutesOptions {
  queries: FieldQueries;
}

const num = { type: ['number', 'null'] } as const;
const lat = { type: 'number', minimum: -90, maximum: 90, description: 'latitude, degrees north' } as const;
const lon = { type: 'number', minimum: -180, maximum: 360, description: 'longitude, degrees east' } as const;
const variableName = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,23}$' } as const;
const tileQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lead: { type: 'number', exclusiveMinimum: 0, description: 'forecast lead, hours; analysis when absent' },
    scale: { type: 'string', enum: ['fixed', 'field'], default: 'fixed', description: "colour range: the variable's fixed one (maps of different times compare) or the field's own min to max" },
  },
} as const;

function parseQuantiles(text: string | undefined): number[] {
  if (text === undefined) return [0.1, 0.5, 0.9];
  const qs = text.split(',').map((s) => Number(s.trim()));
  if (qs.length === 0 || qs.length > 19 || qs.some((q) => !(q > 0 && q < 1))) {
    throw new WxError('WX_ERR_QUERY_INVALID', 'quantiles must be 1 to 19 comma-separated levels in (0, 1)', { field: 'quantiles' });
  }
  return qs;
}

function parseBbox(text: string): { south: number; west: number; north: number; east: number } {
  const v = text.split(',').map((s) => Number(s.trim()));
  const [west, south, east, north] = v as [number, number, number, number];
  if (v.length !== 4 || v.some((x) => !Number.isFinite(x)) || !(south < north) || south < -90 || north > 90 || !(west < east)) {
    throw new WxError('WX_ERR_QUERY_INVALID', 'bbox must be west,south,east,north in degrees with west < east and south < north', { field: 'bbox' });
  }
  return { south, west, north, east };
}

/**
 * Gridded fields: GET /api/v1/forecast (point forecast with ensemble quantiles),
 * GET /api/v1/analysis/latest (values and spread at a point or in a box) and
 * GET /api/v1/tiles/:variable/:z/:x/:y.png (web-mercator PNG tiles of the analysis or a forecast lead).
 */
export const fieldsRoutes: FastifyPluginAsync<FieldsRoutesOptions> = async (app, { queries }) => {
  app.get<{ Querystring: { lat: number; lon: number; quantiles?: string } }>(
    '/api/v1/forecast',
    {
      schema: {
        summary: 'Point forecast from the latest complete run: per lead and variable, the ensemble mean and quantiles',
        tags: ['forecast'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['lat', 'lon'],
          properties: { lat, lon, quantiles: { type: 'string', description: 'comma-separated levels in (0, 1); default 0.1,0.5,0.9' } },
        },
        response: {
          200: {
            type: 'object',
            required: ['runTime', 'latDeg', 'lonDeg', 'members', 'leads'],
            properties: {
              runTime: { type: 'string' },
              latDeg: { type: 'number' },
              lonDeg: { type: 'number' },
              members: { type: 'integer' },
              leads: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['leadHours', 'validTime', 'values'],
                  properties: {
                    leadHours: { type: 'number' },
                    validTime: { type: 'string' },
                    values: { type: 'object', additionalProperties: { type: 'object', properties: { mean: num, quantiles: { type: 'object', additionalProperties: num } } } },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => queries.pointForecast(request.query.lat, request.query.lon, parseQuantiles(request.query.quantiles)),
  );

  app.get<{ Querystring: { lat?: number; lon?: number; bbox?: string } }>(
    '/api/v1/analysis/latest',
    {
      schema: {
        summary: 'The latest analysis with its spread, at a point (lat, lon; bilinear) or at the grid points in a box (bbox)',
        tags: ['analysis'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { lat, lon, bbox: { type: 'string', description: 'west,south,east,north in degrees' } },
        },
        response: {
          200: {
            type: 'object',
            required: ['time', 'variables', 'points'],
            properties: {
              time: { type: 'string' },
              variables: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, units: { type: 'string' } } } },
              points: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    latDeg: { type: 'number' },
                    lonDeg: { type: 'number' },
                    values: { type: 'object', additionalProperties: { type: 'object', properties: { value: num, spread: num } } },
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
      if (q.bbox !== undefined) {
        if (q.lat !== undefined || q.lon !== undefined) throw new WxError('WX_ERR_QUERY_INVALID', 'give either lat and lon or bbox, not both', { field: 'bbox' });
        return queries.latestAnalysis(parseBbox(q.bbox));
      }
      if (q.lat === undefined) throw new WxError('WX_ERR_QUERY_INVALID', 'lat is required (or bbox)', { field: 'lat' });
      if (q.lon === undefined) throw new WxError('WX_ERR_QUERY_INVALID', 'lon is required (or bbox)', { field: 'lon' });
      return queries.latestAnalysis({ latDeg: q.lat, lonDeg: q.lon });
    },
  );

  // The legend of the tiles below: a map client draws it from this (same field, same range).
  app.get<{ Params: { variable: string }; Querystring: { lead?: number; scale: ColourScale } }>(
    '/api/v1/tiles/:variable/scale',
    {
      schema: {
        summary: 'The colour scale of the tiles of a variable (analysis, or a forecast lead): its range, units, colours and valid time',
        tags: ['analysis', 'forecast'],
        params: { type: 'object', required: ['variable'], properties: { variable: variableName } },
        querystring: tileQuery,
        response: {
          200: {
            type: 'object',
            required: ['variable', 'units', 'min', 'max', 'colours', 'validTime'],
            properties: {
              variable: { type: 'string' },
              units: { type: 'string' },
              min: { type: 'number' },
              max: { type: 'number' },
              colours: { type: 'array', items: { type: 'array', items: { type: 'integer' } }, description: 'RGB stops, evenly spaced from min to max' },
              validTime: { type: 'string' },
              leadHours: { type: ['number', 'null'] },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { variable } = request.params;
      const { field, units, validTimeMs } = await queries.mapField(variable, request.query.lead);
      const [min, max] = colourRange(variable, field, request.query.scale);
      return { variable, units, min, max, colours: COLOUR_STOPS.map((c) => [...c]), validTime: new Date(validTimeMs).toISOString(), leadHours: request.query.lead ?? null };
    },
  );

  app.get<{ Params: { variable: string; z: number; x: number; y: number }; Querystring: { lead?: number; scale: ColourScale } }>(
    '/api/v1/tiles/:variable/:z/:x/:y.png',
    {
      schema: {
        summary: 'A 256 × 256 web-mercator PNG tile of the latest analysis mean, or of the forecast ensemble mean at a lead',
        tags: ['analysis', 'forecast'],
        params: {
          type: 'object',
          required: ['variable', 'z', 'x', 'y'],
          properties: {
            variable: variableName,
            z: { type: 'integer', minimum: 0, maximum: 22 },
            x: { type: 'integer', minimum: 0 },
            y: { type: 'integer', minimum: 0 },
          },
        },
        querystring: tileQuery,
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      const { variable, z, x, y } = request.params;
      const { grid, field } = await queries.mapField(variable, request.query.lead);
      const png = renderTile(grid, field, variable, z, x, y, request.query.scale);
      return reply.type('image/png').header('cache-control', 'max-age=60').send(png);
    },
  );
};
