import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { status } from '@grpc/grpc-js';
import { Registry } from 'prom-client';
import { createAuthenticator } from '../../cloud/ingest/auth.js';
import { GroupCommitter } from '../../cloud/ingest/committer.js';
import { startGrpcIngest } from '../../cloud/ingest/server.js';
import { createCloudMetrics } from '../../cloud/metrics.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import type { BatchInput, ObservationStore } from '../../cloud/store/types.js';
import { silentLogger } from '../../common/logger.js';
import { batch, forward, reading, SHARED_TOKEN, tempDir } from './helpers.js';

/** A real SQLite store whose commits wait until the test opens the gate. */
function gatedStore(path: string): { store: ObservationStore; open(): void; commits: number[]; close(): Promise<void> } {
  const inner = openSqliteStore(path);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const commits: number[] = [];
  const store = Object.create(inner) as ObservationStore;
  store.storeBatches = async (batches: readonly BatchInput[]) => {
    await gate;
    commits.push(batches.length);
    return inner.storeBatches(batches);
  };
  return { store, open: release, commits, close: () => inner.close() };
}

async function setup(maxInFlightBatches: number, maxInFlightReadings?: number) {
  const { dir, cleanup } = tempDir();
  const registry = new Registry();
  const metrics = createCloudMetrics(registry);
  const logger = silentLogger();
  const gated = gatedStore(join(dir, 'cloud.sqlite'));
  const committer = new GroupCommitter({ store: gated.store, metrics, logger });
  const grpc = await startGrpcIngest({
    host: '127.0.0.1',
    port: 0,
    authenticate: createAuthenticator({ gateways: [], sharedToken: SHARED_TOKEN }),
    committer,
    metrics,
    logger,
    maxInFlightBatches,
    ...(maxInFlightReadings !== undefined ? { maxInFlightReadings } : {}),
  });
  const received = async (): Promise<number> => (await metrics.readingsReceived.get()).values.reduce((n, v) => n + v.value, 0);
  /** Opens the gate, closes the server, lets every commit finish, removes the files. */
  const teardown = async (): Promise<void> => {
    gated.open();
    await grpc.close(100);
    await committer.drain();
    await gated.close();
    cleanup();
  };
  return { grpc, gated, committer, received, cleanup, teardown };
}

const batches = Array.from({ length: 12 }, (_, i) => batch(i + 1, [reading({ device: 'bp-1', seq: 2 * i + 1 }), reading({ device: 'bp-1', seq: 2 * i + 2 })], 'gw-bp'));

/**
 * Forwards every batch while commits wait behind a gate: what the hub had read when reading paused
 * (after 300 ms), then, the gate opened, the acks, what it read in all and its transactions.
 */
async function forwardGated(maxInFlightBatches: number, maxInFlightReadings?: number) {
  const { grpc, gated, received, teardown } = await setup(maxInFlightBatches, maxInFlightReadings);
  try {
    const result = forward(grpc.address, SHARED_TOKEN, batches);
    await new Promise((r) => setTimeout(r, 300));
    const beforeOpen = await received();
    gated.open();
    const { acks, error } = await result;
    return { beforeOpen, acks, error, inAll: await received(), commits: gated.commits };
  } finally {
    await teardown();
  }
}

test('a stream stops reading while maxInFlightBatches await their commit, then drains them all', async () => {
  const { beforeOpen, acks, error, inAll, commits } = await forwardGated(3);
  // Only three batches (two readings each) were taken off the stream; the rest wait in flow control.
  assert.equal(beforeOpen, 6);
  assert.equal(error, undefined);
  assert.deepEqual(
    acks.map((a) => Number(a.batchId)),
    batches.map((b) => b.batchId),
  );
  assert.equal(inAll, 24);
  // Batches that queued behind a running commit went into one transaction together.
  assert.ok(commits.length < batches.length, `transactions: ${commits.join(',')}`);
  assert.equal(
    commits.reduce((a, b) => a + b, 0),
    batches.length,
  );
});

test('shutdown acknowledges what was taken in, then ends open streams with UNAVAILABLE', async () => {
  const { grpc, gated, committer, cleanup } = await setup(2);
  try {
    const result = forward(grpc.address, SHARED_TOKEN, batches);
    await new Promise((r) => setTimeout(r, 200));
    const closing = grpc.close(5000);
    gated.open();
    await closing;
    const { acks, error } = await result;
    assert.equal(error?.code, status.UNAVAILABLE);
    assert.deepEqual(
      acks.map((a) => Number(a.batchId)),
      [1, 2],
    );
  } finally {
    gated.open();
    await committer.drain();
    await gated.close();
    cleanup();
  }
});

test('a stream also stops reading once the readings awaiting their commit reach maxInFlightReadings', async () => {
  const { beforeOpen, acks, error } = await forwardGated(100, 5);
  // Two readings per batch: the third batch takes it to 6 >= 5 and reading pauses.
  assert.equal(beforeOpen, 6);
  assert.equal(error, undefined);
  assert.equal(acks.length, batches.length);
});

test('the committer hands the store a second transaction while the first is still syncing, never a third', async () => {
  const calls: { batches: readonly BatchInput[]; release: () => void }[] = [];
  const store = {
    storeBatches: (batches: readonly BatchInput[]) =>
      new Promise((resolve) => calls.push({ batches, release: () => resolve(batches.map(() => ({ stored: 1, duplicates: 0, storedReadings: [] }))) })),
  } as unknown as ObservationStore;
  const committer = new GroupCommitter({ store, metrics: createCloudMetrics(new Registry()), logger: silentLogger(), lingerMs: 1 });
  const one = (id: number): BatchInput => ({ gatewayId: `gw-${id}`, readings: [], statuses: [], rejected: 0 });
  const settled: string[] = [];
  const submit = (id: number): Promise<void> => committer.submit(one(id)).then(() => void settled.push(`gw-${id}`));
  const waitMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const done = [submit(1)];
  await waitMs(20);
  done.push(submit(2));
  await waitMs(20);
  assert.equal(calls.length, 2, 'the second transaction went to the store before the first finished');
  done.push(submit(3), submit(4));
  await waitMs(20);
  assert.equal(calls.length, 2, 'at most two at once');
  calls[0]!.release();
  await waitMs(20);
  assert.equal(calls.length, 3);
  assert.deepEqual(calls[2]!.batches.map((b) => b.gatewayId), ['gw-3', 'gw-4'], 'what queued meanwhile is one transaction');
  calls[2]!.release();
  calls[1]!.release();
  await Promise.all(done);
  await committer.drain();
  assert.deepEqual(settled.sort(), ['gw-1', 'gw-2', 'gw-3', 'gw-4']);
});
