import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger } from '../../common/logger.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createAgent } from '../../device-agent/agent.js';
import { effectiveQcConfig } from '../../device-agent/config/load.js';
import { createAgentMetrics } from '../../device-agent/metrics.js';
import { connectMqtt } from '../../device-agent/mqtt/connection.js';
import { openOutbox } from '../../device-agent/outbox/open.js';
import type { Outbox } from '../../device-agent/outbox/outbox.js';
import { createQcEngine } from '../../device-agent/qc/index.js';
import { createSource, realHost } from '../../device-agent/sources/index.js';
import { metricValue } from './harness.js';
import { DONGSI_FILE, SHARED, tempDir, testConfig } from './helpers.js';

const HOUR = 3_600_000;

/** The outbox, except that its next `failures` appends fail as SQLite does on a full disk. */
function fullDisk(outbox: Outbox, failures: number): Outbox {
  let left = failures;
  return new Proxy(outbox, {
    get(target, prop) {
      if (prop === 'append') {
        return (...args: Parameters<Outbox['append']>) => {
          if (left-- > 0) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
          return target.append(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

void test('a full disk pauses sampling without losing the reading in hand or stopping the agent; it is stored once there is room', async () => {
  const config = testConfig({
    gateway: { url: 'mqtt://127.0.0.1:1', reconnectPeriodMs: 60_000 }, // nothing listens: offline
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 1000 } },
  });
  const registry = createMetricsRegistry('agent', { device: config.deviceId });
  const metrics = createAgentMetrics(registry);
  const real = openOutbox(config, tempDir(), metrics, silentLogger());
  const source = await createSource(config, { host: realHost(() => true), sharedDir: SHARED });
  const agent = createAgent({
    config,
    source,
    outbox: fullDisk(real, 2),
    qc: createQcEngine(effectiveQcConfig(config), config.samplingIntervalMs),
    logger: silentLogger(),
    metrics,
    connect: connectMqtt,
    clockSynced: () => true,
    maxReadings: 10,
  });
  agent.start();
  try {
    await agent.sampling; // resolves at maxReadings; a fatal storage error would reject it
    assert.equal(await metricValue(registry, 'wx_agent_outbox_disk_full_total'), 2);
    const held = real.readyRows('oldest', 100, new Set());
    assert.deepEqual(held.map((r) => r.seq), Array.from({ length: 10 }, (_, i) => i + 1), 'seqs 1..10, none skipped');
    const times = real.history().map((h) => h.timeMs);
    for (let i = 1; i < times.length; i++) assert.equal(times[i]! - times[i - 1]!, HOUR, 'the replay lost no hour to the full disk');
  } finally {
    await agent.stop();
    real.close();
  }
});

void test('other storage errors still stop sampling (fatal), rather than retrying forever', async () => {
  const config = testConfig({
    gateway: { url: 'mqtt://127.0.0.1:1', reconnectPeriodMs: 60_000 },
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 1000 } },
  });
  const metrics = createAgentMetrics(createMetricsRegistry('agent', { device: config.deviceId }));
  const real = openOutbox(config, tempDir(), metrics, silentLogger());
  const broken = new Proxy(real, {
    get(target, prop) {
      if (prop === 'append') return () => { throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }); };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const agent = createAgent({
    config,
    source: await createSource(config, { host: realHost(() => true), sharedDir: SHARED }),
    outbox: broken,
    qc: createQcEngine(effectiveQcConfig(config), config.samplingIntervalMs),
    logger: silentLogger(),
    metrics,
    connect: connectMqtt,
    clockSynced: () => true,
    maxReadings: 10,
  });
  agent.start();
  try {
    await assert.rejects(agent.sampling, /disk I\/O error/);
  } finally {
    await agent.stop();
    real.close();
  }
});
