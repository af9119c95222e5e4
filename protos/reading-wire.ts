import type { ProtoReader } from './index.js';

/**
 * The fields of one encoded wx.v1.Reading, read off the wire with protobufjs' Reader instead of
 * building a Reading and an Observation object per variable: the gateway checks every reading it
 * receives and the hub decodes every reading it stores, and those objects cost more than the
 * rules applied to them. One instance is reused reading after reading.
 * Absent fields hold proto3 defaults (an absent value is 0, not NaN), a scalar given twice its last
 * value, and observations are kept in wire order.
 */
export class ReadingFields {
  deviceId = '';
  seq = 0;
  timeMs = 0;
  clockSynced = false;
  clockSuspect = false;
  gatewayReceivedMs = 0;
  gatewayId = '';
  /** Observations read; the arrays below hold them at [0, observations). */
  observations = 0;
  variable = new Int32Array(8);
  value = new Float64Array(8);
  flag = new Int32Array(8);
  tests = new Uint32Array(8);

  reset(): void {
    this.deviceId = '';
    this.seq = 0;
    this.timeMs = 0;
    this.clockSynced = false;
    this.clockSuspect = false;
    this.gatewayReceivedMs = 0;
    this.gatewayId = '';
    this.observations = 0;
  }

  /** A new observation at its defaults; returns its index. */
  addObservation(): number {
    const i = this.observations++;
    if (i === this.variable.length) {
      this.variable = grow(this.variable, new Int32Array(i * 2));
      this.value = grow(this.value, new Float64Array(i * 2));
      this.flag = grow(this.flag, new Int32Array(i * 2));
      this.tests = grow(this.tests, new Uint32Array(i * 2));
    }
    this.variable[i] = 0;
    this.value[i] = 0;
    this.flag[i] = 0;
    this.tests[i] = 0;
    return i;
  }
}

/** 64-bit fields: protos/index.ts configures the Reader to return plain numbers, whatever its typings say. */
function long(v: unknown): number {
  return v as number;
}

function grow<T extends Int32Array | Float64Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Reads the encoded Reading at bytes [start, end) of the reader's buffer into `f` (reset first), as
 * wx.v1.Reading.decode would: every field is read with the Reader call the generated decoder makes
 * (protos/gen, protobufjs 8), so it throws on exactly the bytes the decoder throws on (truncated,
 * bad varints, field number 0, invalid UTF-8 in a string, a stray end-group). A known field with
 * another wire type is skipped like an unknown one, as the decoder does.
 */
export function readReading(r: ProtoReader, start: number, end: number, f: ReadingFields): void {
  f.reset();
  const outer = r.len;
  r.pos = start;
  r.len = end;
  try {
    while (r.pos < end) {
      const tag = r.tag();
      const wireType = tag & 7;
      const field = tag >>> 3;
      if (field === 1 && wireType === 2) f.deviceId = r.stringVerify();
      else if (field === 2 && wireType === 0) f.seq = long(r.uint64());
      else if (field === 3 && wireType === 0) f.timeMs = long(r.int64());
      else if (field === 4 && wireType === 0) f.clockSynced = r.bool();
      else if (field === 5 && wireType === 0) f.clockSuspect = r.bool();
      else if (field === 6 && wireType === 2) readObservation(r, f);
      else if (field === 7 && wireType === 0) f.gatewayReceivedMs = long(r.int64());
      else if (field === 8 && wireType === 2) f.gatewayId = r.stringVerify();
      else r.skipType(wireType, 0, field);
    }
  } finally {
    r.len = outer;
  }
}

/** The length-delimited Observation at the reader's position, as wx.v1.Observation.decode(r, r.size()). */
function readObservation(r: ProtoReader, f: ReadingFields): void {
  const size = r.size(); // before r.pos is read: size() moves it past the length
  const end = r.pos + size;
  if (end > r.len) throw new RangeError('index out of range');
  const outer = r.len;
  r.len = end;
  const i = f.addObservation();
  while (r.pos < end) {
    const tag = r.tag();
    const wireType = tag & 7;
    const field = tag >>> 3;
    if (field === 1 && wireType === 0) f.variable[i] = r.int32();
    else if (field === 2 && wireType === 1) f.value[i] = r.double();
    else if (field === 3 && wireType === 0) f.flag[i] = r.int32();
    else if (field === 4 && wireType === 0) f.tests[i] = r.uint32();
    else r.skipType(wireType, 1, field);
  }
  r.len = outer;
}
