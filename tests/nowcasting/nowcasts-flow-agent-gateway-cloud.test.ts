/**
 * Nowcasts end to end over real sockets: a replaying agent with the committed INT8 model publishes on
 * its nowcast topic through the gateway's aedes broker; the gateway validates, stamps and forwards
 * them over gRPC; the hub stores them (idempotently) and serves GET /api/v1/nowcasts. With too little
 * history the agent says so instead of forecasting.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import { silentLogger } from '../../common/logger.js';
import { openNowcasting } from '../../device-agent/nowcasting/open.js';
import { NowcastState } from '../../protos/index.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createAgent } from '../../device-agent/agent.js';
import { effectiveQcConfig } from '../../device-agent/config/load.js';
import { createAgentMetrics } from '../../device-agent/metrics.js';
import { connectMqtt } from '../../device-agent/mqtt/connection.js';
import { openOutbox } from '../../device-agent/outbox/open.js';
import { createQcEngine } from '../../device-agent/qc/index.js';
import { createSource, realHost } from '../../device-agent/sources/index.js';
import { SHARED, tempDir, testConfig } from '../agent/helpers.js';
import { device, startTestGateway, TOKEN } from '../gateway/helpers.js';

interface NowcastJson {
  station: string;
  state: string;
  reason: string;
  modelVersion: string;
  executionProvider: string;
  gateway: string;
  baseTime: string;
  quantileLevels: number[];
  values: { variable: string; leadMinutes: number; quantiles: number[] }[];
  input: { steps: number; lastSeq: number };
}

test('agent nowcasts reach the cloud through the gateway; too little history is reported, not forecast', async () => {
  const dir = tempDir('wx-nowcast-flow-');
  const hub = await startHub({ config: validateCloudConfig({}, 't'), dataDir: join(dir, 'cloud'), http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, gatewayToken: TOKEN, logger: silentLogger(), registry: new Registry() });
  const dongsi = device('dongsi', 'beijing');
  const gw = await startTestGateway([dongsi], hub.grpcAddress, { dataDir: join(dir, 'gw') });
  const config = testConfig({
    gateway: { url: gw.mqttUrl, password: dongsi.password, reconnectPeriodMs: 100 },
    source: { kind: 'replay-beijing', replay: { file: 'beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv', speedup: 3_600_000, startLocalTime: '2016-10-01 00:00' } },
    nowcast: { enabled: true, cycleIntervalMs: 3_600_000 },
  });
  const agentDir = join(dir, 'agent');
  const registry = createMetricsRegistry('agent', { device: config.deviceId });
  const metrics = createAgentMetrics(registry);
  const outbox = openOutbox(config, agentDir, metrics, silentLogger());
  const nowcasting = await openNowcasting(config, agentDir, outbox, silentLogger(), registry);
  const runner = nowcasting.runner;
  const agent = createAgent({
    config,
    source: await createSource(config, { host: realHost(() => true), sharedDir: SHARED }),
    outbox,
    qc: createQcEngine(effectiveQcConfig(config), config.samplingIntervalMs),
    logger: silentLogger(),
    metrics,
    connect: connectMqtt,
    clockSynced: () => true,
    maxReadings: 30,
    nowcast: runner,
  });
  try {
    assert.ok(runner.model, 'the committed model loads');
    assert.equal(runner.details().nowcastExecutionProvider, 'cpu');
    assert.equal(runner.details().nowcastPrecision, 'int8');
    const early = await runner.cycle();
    assert.equal(early?.state, NowcastState.NOWCAST_INSUFFICIENT_HISTORY);
    assert.match(early?.reason ?? '', /history has 0 of the 12 readings/);

    agent.start();
    await agent.sampling;
    const ok = await runner.cycle();
    assert.equal(ok?.state, NowcastState.NOWCAST_OK, ok?.reason ?? '');

    type Page = { count: number; nowcasts: NowcastJson[] };
    let page: Page = { count: 0, nowcasts: [] };
    const deadline = Date.now() + 15_000;
    while (page.count < 2 && Date.now() < deadline) {
      page = (await (await fetch(`${hub.httpUrl}/api/v1/nowcasts?station=dongsi`)).json()) as Page;
      if (page.count < 2) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(page.count, 2, JSON.stringify(page));
    const [newest, older] = page.nowcasts;
    assert.equal(newest?.state, 'OK');
    assert.equal(newest?.gateway, 'gw-test');
    assert.equal(newest?.executionProvider, 'cpu');
    assert.deepEqual(newest?.quantileLevels, [0.1, 0.5, 0.9]);
    assert.equal(newest?.values.length, 16, '4 variables x 4 leads');
    for (const v of newest?.values ?? []) {
      assert.ok(v.quantiles.every(Number.isFinite));
      assert.ok(v.quantiles[0]! <= v.quantiles[1]! && v.quantiles[1]! <= v.quantiles[2]!, `ordered quantiles ${JSON.stringify(v)}`);
    }
    const t1 = newest!.values.find((v) => v.variable === 'temperature' && v.leadMinutes === 60)!;
    assert.ok(t1.quantiles[1]! > -30 && t1.quantiles[1]! < 40, 'a plausible October temperature');
    assert.equal(older?.state, 'INSUFFICIENT_HISTORY');
    assert.match(older?.reason ?? '', /history has 0 of the 12/);

    const latest = (await (await fetch(`${hub.httpUrl}/api/v1/nowcasts/latest`)).json()) as Page;
    assert.equal(latest.count, 1);
    assert.equal(latest.nowcasts[0]?.state, 'OK');
    for (const [url, field] of [
      ['/api/v1/nowcasts', 'station'],
      ['/api/v1/nowcasts?station=dongsi&from=yesterday', 'from'],
      ['/api/v1/nowcasts?station=dongsi&from=2016-10-02&to=2016-10-01', 'to'],
      ['/api/v1/nowcasts?station=dongsi&limit=0', 'limit'],
      ['/api/v1/nowcasts?station=bad/id', 'station'],
    ] as const) {
      const res = await fetch(`${hub.httpUrl}${url}`);
      assert.equal(res.status, 400, url);
      assert.match(await res.text(), new RegExp(field), url);
    }
    const metrics = await (await fetch(`${hub.httpUrl}/metrics`)).text();
    assert.match(metrics, /wx_cloud_nowcasts_total\{state="OK"[^}]*\} 1/);
  } finally {
    await agent.stop();
    await nowcasting.close();
    await gw.stop();
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
