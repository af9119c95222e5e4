/**
 * Quick throughput check of the SQLite store (not a test; no assertions):
 *   node --import tsx cloud/store/bench.ts [readings=500000] [batchSize=1000] [devices=1000] [batchesPerCommit=1] [writer=thread|inline] [FULL|NORMAL]
 * Stores synthetic readings (all seven variables; each batch spans `devices` stations round-robin,
 * like a gateway forwarding many stations) and prints readings stored per second, then re-sends the
 * first batches to time the duplicate path. batchesPerCommit > 1 is the ingest's group commit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VARIABLE_NAMES } from '../../common/variables.js';
import { openSqliteStore } from './sqlite-store.js';
import type { ReadingRecord } from './types.js';

const total = Number(process.argv[2] ?? 500_000);
const batchSize = Number(process.argv[3] ?? 1000);
const devices = Number(process.argv[4] ?? 1000);
const perCommit = Number(process.argv[5] ?? 1);
const writer = process.argv[6] === 'inline' ? 'inline' : 'thread';
const synchronous = process.argv[7] === 'NORMAL' ? 'NORMAL' : 'FULL';

const dir = mkdtempSync(join(tmpdir(), 'wx-store-bench-'));
const store = openSqliteStore(join(dir, 'cloud.sqlite'), { writer, synchronous });
const t0 = Date.UTC(2024, 0, 1);

function makeBatch(start: number): ReadingRecord[] {
  const out: ReadingRecord[] = [];
  for (let n = start; n < start + batchSize && n < total; n++) {
    const device = n % devices;
    const seq = Math.floor(n / devices) + 1;
    const values: ReadingRecord['values'] = {};
    for (const v of VARIABLE_NAMES) values[v] = { value: Math.sin(n) * 20, flag: 1, tests: n % 97 === 0 ? 4 : 0 };
    out.push({
      deviceId: `st-${device}`,
      seq,
      timeMs: t0 + seq * 60_000,
      clockSynced: true,
      clockSuspect: false,
      gatewayReceivedMs: t0 + seq * 60_000 + 5,
      cloudReceivedMs: t0 + seq * 60_000 + 9,
      gatewayId: 'gw-bench',
      values,
    });
  }
  return out;
}

const batches: ReadingRecord[][] = [];
for (let n = 0; n < total; n += batchSize) batches.push(makeBatch(n));

const start = process.hrtime.bigint();
let stored = 0;
for (let i = 0; i < batches.length; i += perCommit) {
  const group = batches.slice(i, i + perCommit).map((readings) => ({ gatewayId: 'gw-bench', readings, statuses: [], rejected: 0 }));
  for (const r of await store.storeBatches(group)) stored += r.stored;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

const dupStart = process.hrtime.bigint();
let duplicates = 0;
const resend = batches.slice(0, Math.min(batches.length, 100));
for (const readings of resend) duplicates += (await store.storeBatch({ gatewayId: 'gw-bench', readings, statuses: [], rejected: 0 })).duplicates;
const dupSeconds = Number(process.hrtime.bigint() - dupStart) / 1e9;

const q0 = process.hrtime.bigint();
const page = await store.queryObservations({ deviceId: 'st-7', fromMs: t0, toMs: t0 + 86_400_000 * 365, limit: 1000 });
const queryMs = Number(process.hrtime.bigint() - q0) / 1e6;

console.log(
  JSON.stringify({
    readings: stored,
    batchSize,
    batchesPerCommit: perCommit,
    writer,
    synchronous,
    devices,
    seconds: +seconds.toFixed(3),
    readingsPerSecond: Math.round(stored / seconds),
    duplicatesPerSecond: Math.round(duplicates / dupSeconds),
    rangeQuery1000RowsMs: +queryMs.toFixed(2),
    rowsReturned: page.readings.length,
  }),
);
await store.close();
rmSync(dir, { recursive: true, force: true });
