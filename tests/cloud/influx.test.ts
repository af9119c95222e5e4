import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Registry } from 'prom-client';
import { GroupCommitter } from '../../cloud/ingest/committer.js';
import { createCloudMetrics } from '../../cloud/metrics.js';
import { InfluxSink } from '../../cloud/store/influx.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import type { ReadingRecord } from '../../cloud/store/types.js';
import { silentLogger } from '../../common/logger.js';
import { QC_TESTS } from '../../common/variables.js';
import { minuteRecord, T0, tempDir } from './helpers.js';
import { exportSeries as exportVm, freePort, influxConfig, startVictoriaMetrics, type VictoriaMetrics } from './victoria-metrics.js';

let vm: VictoriaMetrics | undefined;
let vmUrl = '';
let temp: ReturnType<typeof tempDir>;

before(async () => {
  temp = tempDir('wx-vm-');
  vm = await startVictoriaMetrics(await freePort(), join(temp.dir, 'vm'));
  vmUrl = vm.url;
});

after(async () => {
  await vm?.stop();
  temp?.cleanup();
});


const exportSeries = (match: string) => exportVm(vmUrl, match);

test('committed readings reach VictoriaMetrics through the InfluxDB client, one series per field', async () => {
  const registry = new Registry();
  const metrics = createCloudMetrics(registry);
  const logger = silentLogger();
  const store = openSqliteStore(join(temp.dir, 'cloud.sqlite'));
  const sink = new InfluxSink({ config: influxConfig(vmUrl), metrics, logger, siteOf: (d) => store.siteOf(d) });
  const committer = new GroupCommitter({ store, metrics, logger, onCommitted: (_b, result) => sink.write(result.storedReadings) });
  const rec = (seq: number, temperature: number): ReadingRecord =>
    minuteRecord('vm-st-1', seq, 'gw-vm', { temperature: { value: temperature, flag: 1, tests: 0 }, wind_speed: { value: 12.5, flag: 2, tests: QC_TESTS.spike } });
  const statuses = [{ deviceId: 'vm-st-1', gatewayId: 'gw-vm', statusTimeMs: T0, state: 'online' as const, agentVersion: '1', lastSeq: 0, outboxDepth: 0, clockSynced: true, info: { site: 'jena', name: 'Jena', latitude: 50.9, longitude: 11.6, elevationM: 155, hardware: 'replay' } }];
  await committer.submit({ gatewayId: 'gw-vm', readings: [rec(1, 21.5), rec(2, 22.25)], statuses, rejected: 0 });
  // The duplicate is not written again (the sink sees only what the commit stored).
  const dup = await committer.submit({ gatewayId: 'gw-vm', readings: [rec(2, 99)], statuses: [], rejected: 0 });
  assert.equal(dup.storedReadings.length, 0);
  await sink.flush();

  const temps = await exportSeries('{__name__="wx_observation_temperature_c"}');
  assert.equal(temps.length, 1);
  assert.deepEqual(temps[0]!.timestamps, [T0 + 60_000, T0 + 120_000]);
  assert.deepEqual(temps[0]!.values, [21.5, 22.25]);
  const labels = temps[0]!.metric;
  assert.equal(labels.device, 'vm-st-1');
  assert.equal(labels.gateway, 'gw-vm');
  assert.equal(labels.site, 'jena');
  assert.equal(labels.clock, 'synced');
  const tests = await exportSeries('{__name__="wx_observation_wind_speed_ms_tests"}');
  assert.deepEqual(tests[0]!.values, [QC_TESTS.spike, QC_TESTS.spike]);
  const flags = await exportSeries('{__name__="wx_observation_wind_speed_ms_flag"}');
  assert.deepEqual(flags[0]!.values, [2, 2]);
  assert.match(await registry.getSingleMetricAsString('wx_cloud_influx_points_written_total'), /wx_cloud_influx_points_written_total 2/);
  await sink.close();
  await store.close();
});

test('an unreachable InfluxDB is counted and logged, never thrown into ingest', async () => {
  const registry = new Registry();
  const metrics = createCloudMetrics(registry);
  const deadPort = await freePort();
  const sink = new InfluxSink({ config: influxConfig(`http://127.0.0.1:${deadPort}`, { maxRetries: 0 }), metrics, logger: silentLogger(), siteOf: () => undefined });
  sink.write([
    {
      deviceId: 'x',
      seq: 1,
      timeMs: T0,
      clockSynced: false,
      clockSuspect: false,
      gatewayReceivedMs: null,
      cloudReceivedMs: T0,
      gatewayId: 'g',
      values: { pressure: { value: 1000, flag: 1, tests: 0 } },
    },
  ]);
  await sink.flush();
  await sink.close();
  assert.match(await registry.getSingleMetricAsString('wx_cloud_influx_write_errors_total'), /wx_cloud_influx_write_errors_total [1-9]/);
  assert.match(await registry.getSingleMetricAsString('wx_cloud_influx_points_dropped_total'), /wx_cloud_influx_points_dropped_total 1/);
});
