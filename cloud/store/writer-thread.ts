import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../common/module-worker.js';
import type { WriterSettings } from './sqlite-writer.js';
import type { WriteRequest, WriteResponse } from './write-request.js';
import type { WriterMessage, WriterReply } from './writer-protocol.js';

interface Pending {
  resolve: (r: WriteResponse) => void;
  reject: (e: unknown) => void;
}

/**
 * The store's side of its writer thread. Requests are sent as they come and answered in order. If
 * the thread dies, every request it had not answered is rejected (so nothing unstored is ever
 * acknowledged) and the next request starts a fresh thread on the same file. Rejections are plain
 * errors; the store turns them into WX_ERR_STORE.
 */
export class WriterThread {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closing = false;

  constructor(private readonly settings: WriterSettings) {}

  /** Starts the thread (opening its connection); resolves once it can take requests. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = startModuleWorker(import.meta.url, './write-worker', { workerData: this.settings, name: 'wx-store-writer' });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onStartFailure = (err: unknown): void => reject(storeError(`store writer thread did not start: ${(err as Error).message}`, err));
      worker.once('error', onStartFailure);
      worker.on('message', (msg: WriterReply) => {
        if (msg.kind === 'ready') {
          worker.off('error', onStartFailure);
          // Idle, the thread does not keep the process alive; starting, or with a request in flight
          // (see write()), it does.
          if (this.pending.size === 0) worker.unref();
          resolve();
        } else this.onReply(msg);
      });
    });
    worker.on('error', (err) => this.lost(worker, err));
    worker.on('exit', (code) => this.lost(worker, new Error(`exited with code ${code}`)));
    return this.ready;
  }

  async write(request: WriteRequest, now: number): Promise<WriteResponse> {
    if (this.closing) throw storeError('store is closed');
    await this.start();
    const worker = this.worker;
    if (!worker) throw storeError('store writer thread stopped while starting');
    const id = this.nextId++;
    const done = new Promise<WriteResponse>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    if (this.pending.size === 1) worker.ref();
    const msg: WriterMessage = { kind: 'write', id, now, request };
    worker.postMessage(msg, [request.rows.buffer]);
    return done;
  }

  /** Waits for every request sent so far, then closes the thread's connection and ends it. */
  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (!worker || !this.ready) return;
    try {
      await this.ready;
    } catch {
      return;
    }
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage({ kind: 'close' } satisfies WriterMessage);
    await exited;
  }

  private onReply(msg: WriterReply): void {
    if (msg.kind !== 'written' && msg.kind !== 'failed') return;
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (msg.kind === 'written') p.resolve(msg.response);
    else p.reject(Object.assign(new Error(msg.message), { code: msg.sqliteCode }));
  }

  private lost(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = undefined;
    const failure = storeError(`store writer thread stopped: ${err.message}`, err);
    for (const p of this.pending.values()) p.reject(failure);
    this.pending.clear();
  }
}

/** Plain errors: the store wraps them in WX_ERR_STORE naming the gateways of the batches. */
function storeError(message: string, cause?: unknown): Error {
  return new Error(message, cause === undefined ? {} : { cause });
}
