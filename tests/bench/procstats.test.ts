import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { busiestShare, sampleThreads } from '../../scripts/bench/procstats.js';

void test('a process is sampled thread by thread, its main thread under its own pid', async () => {
  // A worker that spins for 300 ms, then idles until terminated (an ended thread leaves /proc):
  // its thread must show that CPU, apart from the main thread's.
  const before = sampleThreads(process.pid);
  const worker = new Worker(
    "const { parentPort } = require('node:worker_threads'); const end = Date.now() + 300; while (Date.now() < end); parentPort.postMessage('spun'); setInterval(() => {}, 1000);",
    { eval: true },
  );
  await new Promise((resolve) => worker.once('message', resolve));
  const after = sampleThreads(process.pid);
  await worker.terminate();
  assert.ok(String(process.pid) in after, `threads: ${Object.keys(after).join(', ')}`);
  const spun = Object.keys(after).filter((tid) => !(tid in before) || after[tid]! - before[tid]! >= 0.2);
  assert.ok(spun.length > 0, 'no thread took the worker\'s 300 ms');
  assert.deepEqual(sampleThreads(2 ** 22 + 12345), {}, 'a process that is gone has no threads');
});

void test('the busiest thread of each process is its share of a core over the run', () => {
  const run = { startMs: 0, sendEndMs: 2000 };
  const before = { gateway: { '10': 1.0, '11': 0.5 }, cloud: { '20': 4.0 } };
  // gateway: thread 10 used 2.0 s, 11 0.5 s, a new thread 12 0.2 s; cloud: one thread, 0.6 s.
  const after = { gateway: { '10': 3.0, '11': 1.0, '12': 0.2 }, cloud: { '20': 4.6 } };
  const share = busiestShare(before, after, run);
  assert.deepEqual(Object.keys(share).sort(), ['cloud', 'gateway']);
  assert.ok(Math.abs(share['gateway']! - 1.0) < 1e-9, `gateway ${share['gateway']}`);
  assert.ok(Math.abs(share['cloud']! - 0.3) < 1e-9, `cloud ${share['cloud']}`);
});
