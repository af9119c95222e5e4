/**
 * `npm run bench:store`: does the hub's SQLite store stay fast as it grows? Fills a real store
 * (writer thread, synchronous FULL, the hub's defaults) through the ingest's write layout to each
 * size in turn, and at each size times the REST API's read queries over HTTP and the ingest rate of
 * the last stretch. The smallest size is the reference the larger ones are read against, in the
 * same run. Writes docs/bench-store.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Registry } from 'prom-client';
import { buildApi } from '../cloud/api/app.js';
import { openSqliteStore } from '../cloud/store/sqlite-store.js';
import { helpText, parseCli, parseIntOption, type OptionSpecs } from '../common/cli.js';
import { silentLogger } from '../common/logger.js';
import { bytesOnDisk } from '../common/sqlite-space.js';
import { REPO_ROOT } from './lib/processes.js';
import { fill, MINUTE, stationId, timeOf } from './bench/store-fill.js';
import { compareSerializers, outboxReclaim, timeBackup, wireBytes } from './bench/store-extras.js';
import { queriesAt, timeQueries } from './bench/store-queries.js';
import { storeMarkdown, storeConsole, type StoreBenchReport, type StoreStage } from './bench/store-report.js';

const SPECS = {
  sizes: { type: 'string', default: '1500000,10000000,20000000', description: 'store sizes (readings) to measure at, ascending; the first is the reference (give it a day per station: 1,440 x stations)' },
  stations: { type: 'string', default: '1000', description: '[1...100000] stations, one reading a minute each' },
  'batch-readings': { type: 'string', default: '4000', description: '[1...100000] readings per gateway batch (the gateway default forwarding.batchMaxReadings)' },
  'batches-per-commit': { type: 'string', default: '5', description: '[1...100] batches per transaction (the group committer takes up to 20,000 readings)' },
  runs: { type: 'string', default: '20', description: '[1...1000] timed runs of each query per size, after one warm-up' },
  dir: { type: 'string', description: 'folder for the store (default: a temporary one, removed afterwards)' },
  out: { type: 'string', default: 'docs/bench-store.md', description: 'where the figures are written' },
  'no-write': { type: 'boolean', description: 'print the table only' },
  help: { type: 'boolean', short: 'h', description: 'this text' },
} satisfies OptionSpecs;

function parseSizes(text: string | undefined): number[] {
  const sizes = (text ?? '').split(',').map((s, i) => parseIntOption(s.trim(), `sizes (item ${i + 1})`, 1, 1_000_000_000));
  if (sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) throw new Error(`--sizes: expected ascending sizes, got ${text}`);
  return sizes;
}

async function main(): Promise<number> {
  const { options } = parseCli(SPECS);
  if (options.help) {
    process.stdout.write(helpText('npm run bench:store --', 'Times the REST API read queries and the ingest rate of the hub store as it grows.', SPECS));
    return 0;
  }
  const sizes = parseSizes(options.sizes);
  const layout = {
    stations: parseIntOption(options.stations, 'stations', 1, 100_000),
    batchReadings: parseIntOption(options['batch-readings'], 'batch-readings', 1, 100_000),
    batchesPerCommit: parseIntOption(options['batches-per-commit'], 'batches-per-commit', 1, 100),
  };
  const runs = parseIntOption(options.runs, 'runs', 1, 1000);
  const dir = options.dir ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'wx-bench-store-'));
  const path = join(dir, 'cloud.sqlite');
  const started = Date.now();
  const store = openSqliteStore(path);
  const api = await buildApi({ store, registry: new Registry(), logger: silentLogger() });
  const stages: StoreStage[] = [];
  let extras: StoreBenchReport['extras'] | undefined;
  try {
    const baseUrl = await api.listen({ host: '127.0.0.1', port: 0 });
    let stored = 0;
    for (const size of sizes) {
      const seconds = await fill(store, stored, size, layout);
      const stretch = size - stored;
      stored = size;
      const queries = await timeQueries(baseUrl, queriesAt(size, layout.stations), runs);
      const stage: StoreStage = { readings: size, fillReadingsPerS: stretch / seconds, stretch, bytesOnDisk: bytesOnDisk(path), queries };
      stages.push(stage);
      process.stderr.write(`[bench:store] ${size.toLocaleString('en-US')} readings: ingest ${Math.round(stage.fillReadingsPerS)} readings/s; ${queries.map((q) => `${q.p50Ms.toFixed(1)}`).join(' / ')} ms p50\n`);
    }
    const last = stages.at(-1)!;
    const end = timeOf(last.readings - 1, layout.stations) + MINUTE;
    const outboxDir = mkdtempSync(join(tmpdir(), 'wx-bench-outbox-'));
    try {
      extras = {
        wire: await wireBytes(baseUrl, queriesAt(last.readings, layout.stations).map((q) => ({ name: q.name, path: q.path(() => 0) }))),
        serializer: await compareSerializers(store, stationId(0), end - 1440 * MINUTE, end, runs),
        backup: timeBackup(dir, `${dir}-backup`),
        reclaim: await outboxReclaim(outboxDir, 1_000_000),
      };
    } finally {
      rmSync(`${dir}-backup`, { recursive: true, force: true });
      rmSync(outboxDir, { recursive: true, force: true });
    }
  } finally {
    await api.close();
    await store.close();
    if (!options.dir) rmSync(dir, { recursive: true, force: true });
  }
  const report: StoreBenchReport = { startedAt: new Date(started).toISOString(), wallS: (Date.now() - started) / 1000, layout, runs, stages, ...(extras ? { extras } : {}) };
  process.stdout.write(storeConsole(report));
  if (!options['no-write']) {
    const out = resolve(REPO_ROOT, options.out ?? 'docs/bench-store.md');
    writeFileSync(out, storeMarkdown(report));
    process.stdout.write(`written to ${out}\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench:store: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
