import type { FastifyError, FastifyInstance } from 'fastify';
import { ErrorCodes, isWxError, WxError, type ErrorCode } from '../../common/errors.js';

/** The one place WxError codes become HTTP status codes (gRPC has ingest/status.ts). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  WX_ERR_CONFIG_INVALID: 500,
  WX_ERR_CONFIG_UNREADABLE: 500,
  WX_ERR_ARGS_INVALID: 400,
  WX_ERR_PAYLOAD_MALFORMED: 400,
  WX_ERR_PAYLOAD_TOO_LARGE: 413,
  WX_ERR_PAYLOAD_INVALID: 400,
  WX_ERR_TOPIC_INVALID: 400,
  WX_ERR_DEVICE_UNKNOWN: 404,
  WX_ERR_DEVICE_MISMATCH: 403,
  WX_ERR_NOT_AUTHORIZED: 401,
  WX_ERR_QUERY_INVALID: 400,
  WX_ERR_NOT_FOUND: 404,
  WX_ERR_OUTBOX_FULL: 503,
  WX_ERR_STORE: 503,
  WX_ERR_SOURCE: 500,
};

/** Body of every error answer: `{ error: code, message, field? }`. */
export const errorBodySchema = {
  $id: 'WxErrorBody',
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'WX_ERR_* code' },
    message: { type: 'string' },
    field: { type: 'string', description: 'the query parameter or field at fault' },
  },
} as const;

/** Response schemas for the error statuses a route can answer, to spread into `schema.response`. */
export const errorResponses = {
  400: { $ref: 'WxErrorBody#' },
  401: { $ref: 'WxErrorBody#' },
  404: { $ref: 'WxErrorBody#' },
  500: { $ref: 'WxErrorBody#' },
  503: { $ref: 'WxErrorBody#' },
} as const;

interface AjvLikeError {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** Turns a Fastify schema-validation failure into WX_ERR_QUERY_INVALID naming the parameter. */
function fromValidation(err: FastifyError): WxError {
  const first = (err.validation?.[0] ?? {}) as AjvLikeError;
  const field =
    (first.params?.missingProperty as string | undefined) ??
    (first.params?.additionalProperty as string | undefined) ??
    (first.instancePath ?? '').replace(/^\//, '').split('/')[0] ??
    '';
  const message =
    first.keyword === 'additionalProperties'
      ? `unknown parameter ${field}`
      : first.keyword === 'required'
        ? `${field} is required`
        : `${field} ${first.message ?? 'is invalid'}`;
  return new WxError(err.validationContext === 'querystring' || err.validationContext === 'params' ? 'WX_ERR_QUERY_INVALID' : 'WX_ERR_PAYLOAD_INVALID', message, {
    field: field || undefined,
  });
}

export function installErrorHandling(app: FastifyInstance): void {
  app.addSchema(errorBodySchema);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const wx = isWxError(error) ? error : error.validation ? fromValidation(error) : undefined;
    if (wx) {
      const status = HTTP_STATUS[wx.code];
      if (status >= 500) request.log.error({ err: wx }, 'request failed');
      return reply.status(status).send({ error: wx.code, message: wx.message, ...(wx.field ? { field: wx.field } : {}) });
    }
    // Fastify's own client errors (bad content type, body too large...) keep their status.
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send({ error: error.code ?? 'WX_ERR_INTERNAL', message: status === 500 ? 'internal error' : error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'WX_ERR_NOT_FOUND', message: `${ErrorCodes.WX_ERR_NOT_FOUND}: ${request.method} ${request.url.split('?')[0]}` }),
  );
}
