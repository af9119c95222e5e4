import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Outbox } from '../../device-agent/outbox/outbox.js';
import { buildAgent, metricValue } from './harness.js';
import { DONGSI_FILE, tempDir, testConfig } from './helpers.js';

const HOUR = 3_600_000;

/** The outbox with its append replaced (every other member as it is). */
function withAppend(outbox: Outbox, append: Outbox['append']): Outbox {
  return new Proxy(outbox, {
    get(target, prop) {
      if (prop === 'append') return append;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const sqliteError = (message: string, code: string): Error => Object.assign(new Error(message), { code });

/** An offline agent replaying Dongsi fast, up to 10 readings, on an outbox wrapped by `wrap`. */
function agentOn(wrap: (outbox: Outbox) => Outbox) {
  const config = testConfig({
    gateway: { url: 'mqtt://127.0.0.1:1', reconnectPeriodMs: 60_000 }, // nothing listens: offline
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 1000 } },
  });
  return buildAgent(config, tempDir(), 10, wrap);
}

void test('a full disk pauses sampling without losing the reading in hand or stopping the agent; it is stored once there is room', async () => {
  let failures = 2;
  const { agent, outbox, registry } = await agentOn((o) =>
    withAppend(o, (...args) => {
      if (failures-- > 0) throw sqliteError('database or disk is full', 'SQLITE_FULL');
      return o.append(...args);
    }),
  );
  agent.start();
  try {
    await agent.sampling; // resolves at maxReadings; a fatal storage error would reject it
    assert.equal(await metricValue(registry, 'wx_agent_outbox_disk_full_total'), 2);
    const ready = outbox.readyRows('oldest', 100, new Set());
    assert.deepEqual(ready.map((r) => r.seq), Array.from({ length: 10 }, (_, i) => i + 1), 'seqs 1..10, none skipped');
    const times = outbox.history().map((h) => h.timeMs);
    for (let i = 1; i < times.length; i++) assert.equal(times[i]! - times[i - 1]!, HOUR, 'the replay lost no hour to the full disk');
  } finally {
    await agent.stop();
    outbox.close();
  }
});

void test('other storage errors still stop sampling (fatal), rather than retrying forever', async () => {
  const { agent, outbox } = await agentOn((o) =>
    withAppend(o, () => {
      throw sqliteError('disk I/O error', 'SQLITE_IOERR');
    }),
  );
  agent.start();
  try {
    await assert.rejects(agent.sampling, /disk I\/O error/);
  } finally {
    await agent.stop();
    outbox.close();
  }
});
