import type { FastifyPluginAsync } from 'fastify';
import { WxError } from '../../../common/errors.js';
import type { ObservationStore, StationSummary } from '../../store/types.js';
import { errorResponses } from '../errors.js';
import { readingToJson, serializeWithJsonStringify } from '../schemas.js';
import { isoOrNull } from '../time.js';

export interface StationsRoutesOptions {
  store: ObservationStore;
}

function stationToJson(s: StationSummary): Record<string, unknown> {
  return {
    id: s.deviceId,
    site: s.site,
    name: s.name,
    location: { latitude: s.latitude, longitude: s.longitude, elevationM: s.elevationM },
    hardware: s.hardware,
    gatewayId: s.gatewayId,
    state: s.state,
    statusTime: isoOrNull(s.statusTimeMs),
    agentVersion: s.agentVersion,
    details: s.details,
    lastReadingTime: isoOrNull(s.lastReadingMs),
    latest: s.latest ? readingToJson(s.latest) : null,
  };
}

/** GET /api/v1/stations and /api/v1/stations/:id: metadata, state and the latest values with flags. */
export const stationsRoutes: FastifyPluginAsync<StationsRoutesOptions> = async (app, { store }) => {
  app.get(
    '/api/v1/stations',
    {
      ...serializeWithJsonStringify,
      schema: {
        summary: 'All stations with their location, last reading time and latest values and QC flags',
        tags: ['stations'],
        querystring: { type: 'object', additionalProperties: false, properties: {} },
        response: {
          200: { type: 'object', required: ['stations'], properties: { stations: { type: 'array', items: { $ref: 'Station#' } } } },
          ...errorResponses,
        },
      },
    },
    async () => ({ stations: (await store.listStations()).map(stationToJson) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/stations/:id',
    {
      schema: {
        summary: 'One station',
        tags: ['stations'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } } },
        querystring: { type: 'object', additionalProperties: false, properties: {} },
        response: { 200: { $ref: 'Station#' }, ...errorResponses },
      },
    },
    async (request) => {
      const station = await store.getStation(request.params.id);
      if (!station) throw new WxError('WX_ERR_NOT_FOUND', `unknown station ${JSON.stringify(request.params.id)}`, { field: 'id' });
      return stationToJson(station);
    },
  );
};
