import { status, type StatusObject } from '@grpc/grpc-js';
import { isWxError, type ErrorCode } from '../../common/errors.js';

/** The one place WxError codes become gRPC status codes (the API has its own in api/errors.ts). */
const GRPC_STATUS: Record<ErrorCode, status> = {
  WX_ERR_CONFIG_INVALID: status.INTERNAL,
  WX_ERR_CONFIG_UNREADABLE: status.INTERNAL,
  WX_ERR_ARGS_INVALID: status.INVALID_ARGUMENT,
  WX_ERR_PAYLOAD_MALFORMED: status.INVALID_ARGUMENT,
  WX_ERR_PAYLOAD_TOO_LARGE: status.RESOURCE_EXHAUSTED,
  WX_ERR_PAYLOAD_INVALID: status.INVALID_ARGUMENT,
  WX_ERR_TOPIC_INVALID: status.INVALID_ARGUMENT,
  WX_ERR_DEVICE_UNKNOWN: status.NOT_FOUND,
  WX_ERR_DEVICE_MISMATCH: status.PERMISSION_DENIED,
  WX_ERR_NOT_AUTHORIZED: status.UNAUTHENTICATED,
  WX_ERR_QUERY_INVALID: status.INVALID_ARGUMENT,
  WX_ERR_NOT_FOUND: status.NOT_FOUND,
  WX_ERR_OUTBOX_FULL: status.RESOURCE_EXHAUSTED,
  // The gateway keeps the batch and retries: UNAVAILABLE is the retryable status.
  WX_ERR_STORE: status.UNAVAILABLE,
  WX_ERR_SOURCE: status.INTERNAL,
};

export function toGrpcStatus(err: unknown): Partial<StatusObject> & { code: status; details: string } {
  if (isWxError(err)) return { code: GRPC_STATUS[err.code], details: `${err.code}: ${err.message}` };
  return { code: status.INTERNAL, details: err instanceof Error ? err.message : String(err) };
}
