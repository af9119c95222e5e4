import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { buildApi } from '../../cloud/api/app.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import { silentLogger } from '../../common/logger.js';
import { compareSerializers, wireBytes } from '../../scripts/bench/store-extras.js';
import { fill, MINUTE, T0 } from '../../scripts/bench/store-fill.js';
import { queriesAt, timeQueries, type QueryTiming } from '../../scripts/bench/store-queries.js';
import { verdict, type StoreBenchReport, type StoreStage } from '../../scripts/bench/store-report.js';
import { tempDir } from '../gateway/helpers.js';

void test('bench:store fills a real store through the ingest layout and its queries return the rows they are meant to time', async () => {
  const stations = 20;
  const readings = stations * 1500; // 25 hours per station: every query has its full span
  const store = openSqliteStore(join(tempDir('wx-bench-store-'), 'cloud.sqlite'));
  const api = await buildApi({ store, registry: new Registry(), logger: silentLogger() });
  try {
    const seconds = await fill(store, 0, readings, { stations, batchReadings: 700, batchesPerCommit: 3 });
    assert.ok(seconds > 0);
    assert.equal((await store.stats()).stored, readings, 'every reading stored once');
    const baseUrl = await api.listen({ host: '127.0.0.1', port: 0 });
    const timings = await timeQueries(baseUrl, queriesAt(readings, stations), 2);
    const rows = Object.fromEntries(timings.map((t) => [t.name, t.rows]));
    assert.deepEqual(rows, {
      'GET /api/v1/stations (every station with its latest reading)': stations,
      'GET /api/v1/stations/:id': 1,
      'observations: one station, the last hour': 60,
      'observations: one station, the last day': 1440,
      'observations: one station, the last day, one variable': 1440,
      'observations: one station, a day anywhere in its history': 1440,
      'observations: one station, an hour anywhere in its history': 60,
      'GET /api/v1/stats': 1,
    });
    assert.ok(timings.every((t) => t.p50Ms > 0 && t.maxMs >= t.p50Ms));

    // The side-by-side figures measure what they say: compressed bodies, the same JSON both ways.
    const day = queriesAt(readings, stations).find((q) => q.name === 'observations: one station, the last day')!;
    const [wire] = await wireBytes(baseUrl, [{ name: day.name, path: day.path(() => 0) }]);
    assert.ok(wire!.identity > 500_000 && wire!.gzip < wire!.identity / 10, JSON.stringify(wire));
    const end = T0 + 1500 * MINUTE;
    const serializers = await compareSerializers(store, 'st-0000', end - 1440 * MINUTE, end, 2);
    assert.equal(serializers.readings, 1440);
    assert.equal(serializers.sameContent, true);
  } finally {
    await api.close();
    await store.close();
  }
});

const timing = (name: string, p50Ms: number, rows = 60): QueryTiming => ({ name, p50Ms, maxMs: p50Ms, rows });
const stage = (readings: number, queries: QueryTiming[]): StoreStage => ({ readings, fillReadingsPerS: 1, stretch: readings, bytesOnDisk: readings * 150, queries });
const report = (stages: StoreStage[]): StoreBenchReport => ({ startedAt: '', wallS: 0, layout: { stations: 1000, batchReadings: 4000, batchesPerCommit: 5 }, runs: 20, stages });

void test('the store verdict: met only at 10 million readings or more, with every query within 2x or 5 ms of the reference on the same rows', () => {
  const ref = stage(1_500_000, [timing('day', 30), timing('hour', 1)]);
  assert.equal(verdict(report([ref, stage(20_000_000, [timing('day', 59), timing('hour', 5.9)])])).met, true, '1.97x, and +4.9 ms');
  const slow = verdict(report([ref, stage(20_000_000, [timing('day', 61), timing('hour', 1)])]));
  assert.equal(slow.met, false);
  assert.match(slow.text, /NOT within.*slower: day$/);
  const small = verdict(report([ref, stage(9_000_000, [timing('day', 30), timing('hour', 1)])]));
  assert.equal(small.met, false);
  assert.match(small.text, /under 10 million/);
  const unlike = verdict(report([ref, stage(20_000_000, [timing('day', 30, 1440), timing('hour', 1)])]));
  assert.equal(unlike.met, false);
  assert.match(unlike.text, /not comparable.*: day/);
  assert.equal(verdict(report([ref])).met, false, 'one size compares nothing');
});
