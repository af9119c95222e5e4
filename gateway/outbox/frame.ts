/**
 * Protobuf wire-format helpers for the outbox's framed rows. A repeated message field on the wire is
 * its elements one after another, each as tag + length + bytes, so framed entries concatenate into
 * an encoded message. A scalar field that appears twice takes its last value (protobuf encoding
 * guide, "Last One Wins"), so the gateway stamps a device's encoded Reading by appending fields.
 */

/** Bytes a varint of `v` (a non-negative safe integer) takes. */
export function varintSize(v: number): number {
  let n = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** Writes `v` (a non-negative safe integer) as a varint at `pos`; returns the position after it. */
export function writeVarint(buf: Buffer, pos: number, v: number): number {
  while (v >= 128) {
    buf[pos++] = (v % 128) | 128;
    v = Math.floor(v / 128);
  }
  buf[pos++] = v;
  return pos;
}

/** `bytes` as one length-delimited entry of field `field`. */
export function frameEntry(field: number, bytes: Uint8Array): Buffer {
  const tag = (field << 3) | 2;
  const out = Buffer.allocUnsafe(varintSize(tag) + varintSize(bytes.byteLength) + bytes.byteLength);
  let pos = writeVarint(out, 0, tag);
  pos = writeVarint(out, pos, bytes.byteLength);
  out.set(bytes, pos);
  return out;
}

/** A span of an encoded message: bytes [start, end) of `source`. */
export interface Span {
  start: number;
  end: number;
  /** Append clock_suspect = true (field 5). */
  markSuspect: boolean;
}

// wx.v1.Reading fields the gateway sets: 5 clock_suspect (varint), 7 gateway_received_ms (varint),
// 8 gateway_id (length-delimited).
const SUSPECT_TAG = (5 << 3) | 0;
const RECEIVED_TAG = (7 << 3) | 0;
const GATEWAY_ID_TAG = (8 << 3) | 2;
const READINGS_TAG = (3 << 3) | 2;

/**
 * Frames the Readings at `spans` of `source` as ForwardBatch field-3 entries, each followed by
 * gateway_received_ms = receivedMs, gateway_id = gatewayId (and clock_suspect where marked).
 */
export function frameStampedReadings(source: Uint8Array, spans: readonly Span[], receivedMs: number, gatewayId: Buffer): Buffer {
  const stamp = 1 + varintSize(receivedMs) + 1 + varintSize(gatewayId.byteLength) + gatewayId.byteLength;
  let total = 0;
  for (const s of spans) {
    const len = s.end - s.start + stamp + (s.markSuspect ? 2 : 0);
    total += 1 + varintSize(len) + len;
  }
  const out = Buffer.allocUnsafe(total);
  let pos = 0;
  for (const s of spans) {
    const len = s.end - s.start + stamp + (s.markSuspect ? 2 : 0);
    out[pos++] = READINGS_TAG;
    pos = writeVarint(out, pos, len);
    out.set(source.subarray(s.start, s.end), pos);
    pos += s.end - s.start;
    if (s.markSuspect) {
      out[pos++] = SUSPECT_TAG;
      out[pos++] = 1;
    }
    out[pos++] = RECEIVED_TAG;
    pos = writeVarint(out, pos, receivedMs);
    out[pos++] = GATEWAY_ID_TAG;
    pos = writeVarint(out, pos, gatewayId.byteLength);
    gatewayId.copy(out, pos);
    pos += gatewayId.byteLength;
  }
  return out;
}

function readVarint(buf: Uint8Array, pos: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.byteLength) throw new RangeError('truncated varint');
    const b = buf[pos++]!;
    value += (b & 127) * scale;
    if (b < 128) return [value, pos];
    scale *= 128;
  }
  throw new RangeError('varint too long');
}

/**
 * The byte spans of every element of repeated message field `field` in an encoded message (e.g.
 * ReadingBatch.readings = 1), in order; other fields are skipped. Throws RangeError on bytes that
 * are not a well-formed message (as a decoder would).
 */
export function fieldSpans(buf: Uint8Array, field: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos < buf.byteLength) {
    let tag: number;
    [tag, pos] = readVarint(buf, pos);
    const wireType = tag & 7;
    if (tag >>> 3 === 0) throw new RangeError('field number 0');
    switch (wireType) {
      case 0:
        pos = readVarint(buf, pos)[1];
        break;
      case 1:
        pos += 8;
        break;
      case 2: {
        let len: number;
        [len, pos] = readVarint(buf, pos);
        if (pos + len > buf.byteLength) throw new RangeError('truncated field');
        if (tag >>> 3 === field) spans.push({ start: pos, end: pos + len });
        pos += len;
        break;
      }
      case 5:
        pos += 4;
        break;
      default:
        throw new RangeError(`wire type ${wireType}`);
    }
    if (pos > buf.byteLength) throw new RangeError('truncated field');
  }
  return spans;
}
