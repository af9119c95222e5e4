import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import { GroupCommitter } from '../../cloud/ingest/committer.js';
import { createCloudMetrics } from '../../cloud/metrics.js';
import { InfluxSink, type ReadBack } from '../../cloud/store/influx.js';
import { InfluxGaps, spansOf } from '../../cloud/store/influx-gaps.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import type { ReadingRecord } from '../../cloud/store/types.js';
import { silentLogger } from '../../common/logger.js';
import { batch, forward, minuteRecord, reading, SHARED_TOKEN, T0, tempDir } from './helpers.js';
import { exportSeries, freePort, influxConfig, startVictoriaMetrics, type VictoriaMetrics } from './victoria-metrics.js';

const DEVICE = 'bf-st-1';

const rec = (seq: number): ReadingRecord => minuteRecord(DEVICE, seq, 'gw-bf', { temperature: { value: seq / 2, flag: 1, tests: 0 } });

const seqs = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const gauge = async (registry: Registry, name: string): Promise<number> =>
  Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(await registry.getSingleMetricAsString(name))?.[1]);

void test('points dropped while VictoriaMetrics is down, and those unwritten at a restart, are written from the store once it is back', async () => {
  const temp = tempDir('wx-vm-backfill-');
  const port = await freePort();
  const vmData = join(temp.dir, 'vm');
  let vm = await startVictoriaMetrics(port, vmData);
  const store = openSqliteStore(join(temp.dir, 'cloud.sqlite'));
  const readBack: ReadBack = async (deviceId, fromMs, toMs, limit) => (await store.queryObservations({ deviceId, fromMs, toMs, limit })).readings;
  const config = influxConfig(vm.url, { maxRetries: 0, backfillIntervalMs: 1000 });
  const open = (registry: Registry) => {
    const metrics = createCloudMetrics(registry);
    const sink = new InfluxSink({ config, metrics, logger: silentLogger(), siteOf: () => undefined, gapsPath: join(temp.dir, 'influx-gaps.sqlite'), readBack });
    // Wired as cloud/hub.ts wires it.
    const committer = new GroupCommitter({
      store,
      metrics,
      logger: silentLogger(),
      onCommitted: (_b, result) => sink.write(result.storedReadings),
      beforeCommit: (batches) => sink.guard(batches),
      afterCommit: (token) => sink.unguard(token),
    });
    const store_ = (n: number[], extra: ReadingRecord[] = []) => committer.submit({ gatewayId: 'gw-bf', readings: [...n.map(rec), ...extra], statuses: [], rejected: 0 });
    return { sink, store: store_ };
  };
  const first = new Registry();
  let hub = open(first);
  try {
    // Seq 1000 repeats seq 1's time and values: the same line twice in one write.
    await hub.store(seqs(1, 10), [{ ...rec(1), seq: 1000 }]);
    await hub.sink.flush();

    await vm.stop();
    await hub.store(seqs(11, 30));
    await hub.sink.flush();
    assert.match(await first.getSingleMetricAsString('wx_cloud_influx_points_dropped_total'), / 20$/m);
    assert.equal(await gauge(first, 'wx_cloud_influx_gaps'), 1, 'one span for the one device');

    // The hub stops while InfluxDB is still away: what it could not write is kept for the next start.
    await hub.store(seqs(31, 40));
    await hub.sink.close();
    assert.match(await first.getSingleMetricAsString('wx_cloud_influx_points_dropped_total'), / 30$/m);
    assert.equal(await gauge(first, 'wx_cloud_influx_gaps'), 1, 'the device\'s gap widened to cover them');

    const second = new Registry();
    hub = open(second);
    assert.equal(await gauge(second, 'wx_cloud_influx_gaps'), 1, 'the gap log outlived the restart');
    vm = await startVictoriaMetrics(port, vmData);
    // The backfill timer (every second here) finds VictoriaMetrics back and writes the gaps.
    const deadline = Date.now() + 15_000;
    while ((await gauge(second, 'wx_cloud_influx_gaps')) > 0) {
      assert.ok(Date.now() < deadline, 'gaps written within 15 s of VictoriaMetrics coming back');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(await second.getSingleMetricAsString('wx_cloud_influx_points_backfilled_total'), / 30$/m);

    const series = await exportSeries(vm.url, `{__name__="wx_observation_temperature_c",device="${DEVICE}"}`);
    // Seq 1000 repeats seq 1, and the backfill may write again what the server had: with
    // -dedup.minScrapeInterval=1ms (README) it keeps one sample per timestamp.
    for (const s of series) assert.equal(new Set(s.timestamps).size, s.timestamps.length, 'one sample per timestamp');
    const samples = new Map<number, number>();
    for (const s of series) s.timestamps.forEach((t, i) => samples.set(t, s.values[i]!));
    assert.deepEqual([...samples.keys()].sort((a, b) => a - b), seqs(1, 40).map((n) => T0 + n * 60_000), 'every stored reading is in VictoriaMetrics');
    for (const n of seqs(1, 40)) assert.equal(samples.get(T0 + n * 60_000), n / 2);
    await hub.sink.close();
    const left = new InfluxGaps(join(temp.dir, 'influx-gaps.sqlite'));
    assert.equal(left.count(), 0, 'every write settled: nothing pending becomes a gap at the next start');
    left.close();
  } finally {
    await hub.sink.close();
    await store.close();
    await vm.stop();
    temp.cleanup();
  }
});

void test('the gap log: pending writes become gaps after a crash, a device keeps one gap that widens, settled writes leave none', () => {
  const temp = tempDir('wx-influx-gaps-');
  const path = join(temp.dir, 'influx-gaps.sqlite');
  try {
    let gaps = new InfluxGaps(path);
    gaps.begin(spansOf([{ deviceId: 'd1', timeMs: 100 }, { deviceId: 'd1', timeMs: 300 }, { deviceId: 'd2', timeMs: 200 }]));
    const b = gaps.begin(spansOf([{ deviceId: 'd1', timeMs: 400 }]));
    gaps.settle(b);
    assert.equal(gaps.count(), 0, 'pending writes are not gaps');
    gaps.close(); // a crash: write a was never confirmed

    gaps = new InfluxGaps(path);
    assert.equal(gaps.count(), 2, 'write a became a gap per device at the next start; the settled b left nothing');
    const c = gaps.begin(spansOf([{ deviceId: 'd1', timeMs: 500 }, { deviceId: 'd3', timeMs: 50 }]));
    gaps.keep(c);
    assert.equal(gaps.count(), 3, 'd1 widened, d3 new');
    const first = gaps.oldest()!;
    assert.deepEqual({ ...first, id: 0 }, { id: 0, deviceId: 'd1', fromMs: 100, toMs: 500 });
    // Backfill wrote d1 up to 300, then a new drop widened it: what is beyond stays.
    gaps.written({ ...first, toMs: 300 }, 300);
    assert.deepEqual({ ...gaps.oldest()!, id: 0 }, { id: 0, deviceId: 'd1', fromMs: 301, toMs: 500 });
    gaps.written(gaps.oldest()!, 500);
    assert.deepEqual(gaps.oldest()?.deviceId, 'd2');
    gaps.close();
  } finally {
    temp.cleanup();
  }
});

void test('points still waiting in the client\'s retry buffer at close are kept in the gap log, not dropped unseen', async () => {
  const temp = tempDir('wx-influx-close-');
  const registry = new Registry();
  const metrics = createCloudMetrics(registry);
  const config = influxConfig(`http://127.0.0.1:${await freePort()}`, { maxRetries: 5 });
  const sink = new InfluxSink({ config, metrics, logger: silentLogger(), siteOf: () => undefined, gapsPath: join(temp.dir, 'influx-gaps.sqlite'), readBack: async () => [] });
  try {
    sink.write(seqs(1, 5).map(rec));
    await sink.flush(); // refused: the client keeps the lines for a retry in a few seconds
    assert.equal(await gauge(registry, 'wx_cloud_influx_gaps'), 0, 'a write that will be retried is no gap yet');
    await sink.close(); // the client drops its retry buffer without naming the lines
    assert.equal(await gauge(registry, 'wx_cloud_influx_gaps'), 1);
    assert.match(await registry.getSingleMetricAsString('wx_cloud_influx_points_dropped_total'), / 5$/m);
  } finally {
    await sink.close();
    temp.cleanup();
  }
});

void test('a crash between a store commit and the sink seeing what it stored leaves the spans for the next start to write', async () => {
  const temp = tempDir('wx-vm-crash-');
  const vm = await startVictoriaMetrics(await freePort(), join(temp.dir, 'vm'));
  const store = openSqliteStore(join(temp.dir, 'cloud.sqlite'));
  const readBack: ReadBack = async (deviceId, fromMs, toMs, limit) => (await store.queryObservations({ deviceId, fromMs, toMs, limit })).readings;
  const config = influxConfig(vm.url);
  const gapsPath = join(temp.dir, 'influx-gaps.sqlite');
  const open = () => new InfluxSink({ config, metrics: createCloudMetrics(new Registry()), logger: silentLogger(), siteOf: () => undefined, gapsPath, readBack });
  let sink = open();
  try {
    // The transaction commits, and the process dies before onCommitted and afterCommit run.
    const guarded = sink;
    const committer = new GroupCommitter({ store, metrics: createCloudMetrics(new Registry()), logger: silentLogger(), beforeCommit: (batches) => guarded.guard(batches) });
    await committer.submit({ gatewayId: 'gw-bf', readings: seqs(1, 10).map(rec), statuses: [], rejected: 0 });
    await sink.close();

    sink = open();
    await sink.backfill();
    const series = await exportSeries(vm.url, `{__name__="wx_observation_temperature_c",device="${DEVICE}"}`);
    // Seq 1000 repeats seq 1, and the backfill may write again what the server had: with
    // -dedup.minScrapeInterval=1ms (README) it keeps one sample per timestamp.
    for (const s of series) assert.equal(new Set(s.timestamps).size, s.timestamps.length, 'one sample per timestamp');
    const times = new Set(series.flatMap((x) => x.timestamps));
    assert.deepEqual([...times].sort((a, b) => a - b), seqs(1, 10).map((n) => T0 + n * 60_000));
  } finally {
    await sink.close();
    await store.close();
    await vm.stop();
    temp.cleanup();
  }
});

void test('a hub whose VictoriaMetrics is down at first gets every reading it stores there once it is up, through its own gap log', async () => {
  const temp = tempDir('wx-hub-influx-');
  const vmPort = await freePort();
  const registry = new Registry();
  const hub = await startHub({
    config: validateCloudConfig({ influx: influxConfig(`http://127.0.0.1:${vmPort}`, { maxRetries: 0, backfillIntervalMs: 1000 }) }, 'test'),
    dataDir: join(temp.dir, 'cloud'),
    http: { host: '127.0.0.1', port: 0 },
    grpc: { host: '127.0.0.1', port: 0 },
    gatewayToken: SHARED_TOKEN,
    logger: silentLogger(),
    registry,
  });
  let vm: VictoriaMetrics | undefined;
  try {
    const readings = seqs(1, 25).map((seq) => reading({ device: 'hub-st-1', seq, values: { temperature: [seq / 4] } }));
    const { acks, error } = await forward(hub.grpcAddress, SHARED_TOKEN, [batch(1, readings.slice(0, 12), 'gw-hub'), batch(2, readings.slice(12), 'gw-hub')]);
    assert.equal(error, undefined);
    assert.deepEqual(acks.map((a) => a.stored), [12, 13]);
    // The hub's first writes fail and are given up on before VictoriaMetrics starts.
    const until = Date.now() + 10_000;
    while ((await gauge(registry, 'wx_cloud_influx_points_dropped_total')) < 25) {
      assert.ok(Date.now() < until, 'the writes to the absent VictoriaMetrics were given up on');
      await new Promise((r) => setTimeout(r, 50));
    }

    vm = await startVictoriaMetrics(vmPort, join(temp.dir, 'vm'));
    const deadline = Date.now() + 20_000;
    let times = new Set<number>();
    while (times.size < 25) {
      assert.ok(Date.now() < deadline, `only ${times.size} of 25 readings reached VictoriaMetrics within 20 s`);
      await new Promise((r) => setTimeout(r, 250));
      times = new Set((await exportSeries(vm.url, '{__name__="wx_observation_temperature_c",device="hub-st-1"}')).flatMap((x) => x.timestamps));
    }
    assert.deepEqual([...times].sort((a, b) => a - b), seqs(1, 25).map((n) => T0 + n * 60_000));
    assert.equal(await gauge(registry, 'wx_cloud_influx_points_backfilled_total'), 25, 'written again from the store');
  } finally {
    await hub.stop();
    await vm?.stop();
    temp.cleanup();
  }
});
