import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Outbox } from '../../device-agent/outbox/outbox.js';
import { buildAgent, metricValue } from './harness.js';
import { DONGSI_FILE, startBroker, tempDir, testConfig } from './helpers.js';

const HOUR = 3_600_000;

/** The outbox with one method replaced (every other member as it is). */
function withMethod<K extends 'append' | 'ack'>(outbox: Outbox, name: K, method: Outbox[K]): Outbox {
  return new Proxy(outbox, {
    get(target, prop) {
      if (prop === name) return method;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const sqliteError = (message: string, code: string): Error => Object.assign(new Error(message), { code });

/** An agent replaying Dongsi fast, up to 10 readings, on an outbox wrapped by `wrap`; offline unless given a broker. */
function agentOn(wrap: (outbox: Outbox) => Outbox, brokerUrl?: string) {
  const config = testConfig({
    gateway: { url: brokerUrl ?? 'mqtt://127.0.0.1:1', reconnectPeriodMs: 60_000 }, // port 1: nothing listens
    source: { kind: 'replay-beijing', replay: { file: DONGSI_FILE, speedup: 3600 * 1000 } },
  });
  return buildAgent(config, tempDir(), 10, wrap);
}

void test('a full disk pauses sampling without losing the reading in hand or stopping the agent; it is stored once there is room', async () => {
  let failures = 2;
  const { agent, outbox, registry } = await agentOn((o) =>
    withMethod(o, 'append', (...args) => {
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
    withMethod(o, 'append', () => {
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

void test('an outbox that cannot delete acknowledged readings (a damaged file) stops the agent, rather than resending them forever', async () => {
  const broker = await startBroker();
  let acks = 0;
  const { agent, outbox } = await agentOn(
    (o) =>
      withMethod(o, 'ack', () => {
        acks++;
        throw sqliteError('database disk image is malformed', 'SQLITE_CORRUPT');
      }),
    broker.url,
  );
  agent.start();
  try {
    await assert.rejects(agent.sampling, (err: Error & { code?: string }) => err.code === 'SQLITE_CORRUPT', 'fatal: main marks the file and exits; the next start sets it aside');
    // PUBACKs of publishes already in flight may still land (each tries its delete); then nothing more.
    await new Promise((r) => setTimeout(r, 300));
    const seen = acks;
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(acks, seen, 'nothing published after the failed delete: no resending');
  } finally {
    await agent.stop();
    outbox.close();
    await broker.close();
  }
});
