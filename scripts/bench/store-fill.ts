/**
 * Synthetic station history for bench:store, written through the hub store as its gRPC ingest
 * writes it (ReadingRows, the write layout decodeReadings produces; several gateway batches per
 * transaction, as the group committer makes them under load).
 *
 * Layout: `stations` stations, one reading a minute each, all seven variables. Reading n is station
 * n % stations at minute floor(n / stations), so the table grows in time order across all stations,
 * as a hub's does, and every station's history spans the same minutes.
 */
import { VARIABLE_COLUMNS } from '../../cloud/store/schema.js';
import { CLOCK_SYNCED, COL, ReadingRows, ROW_WIDTH } from '../../cloud/store/reading-rows.js';
import { packQc } from '../../cloud/store/schema.js';
import type { BatchInput, ObservationStore } from '../../cloud/store/types.js';

export const T0 = Date.UTC(2024, 0, 1);
export const MINUTE = 60_000;
export const GATEWAY_ID = 'gw-bench';
const GOOD = packQc(1, 0);
const SUSPECT_STEP = packQc(2, 4);

export const stationId = (k: number): string => `st-${String(k).padStart(4, '0')}`;

export interface Layout {
  stations: number;
  /** Readings per gateway batch, and batches per transaction. */
  batchReadings: number;
  batchesPerCommit: number;
}

/** Device time of reading n. */
export const timeOf = (n: number, stations: number): number => T0 + Math.floor(n / stations) * MINUTE;

function rowsFor(from: number, to: number, stations: number, deviceIds: readonly string[]): ReadingRows {
  const count = to - from;
  const rows = new Float64Array(count * ROW_WIDTH);
  for (let i = 0; i < count; i++) {
    const n = from + i;
    const k = n % stations;
    const minute = Math.floor(n / stations);
    const o = i * ROW_WIDTH;
    const t = T0 + minute * MINUTE;
    rows[o + COL.device] = k;
    rows[o + COL.seq] = minute + 1;
    rows[o + COL.timeMs] = t;
    rows[o + COL.gatewayReceivedMs] = t + 40;
    rows[o + COL.cloudReceivedMs] = t + 90;
    rows[o + COL.clockFlags] = CLOCK_SYNCED;
    rows[o + COL.gateway] = 0;
    const day = Math.sin((2 * Math.PI * (minute % 1440)) / 1440);
    for (let v = 0; v < VARIABLE_COLUMNS.length; v++) {
      rows[o + COL.values + 2 * v] = Math.round((10 + 8 * day + (k % 17) + v * 3 + ((n * 7919) % 13) / 10) * 10) / 10;
      rows[o + COL.values + 2 * v + 1] = (n + v) % 997 === 0 ? SUSPECT_STEP : GOOD;
    }
  }
  return new ReadingRows(rows, count, deviceIds, [GATEWAY_ID]);
}

/**
 * Stores readings [from, to) and resolves with the seconds it took. Each transaction holds
 * batchesPerCommit batches of batchReadings readings; each batch's rows index all station ids (as
 * a gateway batch of many stations would).
 */
export async function fill(store: ObservationStore, from: number, to: number, layout: Layout): Promise<number> {
  const deviceIds = Array.from({ length: layout.stations }, (_, k) => stationId(k));
  const started = process.hrtime.bigint();
  for (let n = from; n < to; ) {
    const group: BatchInput[] = [];
    for (let b = 0; b < layout.batchesPerCommit && n < to; b++) {
      const end = Math.min(to, n + layout.batchReadings);
      group.push({ gatewayId: GATEWAY_ID, readings: rowsFor(n, end, layout.stations, deviceIds), statuses: [], rejected: 0 });
      n = end;
    }
    for (const r of await store.storeBatches(group)) if (r.duplicates !== 0) throw new Error(`bench fill stored duplicates at reading ${n}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}
