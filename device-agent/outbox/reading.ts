import { VARIABLE_NAMES, variableToProto, QC_FLAGS, QC_TESTS, type VariableName } from '../../common/variables.js';
import { v1, type ObservationProps } from '../../protos/index.js';
import type { QcOutcome } from '../qc/index.js';

export type Values = Partial<Record<VariableName, number>>;

/** JSON has no NaN: missing values are stored as null and read back as NaN. */
export function valuesToJson(values: Values): string {
  const out: Record<string, number | null> = {};
  for (const name of VARIABLE_NAMES) {
    const v = values[name];
    if (v !== undefined) out[name] = Number.isFinite(v) ? v : null;
  }
  return JSON.stringify(out);
}

export function valuesFromJson(text: string): Values {
  const raw = JSON.parse(text) as Record<string, number | null>;
  const out: Values = {};
  for (const name of VARIABLE_NAMES) {
    if (name in raw) out[name] = raw[name] ?? NaN;
  }
  return out;
}

export interface ReadingInput {
  deviceId: string;
  seq: number;
  timeMs: number;
  clockSynced: boolean;
  clockSuspect: boolean;
  values: Values;
}

/**
 * Builds and encodes the wx.v1.Reading of a decided sample: the raw values always, the QC flag and
 * fired tests from the outcome. A clock-suspect reading has QC_TEST_CLOCK set on every observation.
 */
export function encodeReading(input: ReadingInput, outcome: QcOutcome | undefined): Uint8Array {
  const clockSuspect = input.clockSuspect || (outcome?.clockSuspect ?? false);
  const observations: ObservationProps[] = [];
  for (const name of VARIABLE_NAMES) {
    const value = input.values[name];
    if (value === undefined) continue;
    const decided = outcome?.variables[name];
    const flag = decided?.flag ?? (Number.isNaN(value) ? QC_FLAGS.missing : QC_FLAGS.unspecified);
    const tests = (decided?.tests ?? 0) | (clockSuspect ? QC_TESTS.clock : 0);
    observations.push({ variable: variableToProto(name), value, flag, qcTests: tests >>> 0 });
  }
  return v1.Reading.encode({
    deviceId: input.deviceId,
    seq: input.seq,
    timeMs: input.timeMs,
    clockSynced: input.clockSynced,
    clockSuspect,
    observations,
  }).finish();
}

/**
 * A wx.v1.ReadingBatch from already-encoded Readings: `repeated Reading readings = 1` is, on the
 * wire, each reading as field 1 (tag 0x0a) with a varint length prefix, so no re-encoding is needed.
 */
export function encodeBatch(readings: readonly Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const r of readings) {
    parts.push(Buffer.from([0x0a, ...varint(r.length)]), Buffer.from(r.buffer, r.byteOffset, r.byteLength));
  }
  return Buffer.concat(parts);
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}
