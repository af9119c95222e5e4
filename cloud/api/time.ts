import { WxError } from '../../common/errors.js';

const EPOCH_MS = /^-?\d{1,16}$/;
// ISO-8601 date or date-time; a date-time without an offset is read as UTC.
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Parses a time query parameter given as epoch milliseconds or ISO-8601; 400 naming `field` otherwise. */
export function parseTimeParam(value: string, field: string): number {
  let ms = Number.NaN;
  if (EPOCH_MS.test(value)) ms = Number(value);
  else {
    const m = ISO.exec(value.trim());
    if (m) ms = Date.parse(m[2] === undefined ? `${m[1]}T00:00:00Z` : `${m[1]}T${m[2]}${m[3] ?? 'Z'}`);
  }
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > 8.64e15) {
    throw new WxError('WX_ERR_QUERY_INVALID', `${field} must be an ISO-8601 time or epoch milliseconds (got ${JSON.stringify(value)})`, { field });
  }
  return ms;
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
