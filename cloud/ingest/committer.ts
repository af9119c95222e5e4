import { createLogLimiter } from '../../common/log-limiter.js';
import type { Logger } from '../../common/logger.js';
import type { CloudMetrics } from '../metrics.js';
import type { BatchInput, BatchResult, ObservationStore } from '../store/types.js';

export interface CommitterOptions {
  store: ObservationStore;
  metrics: CloudMetrics;
  logger: Logger;
  /** [100...1000000] readings per transaction at most; batches beyond wait for the next one. */
  maxReadingsPerCommit?: number;
  /**
   * [0...100] ms a commit waits for more batches while fewer than maxReadingsPerCommit readings are
   * queued (Kafka's linger.ms): a few ms of latency buys transactions many times larger.
   */
  lingerMs?: number;
  /** Called with what each committed batch stored (after the commit), e.g. the InfluxDB sink. */
  onCommitted?: (batch: BatchInput, result: BatchResult) => void;
  /**
   * Called with a transaction's batches before it starts; its return value goes to afterCommit,
   * called once every onCommitted of that transaction has run (or it failed). The InfluxDB sink logs
   * the readings' spans in between, so a crash after the commit and before onCommitted leaves a
   * trace (cloud/store/influx.ts).
   */
  beforeCommit?: (batches: readonly BatchInput[]) => unknown;
  afterCommit?: (token: unknown) => void;
}

/** Transactions handed to the store at once: one being written while the previous one syncs. */
const MAX_IN_FLIGHT = 2;

interface Pending {
  batch: BatchInput;
  resolve: (r: BatchResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit: batches submitted from any gateway streams within `lingerMs` (or until
 * `maxReadingsPerCommit` readings are queued) are committed together in one store transaction, in
 * submission order.
 * Each submitter's promise resolves only after that commit is durable, so acks still follow
 * durability. Two transactions at a time: the store builds the next while the last one's fsync runs
 * (common/commit-sync.ts), so a slow disk stretches the latency of acks, not the time between commits.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private queuedReadings = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly maxReadings: number;
  private readonly lingerMs: number;
  // A failure that lasts (a full disk) fails every transaction: one line a minute, the metric counts each.
  private readonly logFailure: ReturnType<typeof createLogLimiter>;

  constructor(private readonly options: CommitterOptions) {
    this.maxReadings = options.maxReadingsPerCommit ?? 20_000;
    this.lingerMs = options.lingerMs ?? 5;
    this.logFailure = createLogLimiter(options.logger, 60_000, Date.now, 'error');
  }

  submit(batch: BatchInput): Promise<BatchResult> {
    return new Promise<BatchResult>((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.queuedReadings += batch.readings.length;
      this.schedule();
    });
  }

  /** Resolves once everything submitted so far is committed (or failed). */
  async drain(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.inFlight >= MAX_IN_FLIGHT || this.queue.length === 0) return;
    const full = this.queuedReadings >= this.maxReadings || this.lingerMs === 0;
    if (this.scheduled && !(full && this.timer)) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduled = true;
    const go = (): void => {
      this.scheduled = false;
      this.timer = undefined;
      this.startCommit();
    };
    if (full) setImmediate(go);
    else this.timer = setTimeout(go, this.lingerMs);
  }

  private takeGroup(): Pending[] {
    let readings = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || readings + this.queue[n]!.batch.readings.length <= this.maxReadings)) {
      readings += this.queue[n]!.batch.readings.length;
      n++;
    }
    this.queuedReadings -= readings;
    return this.queue.splice(0, n);
  }

  private startCommit(): void {
    if (this.queue.length === 0 || this.inFlight >= MAX_IN_FLIGHT) return;
    this.inFlight++;
    void this.commit(this.takeGroup()).finally(() => {
      this.inFlight--;
      // Batches submitted meanwhile (or by the hooks) go in the next transaction.
      if (this.queue.length > 0) this.schedule();
      else if (this.inFlight === 0) for (const w of this.idleWaiters.splice(0)) w();
    });
    // More than a transaction's worth queued: the next one need not wait for the linger.
    if (this.queuedReadings >= this.maxReadings) this.schedule();
  }

  private async commit(group: Pending[]): Promise<void> {
    const { store, metrics, onCommitted } = this.options;
    const batches = group.map((p) => p.batch);
    const token = this.hook('beforeCommit', () => this.options.beforeCommit?.(batches));
    const stop = metrics.storeCommitDuration.startTimer();
    let results: BatchResult[];
    try {
      results = await store.storeBatches(batches);
    } catch (err) {
      metrics.storeErrors.inc();
      this.logFailure(String((err as Error).message), { err, batches: group.length }, 'store transaction failed: the gateways keep those readings and send them again');
      for (const p of group) p.reject(err);
      this.hook('afterCommit', () => this.options.afterCommit?.(token));
      return;
    } finally {
      stop();
    }
    metrics.storeCommitBatches.observe(group.length);
    group.forEach((p, i) => {
      const result = results[i]!;
      if (onCommitted) this.hook('onCommitted', () => onCommitted(p.batch, result));
      p.resolve(result);
    });
    this.hook('afterCommit', () => this.options.afterCommit?.(token));
  }

  /** Runs a hook; its failure is logged, never thrown into the commit. */
  private hook<T>(name: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (err) {
      this.options.logger.error({ err }, `${name} hook failed`);
      return undefined;
    }
  }
}
