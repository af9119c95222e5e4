/**
 * A gateway that refuses a station's readings for days (its disk full, its outbox at the bound)
 * closes the connection at every try. The station keeps its readings, reconnects and tries again,
 * and says so in its log once a minute, not at every reconnect (an SD card's journal for days).
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { waitUntil } from '../../scripts/bench/sut.js';
import { createLogger } from '../../common/logger.js';
import { buildAgent, metricValue } from './harness.js';
import { DONGSI_FILE, startBroker, tempDir, testConfig } from './helpers.js';

void test('a gateway refusing every batch costs the station a log line a minute, and no reading', { timeout: 30_000 }, async () => {
  const broker = await startBroker({
    authorizePublish: (_client, packet, done) => done(packet.topic.endsWith('/readings') ? new Error('outbox full') : null),
  });
  const lines: string[] = [];
  const out = new PassThrough();
  out.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
  const config = testConfig({
    gateway: { url: broker.url, reconnectPeriodMs: 100, reconnectMaxMs: 100 }, // tries at most 100 ms apart: many in a short test
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 100 } },
  });
  const { agent, outbox, registry } = await buildAgent(config, tempDir(), 20, undefined, createLogger('wx-agent', { level: 'info', destination: out }));
  agent.start();
  try {
    await waitUntil('the station to reconnect again and again', async () => (await metricValue(registry, 'wx_agent_mqtt_reconnects_total')) >= 10, 15_000, 50);
    assert.equal(outbox.depth, 20, 'every reading kept');
    await new Promise((r) => setImmediate(r));
    const count = (msg: string): number => lines.filter((l) => l.includes(msg)).length;
    // Before: a line at every reconnect (11 in this test's two seconds).
    assert.equal(count('gateway unreachable'), 1, 'one line for ten reconnects and more');
    assert.ok(count('publish failed') <= 1);
  } finally {
    await agent.stop();
    outbox.close();
    await broker.close();
  }
});
