import type { FastifyPluginAsync } from 'fastify';
import { WxError } from '../../../common/errors.js';
import type { ModelReportRow, NowcastRow, NowcastStore } from '../../nowcasts/store.js';
import { errorResponses } from '../errors.js';
import { isoOrNull, parseTimeParam } from '../time.js';

export interface NowcastRoutesOptions {
  nowcasts: NowcastStore;
  /** [1...10000] nowcasts one request may ask for. */
  maxLimit?: number;
}

const isoOr0 = (ms: number): string | null => (ms > 0 ? new Date(ms).toISOString() : null);

const nowcastSchema = {
  type: 'object',
  required: ['station', 'baseTime', 'issued', 'state', 'reason', 'modelId', 'modelVersion', 'executionProvider', 'input', 'quantileLevels', 'values'],
  properties: {
    station: { type: 'string' },
    baseTime: { type: 'string', description: 'time of the newest input reading; leads count from here (issue time when there was no input)' },
    issued: { type: 'string' },
    state: { type: 'string', enum: ['OK', 'INSUFFICIENT_HISTORY', 'NO_MODEL', 'FAILED'] },
    reason: { type: 'string', description: 'why not OK' },
    modelId: { type: 'string' },
    modelVersion: { type: 'string' },
    executionProvider: { type: 'string' },
    inferenceMs: { type: 'number' },
    gateway: { type: 'string' },
    input: {
      type: 'object',
      properties: { from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] }, steps: { type: 'integer' }, missing: { type: 'integer' }, lastSeq: { type: 'integer' } },
    },
    quantileLevels: { type: 'array', items: { type: 'number' } },
    values: {
      type: 'array',
      items: {
        type: 'object',
        required: ['variable', 'leadMinutes', 'quantiles'],
        properties: { variable: { type: 'string' }, leadMinutes: { type: 'integer' }, quantiles: { type: 'array', items: { type: 'number' }, description: "at quantileLevels, in the variable's unit" } },
      },
    },
  },
} as const;

function toJson(r: NowcastRow) {
  return {
    station: r.deviceId, baseTime: new Date(r.baseTimeMs).toISOString(), issued: new Date(r.issuedMs).toISOString(), state: r.state, reason: r.reason,
    modelId: r.modelId, modelVersion: r.modelVersion, executionProvider: r.executionProvider, inferenceMs: r.inferenceMs, gateway: r.gatewayId,
    input: { from: isoOr0(r.inputFromMs), to: isoOr0(r.inputToMs), steps: r.inputSteps, missing: r.inputMissing, lastSeq: r.inputLastSeq },
    quantileLevels: r.quantileLevels, values: r.values,
  };
}

const reportJson = (r: ModelReportRow) => ({
  device: r.deviceId, deploymentId: r.deploymentId, modelId: r.modelId, version: r.version, state: r.state, reason: r.reason,
  activeVersion: r.activeVersion, time: new Date(r.timeMs).toISOString(), bytesReceived: r.bytesReceived, gateway: r.gatewayId,
});

const reportSchema = {
  type: 'object',
  required: ['device', 'state', 'activeVersion', 'time'],
  properties: {
    device: { type: 'string' }, deploymentId: { type: 'string' }, modelId: { type: 'string' }, version: { type: 'string' },
    state: { type: 'string', description: 'PENDING, DOWNLOADING, VERIFYING, ACTIVE, FAILED, ROLLED_BACK' }, reason: { type: 'string' },
    activeVersion: { type: 'string', description: 'the model the device runs after this event' }, time: { type: 'string' }, bytesReceived: { type: 'integer' }, gateway: { type: 'string' },
  },
} as const;

/** GET /api/v1/nowcasts (one station's), /api/v1/nowcasts/latest (every station's newest), /api/v1/devices/models. */
export const nowcastRoutes: FastifyPluginAsync<NowcastRoutesOptions> = async (app, { nowcasts, maxLimit = 10_000 }) => {
  app.get<{ Querystring: { station: string; from?: string; to?: string; limit: number } }>(
    '/api/v1/nowcasts',
    {
      schema: {
        summary: "A station's nowcasts (its own on-device forecasts), the most recently issued first; from/to select by base time",
        tags: ['nowcasts'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['station'],
          properties: {
            station: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
            from: { type: 'string', description: 'base time, ISO-8601 (UTC when no offset) or epoch ms; inclusive' },
            to: { type: 'string', description: 'base time, ISO-8601 or epoch ms; exclusive' },
            limit: { type: 'integer', minimum: 1, maximum: maxLimit, default: Math.min(100, maxLimit) },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['station', 'from', 'to', 'count', 'nowcasts'],
            properties: { station: { type: 'string' }, from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] }, count: { type: 'integer' }, nowcasts: { type: 'array', items: nowcastSchema } },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const fromMs = q.from === undefined ? undefined : parseTimeParam(q.from, 'from');
      const toMs = q.to === undefined ? undefined : parseTimeParam(q.to, 'to');
      if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs) throw new WxError('WX_ERR_QUERY_INVALID', 'to must be later than from', { field: 'to' });
      const rows = nowcasts.query({ station: q.station, fromMs, toMs, limit: q.limit });
      return { station: q.station, from: isoOrNull(fromMs ?? null), to: isoOrNull(toMs ?? null), count: rows.length, nowcasts: rows.map(toJson) };
    },
  );

  app.get(
    '/api/v1/nowcasts/latest',
    {
      schema: {
        summary: "Every station's most recently issued nowcast",
        tags: ['nowcasts'],
        response: { 200: { type: 'object', required: ['count', 'nowcasts'], properties: { count: { type: 'integer' }, nowcasts: { type: 'array', items: nowcastSchema } } }, ...errorResponses },
      },
    },
    async () => {
      const rows = nowcasts.latest();
      return { count: rows.length, nowcasts: rows.map(toJson) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/devices/:id/model-reports',
    {
      schema: {
        summary: "One device's model update reports, oldest first: what happened during its updates",
        tags: ['nowcasts'],
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } } },
        response: { 200: { type: 'object', required: ['count', 'reports'], properties: { count: { type: 'integer' }, reports: { type: 'array', items: reportSchema } } }, ...errorResponses },
      },
    },
    async (request) => {
      const rows = nowcasts.reportsOf(request.params.id);
      return { count: rows.length, reports: rows.map(reportJson) };
    },
  );

  app.get(
    '/api/v1/devices/models',
    {
      schema: {
        summary: "Each device's model version and rollout state (its newest model update report)",
        tags: ['nowcasts'],
        response: { 200: { type: 'object', required: ['count', 'devices'], properties: { count: { type: 'integer' }, devices: { type: 'array', items: reportSchema } } }, ...errorResponses },
      },
    },
    async () => {
      const rows = nowcasts.deviceModels();
      return { count: rows.length, devices: rows.map(reportJson) };
    },
  );
};
