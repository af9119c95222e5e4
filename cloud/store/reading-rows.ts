import { VARIABLES } from '../../common/variables.js';
import { packQc, unpackQc, VARIABLE_COLUMNS } from './schema.js';
import type { ReadingRecord } from './types.js';

/**
 * Row layout of ReadingRows (and of the writer's requests). A NaN gateway-received time is null; a
 * NaN QC word means the reading lacks the variable, a NaN value that it was missing.
 */
export const COL = {
  device: 0,
  seq: 1,
  timeMs: 2,
  gatewayReceivedMs: 3,
  cloudReceivedMs: 4,
  clockFlags: 5,
  gateway: 6,
  /** Then, per VARIABLE_COLUMNS entry: value (NaN when missing), packed QC. */
  values: 7,
} as const;
export const ROW_WIDTH = COL.values + 2 * VARIABLE_COLUMNS.length;

/** Bits of COL.clockFlags, as the store's `clock_flags` column. */
export const CLOCK_SYNCED = 1;
export const CLOCK_SUSPECT = 2;

/**
 * The readings of one batch in the store's write layout: one row of ROW_WIDTH doubles per reading,
 * device and gateway ids as indexes into the lists. The hub's ingest decodes readings straight into
 * it (cloud/ingest/decode-readings.ts): a ReadingRecord with a value object per variable for every
 * reading cost more than decoding it, and as much again in garbage collection. Records are made
 * only where something needs them (sinks, tests, tools).
 */
export class ReadingRows {
  constructor(
    /** At least `length * ROW_WIDTH` doubles; only those are read. */
    readonly rows: Float64Array,
    readonly length: number,
    readonly deviceIds: readonly string[],
    readonly gatewayIds: readonly string[],
  ) {}

  static readonly empty = new ReadingRows(new Float64Array(0), 0, [], []);

  /** Records as given, or rows already. */
  static of(readings: readonly ReadingRecord[] | ReadingRows): ReadingRows {
    return readings instanceof ReadingRows ? readings : ReadingRows.fromRecords(readings);
  }

  static fromRecords(records: readonly ReadingRecord[]): ReadingRows {
    const devices = new IdList();
    const gateways = new IdList();
    const rows = new Float64Array(records.length * ROW_WIDTH);
    let o = 0;
    for (const r of records) {
      rows[o + COL.device] = devices.indexOf(r.deviceId);
      rows[o + COL.seq] = r.seq;
      rows[o + COL.timeMs] = r.timeMs;
      rows[o + COL.gatewayReceivedMs] = r.gatewayReceivedMs ?? Number.NaN;
      rows[o + COL.cloudReceivedMs] = r.cloudReceivedMs;
      rows[o + COL.clockFlags] = (r.clockSynced ? CLOCK_SYNCED : 0) | (r.clockSuspect ? CLOCK_SUSPECT : 0);
      rows[o + COL.gateway] = gateways.indexOf(r.gatewayId);
      let i = o + COL.values;
      for (const c of VARIABLE_COLUMNS) {
        const v = r.values[c.name];
        rows[i++] = v?.value ?? Number.NaN;
        rows[i++] = v === undefined ? Number.NaN : packQc(v.flag, v.tests);
      }
      o += ROW_WIDTH;
    }
    return new ReadingRows(rows, records.length, devices.ids, gateways.ids);
  }

  /** Reading `i` as a record. */
  record(i: number): ReadingRecord {
    const { rows } = this;
    const o = i * ROW_WIDTH;
    const values: ReadingRecord['values'] = {};
    for (let v = 0; v < VARIABLES.length; v++) {
      const qc = rows[o + COL.values + 2 * v + 1]!;
      if (Number.isNaN(qc)) continue;
      const value = rows[o + COL.values + 2 * v]!;
      values[VARIABLES[v]!.name] = { value: Number.isNaN(value) ? null : value, ...unpackQc(qc) };
    }
    const gatewayReceived = rows[o + COL.gatewayReceivedMs]!;
    const clock = rows[o + COL.clockFlags]!;
    return {
      deviceId: this.deviceIds[rows[o + COL.device]!]!,
      seq: rows[o + COL.seq]!,
      timeMs: rows[o + COL.timeMs]!,
      clockSynced: (clock & CLOCK_SYNCED) !== 0,
      clockSuspect: (clock & CLOCK_SUSPECT) !== 0,
      gatewayReceivedMs: Number.isNaN(gatewayReceived) ? null : gatewayReceived,
      cloudReceivedMs: rows[o + COL.cloudReceivedMs]!,
      gatewayId: this.gatewayIds[rows[o + COL.gateway]!]!,
      values,
    };
  }

  /** The readings whose byte in `mask` (from `maskOffset`) is 1, or all of them without a mask. */
  records(mask?: Uint8Array, maskOffset = 0): ReadingRecord[] {
    const out: ReadingRecord[] = [];
    for (let i = 0; i < this.length; i++) if (!mask || mask[maskOffset + i] === 1) out.push(this.record(i));
    return out;
  }
}

/** Strings listed once each, referred to by their index. */
export class IdList {
  private readonly index = new Map<string, number>();
  readonly ids: string[] = [];

  indexOf(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }
}
