/**
 * One error class for the whole platform, with string codes grouped by area (fastify's FST_ERR_*
 * catalogue is the model). Map codes to HTTP and gRPC status in exactly one place each
 * (cloud/api/errors.ts and the ingest service), never ad hoc.
 */
export const ErrorCodes = {
  // configuration and start-up
  WX_ERR_CONFIG_INVALID: 'configuration is invalid',
  WX_ERR_CONFIG_UNREADABLE: 'configuration file cannot be read or parsed',
  WX_ERR_ARGS_INVALID: 'command-line arguments are invalid',
  // messages from outside (MQTT payloads, gRPC batches, HTTP queries)
  WX_ERR_PAYLOAD_MALFORMED: 'payload cannot be decoded',
  WX_ERR_PAYLOAD_TOO_LARGE: 'payload exceeds the size limit',
  WX_ERR_PAYLOAD_INVALID: 'payload decoded but fails validation',
  WX_ERR_TOPIC_INVALID: 'topic does not follow the wx/v1 scheme',
  WX_ERR_DEVICE_UNKNOWN: 'device is not registered',
  WX_ERR_DEVICE_MISMATCH: 'payload names another device than its topic',
  WX_ERR_NOT_AUTHORIZED: 'not authorized',
  WX_ERR_QUERY_INVALID: 'query parameter is invalid',
  WX_ERR_NOT_FOUND: 'not found',
  // storage
  WX_ERR_OUTBOX_FULL: 'outbox reached its size bound',
  WX_ERR_STORE: 'storage failure',
  // sources and sensors
  WX_ERR_SOURCE: 'sensor source failure',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface WxErrorOptions {
  cause?: unknown;
  /** The field, parameter or topic the error is about, when there is one. */
  field?: string;
  /** Every individual problem, e.g. all schema violations of one config file. */
  details?: string[];
}

export class WxError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: string[];

  constructor(code: ErrorCode, message?: string, options: WxErrorOptions = {}) {
    super(message ?? ErrorCodes[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WxError';
    this.code = code;
    this.field = options.field;
    this.details = options.details ?? [];
  }
}

export function isWxError(err: unknown, code?: ErrorCode): err is WxError {
  return err instanceof WxError && (code === undefined || err.code === code);
}

/** A printable one-line description of anything thrown. */
export function describeError(err: unknown): string {
  if (err instanceof WxError) {
    return err.details.length > 0 ? `${err.code}: ${err.message}\n  - ${err.details.join('\n  - ')}` : `${err.code}: ${err.message}`;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}
