/**
 * bench:store's side-by-side figures beyond the query times, each against its reference in the
 * same run: bytes on the wire with and without gzip, the schema-compiled response serializer
 * against JSON.stringify, a backup of the grown store, and a gateway outbox giving back the disk a
 * drained backlog took.
 */
import { get } from 'node:http';
import { join } from 'node:path';
import fastJsonStringify from 'fast-json-stringify';
import { readingSchema, readingToJson } from '../../cloud/api/schemas.js';
import type { ObservationStore } from '../../cloud/store/types.js';
import { silentLogger } from '../../common/logger.js';
import { backupDataDir } from '../../common/sqlite-backup.js';
import { bytesOnDisk, MIB, type Reclaimed } from '../../common/sqlite-space.js';
import { VARIABLES } from '../../common/variables.js';
import { fieldSpans, frameStampedReadings } from '../../gateway/outbox/frame.js';
import type { NewRow, OutboxRow } from '../../gateway/outbox/outbox.js';
import { openThreadedOutbox } from '../../gateway/outbox/outbox-thread.js';
import { v1 } from '../../protos/index.js';

/** Bytes of the response body as sent, not decoded, for one Accept-Encoding. */
function bodyBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
}

export interface WireBytes {
  name: string;
  identity: number;
  gzip: number;
}

/** The body size of each request, plain and gzip-encoded. */
export async function wireBytes(baseUrl: string, requests: readonly { name: string; path: string }[]): Promise<WireBytes[]> {
  const out: WireBytes[] = [];
  for (const { name, path } of requests) out.push({ name, identity: await bodyBytes(baseUrl + path, 'identity'), gzip: await bodyBytes(baseUrl + path, 'gzip') });
  return out;
}

export interface SerializerFigures {
  readings: number;
  /** ms per page: the serializer Fastify compiles from the route's response schema (the reference). */
  schemaMs: number;
  jsonStringifyMs: number;
  sameContent: boolean;
}

/** One page of readings serialized both ways, `runs` times each after a warm-up. */
export async function compareSerializers(store: ObservationStore, deviceId: string, fromMs: number, toMs: number, runs: number): Promise<SerializerFigures> {
  const page = await store.queryObservations({ deviceId, fromMs, toMs, limit: 10_000 });
  const body = { observations: page.readings.map(readingToJson) };
  // What the observations route compiled before it switched to JSON.stringify (its schema's shape).
  const compiled = fastJsonStringify({ type: 'object', properties: { observations: { type: 'array', items: { $ref: 'Reading#' } } } }, { schema: { Reading: readingSchema } } as never);
  const time = (f: () => string): number => {
    for (let i = 0; i < 3; i++) f();
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) f();
    return Number(process.hrtime.bigint() - started) / 1e6 / runs;
  };
  return {
    readings: page.readings.length,
    schemaMs: time(() => compiled(body)),
    jsonStringifyMs: time(() => JSON.stringify(body)),
    sameContent: JSON.stringify(JSON.parse(compiled(body))) === JSON.stringify(JSON.parse(JSON.stringify(body))),
  };
}

export interface BackupFigures {
  bytes: number;
  seconds: number;
}

/** wx-cloud backup's copy of `dataDir` (snapshots and their checks), timed; the copy is removed by the caller. */
export function timeBackup(dataDir: string, toDir: string): BackupFigures {
  const started = process.hrtime.bigint();
  const files = backupDataDir(dataDir, toDir);
  return { bytes: files.reduce((a, f) => a + f.bytes, 0), seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export interface ReclaimFigures {
  readings: number;
  /** Database and WAL on disk with the backlog in, and once drained. */
  fullBytes: number;
  drainedBytes: number;
  reclaimed: Reclaimed | undefined;
}

/** One message of ten readings of all seven variables, framed as the gateway's ingest stores it. */
function message(seq: number): NewRow {
  const payload = v1.ReadingBatch.encode({
    readings: Array.from({ length: 10 }, (_, i) => ({
      deviceId: 'st-1',
      seq: seq + i,
      timeMs: 1.7e12 + (seq + i) * 60_000,
      clockSynced: true,
      observations: VARIABLES.map((v, k) => ({ variable: v.proto, value: 10 + k + i / 10, flag: v1.QcFlag.QC_GOOD })),
    })),
  }).finish();
  const spans = fieldSpans(payload, 1).map((s) => ({ ...s, markSuspect: false }));
  return { kind: 'readings', deviceId: 'st-1', seq, receivedMs: 1.7e12, count: 10, payload: frameStampedReadings(payload, spans, 1.7e12, Buffer.from('gw')) };
}

/**
 * A gateway outbox (its writer thread, the gateway's default policy: 64 MiB free, 2 MiB live) takes
 * a backlog of `readings`, then has it acknowledged batch by batch as a returning cloud would.
 */
export async function outboxReclaim(dir: string, readings: number): Promise<ReclaimFigures> {
  const path = join(dir, 'outbox.sqlite');
  let reclaimed: Reclaimed | undefined;
  const box = await openThreadedOutbox({ path, maxRows: readings + 1000, reclaim: { minFreeBytes: 64 * MIB, maxLiveBytes: 2 * MIB }, onReclaimed: (r) => (reclaimed = r) }, silentLogger());
  try {
    for (let seq = 1; seq <= readings; seq += 5000) box.append(Array.from({ length: Math.min(500, Math.ceil((readings - seq + 1) / 10)) }, (_, i) => message(seq + i * 10)));
    await new Promise<void>((resolve, reject) => box.whenDurable((err) => (err ? reject(err) : resolve())));
    const fullBytes = bytesOnDisk(path);
    let onDeleted = (): void => {};
    box.onDelete(() => onDeleted());
    for (let cursor = 0; ; ) {
      const page: OutboxRow[] = box.page(cursor, { maxEntries: 4000, maxBytes: 1 << 22 });
      if (page.length === 0) break;
      const deleted = new Promise<void>((resolve) => (onDeleted = resolve));
      box.deleteRange(page[0]!.id, page.at(-1)!.id);
      await deleted;
      cursor = page.at(-1)!.id;
    }
    return { readings, fullBytes, drainedBytes: bytesOnDisk(path), reclaimed };
  } finally {
    await box.close();
  }
}
