import { createLogLimiter } from '../../common/log-limiter.js';
import type { Logger } from '../../common/logger.js';
import type { AgentMetrics } from '../metrics.js';
import type { Outbox, ReadyRow } from '../outbox/outbox.js';
import { encodeBatch } from '../outbox/reading.js';

/** The part of an MQTT.js client the publisher uses (a test can pass a real client or a stand-in). */
export interface PublishClient {
  readonly connected: boolean;
  publishAsync(topic: string, payload: Buffer, opts: { qos: 1 }): Promise<unknown>;
}

export interface PublisherDeps {
  client: PublishClient;
  outbox: Outbox;
  topic: string;
  batchMaxReadings: number;
  /** Batches awaiting PUBACK at once. */
  inflightMax: number;
  logger: Logger;
  metrics: AgentMetrics;
  /**
   * The outbox failed to delete acknowledged rows (not a full disk: it has a reserve for that). The
   * rows stay and are resent; the owner decides whether to go on (the agent stops: a corrupted file is
   * set aside at the next start).
   */
  onStorageError?: (err: Error) => void;
}

/**
 * Drains the outbox as wx.v1.ReadingBatch at QoS 1 with an in-flight window. A row is deleted only
 * on PUBACK. When more is waiting than fits in one batch (a backlog after an outage or a restart),
 * batches alternate between the oldest waiting rows (backlog, oldest first) and the newest ones
 * (live), so live data never waits behind days of backlog. MQTT.js keeps unacknowledged QoS 1
 * packets across a reconnect and resends them first; rows of a dead process are resent from the
 * outbox by the next one.
 */
export class Publisher {
  private readonly inflight = new Set<number>();
  private inflightBatches = 0;
  private nextTurn: 'backlog' | 'live' = 'backlog';
  private scheduled = false;
  private stopped = false;
  private acceptLateAcks = true;
  private idleWaiters: (() => void)[] = [];
  // A connection refused again and again fails every batch in flight each time: a line a minute.
  private readonly warnFailed: ReturnType<typeof createLogLimiter>;

  constructor(private readonly deps: PublisherDeps) {
    this.warnFailed = createLogLimiter(deps.logger, 60_000);
  }

  /** Schedules a drain pass (cheap to call often). */
  kick(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  get inflightReadings(): number {
    return this.inflight.size;
  }

  /** Picks the next batch: everything if it fits, else alternately backlog and live. */
  nextBatch(): ReadyRow[] {
    const { outbox, batchMaxReadings: max } = this.deps;
    const oldest = outbox.readyRows('oldest', max + 1, this.inflight);
    if (oldest.length <= max) return oldest;
    const turn = this.nextTurn;
    this.nextTurn = turn === 'backlog' ? 'live' : 'backlog';
    return turn === 'backlog' ? oldest.slice(0, max) : outbox.readyRows('newest', max, this.inflight);
  }

  private pump(): void {
    const { client } = this.deps;
    while (!this.stopped && client.connected && this.inflightBatches < this.deps.inflightMax) {
      const rows = this.nextBatch();
      if (rows.length === 0) break;
      this.send(rows);
    }
    this.notifyIdle();
  }

  private send(rows: ReadyRow[]): void {
    const { client, outbox, topic, metrics } = this.deps;
    const seqs = rows.map((r) => r.seq);
    for (const s of seqs) this.inflight.add(s);
    this.inflightBatches++;
    metrics.published.inc(seqs.length);
    client
      .publishAsync(topic, encodeBatch(rows.map((r) => r.payload)), { qos: 1 })
      .then(() => {
        if (!this.acceptLateAcks) return; // the outbox is closed
        let deleted: number;
        try {
          deleted = outbox.ack(seqs);
        } catch (err) {
          this.stopped = true;
          this.deps.onStorageError?.(err as Error);
          return;
        }
        metrics.acked.inc(deleted);
      })
      .catch((err: unknown) => {
        this.warnFailed((err as Error).message, { err: (err as Error).message, first: seqs[0], count: seqs.length }, 'publish failed; readings stay in the outbox');
      })
      .finally(() => {
        for (const s of seqs) this.inflight.delete(s);
        this.inflightBatches--;
        this.notifyIdle();
        this.kick();
      });
  }

  /** Resolves when nothing is in flight (or after timeoutMs). */
  async whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.inflightBatches === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private notifyIdle(): void {
    if (this.inflightBatches !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Stops sending; acknowledgements still delete rows until `detach()` (the outbox is closing). */
  stop(): void {
    this.stopped = true;
  }

  detach(): void {
    this.stopped = true;
    this.acceptLateAcks = false;
  }
}
