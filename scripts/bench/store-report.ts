/** bench:store's figures, its verdict on the issue's "fast at tens of millions of rows", and its report. */
import { totalmem } from 'node:os';
import { fmt, machine } from './report.js';
import type { BackupFigures, ReclaimFigures, SerializerFigures, WireBytes } from './store-extras.js';
import type { QueryTiming } from './store-queries.js';

export interface StoreStage {
  readings: number;
  /** Ingest rate over the stretch that brought the store to this size. */
  fillReadingsPerS: number;
  stretch: number;
  /** Database and WAL files. */
  bytesOnDisk: number;
  queries: QueryTiming[];
}

export interface StoreBenchReport {
  startedAt: string;
  wallS: number;
  layout: { stations: number; batchReadings: number; batchesPerCommit: number };
  runs: number;
  stages: StoreStage[];
  /** Side by side at the largest size (store-extras.ts). */
  extras?: { wire: WireBytes[]; serializer: SerializerFigures; backup: BackupFigures; reclaim: ReclaimFigures };
}

/** A query keeps up when its median at the largest size is within this of the reference's... */
export const SLOWDOWN_ALLOWED = 2;
/** ...or within this many ms of it (a 1 ms query may double on noise alone). */
export const SLACK_MS = 5;

export interface Verdict {
  met: boolean;
  text: string;
}

/** Whether every query's median at the largest size stayed near the reference's (the first size). */
export function verdict(r: StoreBenchReport): Verdict {
  const first = r.stages[0];
  const last = r.stages.at(-1);
  if (!first || !last || r.stages.length < 2) return { met: false, text: 'needs at least two sizes' };
  // Only like for like: a query that returned other rows at the reference did other work.
  const unlike = last.queries.filter((q, i) => q.rows !== first.queries[i]!.rows);
  const slow = last.queries.filter((q, i) => {
    const ref = first.queries[i]!.p50Ms;
    return q.p50Ms > Math.max(ref * SLOWDOWN_ALLOWED, ref + SLACK_MS);
  });
  const big = last.readings >= 10_000_000;
  const worst = last.queries.reduce((w, q, i) => Math.max(w, q.p50Ms / Math.max(first.queries[i]!.p50Ms, 1e-6)), 0);
  const text =
    `at ${fmt(last.readings)} readings every query's median is ${slow.length === 0 ? 'within' : 'NOT within'} ${SLOWDOWN_ALLOWED}x (or ${SLACK_MS} ms) ` +
    `of the same query at ${fmt(first.readings)} (worst ratio ${fmt(worst, 2)}x)` +
    (slow.length > 0 ? `; slower: ${slow.map((q) => q.name).join('; ')}` : '') +
    (unlike.length > 0 ? `; not comparable (other rows returned at the reference, which needs a day of history per station): ${unlike.map((q) => q.name).join('; ')}` : '') +
    (big ? '' : '; the largest size is under 10 million readings, so this does not speak for tens of millions');
  return { met: slow.length === 0 && unlike.length === 0 && big, text };
}

const perReading = (s: StoreStage): number => s.bytesOnDisk / s.readings;

function cells(r: StoreBenchReport): { header: string[]; rows: string[][] } {
  const header = ['', ...r.stages.map((s) => `${fmt(s.readings)} readings`)];
  const rows = [
    ...r.stages[0]!.queries.map((q, i) => [
      `${q.name}: median / max ms (rows)`,
      ...r.stages.map((s) => `${fmt(s.queries[i]!.p50Ms, 1)} / ${fmt(s.queries[i]!.maxMs, 1)} (${fmt(s.queries[i]!.rows)})`),
    ]),
    ['ingest while growing to this size: readings/s', ...r.stages.map((s) => fmt(s.fillReadingsPerS))],
    ['disk (database + WAL): MB, bytes per reading', ...r.stages.map((s) => `${fmt(s.bytesOnDisk / 1e6)}, ${fmt(perReading(s))}`)],
  ];
  return { header, rows };
}

export function storeConsole(r: StoreBenchReport): string {
  const { header, rows } = cells(r);
  const width = Math.max(...rows.map((row) => row[0]!.length));
  const lines = [header, ...rows].map((row) => [row[0]!.padEnd(width), ...row.slice(1).map((c) => c.padStart(22))].join(' '));
  const v = verdict(r);
  return `${lines.join('\n')}\n${extrasMarkdown(r).join('\n')}\n${v.met ? 'MET' : 'NOT MET'}: ${v.text}\n`;
}

function pageCacheLine(bytes: number): string {
  const ram = totalmem();
  const size = `the largest store (${fmt(bytes / 1e9, 1)} GB) ${bytes < ram ? 'fits in' : 'is larger than'} this machine's RAM (${fmt(ram / 1024 ** 3, 1)} GiB)`;
  return bytes < ram
    ? `- Page cache: ${size}, so queries read memory after their first touch; a hub whose store outgrows its RAM reads an old span from disk (one index descent and the span's pages per query).`
    : `- Page cache: ${size}, so queries of old spans read the disk.`;
}

const mb = (bytes: number): string => `${fmt(bytes / 1e6, 1)} MB`;

function extrasMarkdown(r: StoreBenchReport): string[] {
  if (!r.extras) return [];
  const { wire, serializer: s, backup, reclaim } = r.extras;
  const last = r.stages.at(-1)!;
  return [
    `## Beside the queries (same run, at ${fmt(last.readings)} readings)`,
    '',
    '| figure | reference | this code |',
    '|---|---|---|',
    `| a day of one station (${fmt(s.readings)} readings) serialized, ms | ${fmt(s.schemaMs, 2)} (the serializer compiled from the response schema) | ${fmt(s.jsonStringifyMs, 2)} (JSON.stringify, as the routes now do; same content: ${s.sameContent ? 'yes' : 'NO'}) |`,
    ...wire.map((w) => `| ${w.name}: body on the wire, bytes | ${fmt(w.identity)} (no Accept-Encoding) | ${fmt(w.gzip)} (gzip) |`),
    `| \`wx-cloud backup\` of the store (snapshot and check) | | ${mb(backup.bytes)} in ${fmt(backup.seconds, 1)} s |`,
    `| gateway outbox after a backlog of ${fmt(reclaim.readings)} readings drained (its writer thread, default policy) | ${mb(reclaim.fullBytes)} on disk with the backlog in (kept for good before) | ${mb(reclaim.drainedBytes)}${reclaim.reclaimed ? `, after a ${fmt(reclaim.reclaimed.seconds * 1000)} ms VACUUM` : ' (no reclaim ran)'} |`,
    '',
  ];
}

export function storeMarkdown(r: StoreBenchReport): string {
  const { header, rows } = cells(r);
  const v = verdict(r);
  const l = r.layout;
  return [
    '# Hub store benchmark (`npm run bench:store`)',
    '',
    `Written by scripts/bench-store.ts on ${r.startedAt}; whole run ${fmt(r.wallS)} s.`,
    '',
    `- Machine: ${machine()}.`,
    `- Store: the hub's SQLite store on its defaults (writer thread, synchronous FULL), filled through the write layout the gRPC ingest decodes into: ${fmt(l.stations)} stations, one reading a minute each with all seven variables, ${fmt(l.batchReadings)} readings per gateway batch and ${l.batchesPerCommit} batches per transaction, in time order across all stations as a hub receives them.`,
    pageCacheLine(r.stages.at(-1)!.bytesOnDisk),
    `- Queries: the REST API (Fastify, the hub's routes) over HTTP on 127.0.0.1, asking for gzip as browsers do (fetch's Accept-Encoding: gzip, deflate; bodies over 1 KB come compressed), each run once to warm up and then ${r.runs} times on stations picked by the same pseudo-random sequence at every size; median and max per request as the client sees it (its own gunzip and JSON parsing included, about 6 ms of a day of one station: the client runs in the hub's process), with the rows the last one returned. The smallest size is the reference.`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...extrasMarkdown(r),
    '## Goal (issue 2)',
    '',
    '| goal | measured | verdict |',
    '|---|---|---|',
    `| indexes that keep queries fast at tens of millions of rows | ${v.text} | ${v.met ? 'MET' : 'NOT MET'} |`,
    '',
  ].join('\n');
}
