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
}

interface Pending {
  batch: BatchInput;
  resolve: (r: BatchResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit: batches submitted from any gateway streams within `lingerMs` (or until
 * `maxReadingsPerCommit` readings are queued) are committed together in one store transaction, in
 * submission order.
 * Each submitter's promise resolves only after that commit, so acks still follow durability. One
 * transaction at a time.
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  private running = false;
  private idleWaiters: (() => void)[] = [];
  private queuedReadings = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly maxReadings: number;
  private readonly lingerMs: number;

  constructor(private readonly options: CommitterOptions) {
    this.maxReadings = options.maxReadingsPerCommit ?? 20_000;
    this.lingerMs = options.lingerMs ?? 5;
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
    if (this.queue.length === 0 && !this.running) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.running) return;
    const full = this.queuedReadings >= this.maxReadings || this.lingerMs === 0;
    if (this.scheduled && !(full && this.timer)) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduled = true;
    const go = (): void => {
      this.scheduled = false;
      this.timer = undefined;
      void this.run();
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

  private async run(): Promise<void> {
    this.running = true;
    const { store, metrics, logger, onCommitted } = this.options;
    while (this.queue.length > 0) {
      const group = this.takeGroup();
      const stop = metrics.storeCommitDuration.startTimer();
      let results: BatchResult[];
      try {
        results = await store.storeBatches(group.map((p) => p.batch));
      } catch (err) {
        metrics.storeErrors.inc();
        logger.error({ err, batches: group.length }, 'store transaction failed');
        for (const p of group) p.reject(err);
        continue;
      } finally {
        stop();
      }
      metrics.storeCommitBatches.observe(group.length);
      group.forEach((p, i) => {
        const result = results[i]!;
        if (onCommitted) {
          try {
            onCommitted(p.batch, result);
          } catch (err) {
            logger.error({ err }, 'post-commit hook failed');
          }
        }
        p.resolve(result);
      });
    }
    this.running = false;
    for (const w of this.idleWaiters.splice(0)) w();
    // Batches submitted by the hooks above (or during an async store) go in the next transaction.
    if (this.queue.length > 0) this.schedule();
  }
}
