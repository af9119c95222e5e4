import { fetchText, metricSum, type Sut } from './sut.js';

/** A cumulative counter read at one moment. */
export interface Sample {
  tMs: number;
  value: number;
}

/** The largest sample value in (fromMs, toMs]. */
export function maxIn(samples: readonly Sample[], fromMs: number, toMs: number): number {
  let v = 0;
  for (const s of samples) if (s.tMs > fromMs && s.tMs <= toMs) v = Math.max(v, s.value);
  return v;
}

/** The counter's last value at or before tMs. */
export function valueAt(samples: readonly Sample[], tMs: number): number {
  let v = 0;
  for (const s of samples) if (s.tMs <= tMs) v = s.value;
  return v;
}

/** Polls the cloud's readings-stored count and the gateway's message counter every `intervalMs`. */
export class Poller {
  readonly stored: Sample[] = [];
  readonly gatewayMessages: Sample[] = [];
  /** The gateway's ForwardBatches sent and readings forwarded (resends included). */
  readonly gatewayBatches: Sample[] = [];
  readonly gatewayForwarded: Sample[] = [];
  /** The gateway's longest event-loop delay since the previous scrape (prom-client resets it each scrape). */
  readonly gatewayLoopMax: Sample[] = [];
  /** Highest gateway V8 heap (total and used) and external (Buffer) memory seen, from its /metrics. */
  readonly gatewayMemory = { heapTotal: 0, heapUsed: 0, external: 0 };
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  lastError: string | undefined;

  constructor(private readonly sut: Sut, private readonly intervalMs = 500) {}

  start(): void {
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async poll(): Promise<number | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    try {
      const [stats, metrics] = await Promise.all([
        fetchText(`${this.sut.cloudInfo.httpUrl}/api/v1/stats`).catch((e: Error) => e),
        fetchText(`${this.sut.gatewayInfo.metricsUrl}`).catch((e: Error) => e),
      ]);
      const t = Date.now();
      let stored: number | undefined;
      if (typeof stats === 'string') stored = storedFromStats(JSON.parse(stats));
      else this.lastError = stats.message;
      if (stored === undefined && typeof metrics === 'string') stored = metricSum(metrics, 'wx_gateway_cloud_stored_total');
      if (stored !== undefined) this.stored.push({ tMs: t, value: stored });
      const msgs = typeof metrics === 'string' ? metricSum(metrics, 'wx_gateway_messages_received_total') : undefined;
      if (msgs !== undefined) this.gatewayMessages.push({ tMs: t, value: msgs });
      if (typeof metrics === 'string') {
        this.gatewayBatches.push({ tMs: t, value: metricSum(metrics, 'wx_gateway_forward_batches_sent_total') ?? 0 });
        this.gatewayForwarded.push({ tMs: t, value: metricSum(metrics, 'wx_gateway_forwarded_readings_total') ?? 0 });
        this.gatewayLoopMax.push({ tMs: t, value: metricSum(metrics, 'wx_process_nodejs_eventloop_lag_max_seconds') ?? 0 });
        const m = this.gatewayMemory;
        m.heapTotal = Math.max(m.heapTotal, metricSum(metrics, 'wx_process_nodejs_heap_size_total_bytes') ?? 0);
        m.heapUsed = Math.max(m.heapUsed, metricSum(metrics, 'wx_process_nodejs_heap_size_used_bytes') ?? 0);
        m.external = Math.max(m.external, metricSum(metrics, 'wx_process_nodejs_external_memory_bytes') ?? 0);
      }
      return stored;
    } finally {
      this.busy = false;
    }
  }

  /** Waits (bounded) until the cloud has stored at least `target` readings. */
  async waitStored(target: number, timeoutMs: number): Promise<{ ms: number; stored: number }> {
    const t0 = Date.now();
    let stored = this.stored.at(-1)?.value ?? 0;
    while (stored < target && Date.now() - t0 < timeoutMs) {
      await new Promise((r) => setTimeout(r, 200));
      stored = (await this.poll()) ?? stored;
    }
    return { ms: Date.now() - t0, stored };
  }
}

/** Readings stored, from GET /api/v1/stats: a top-level `stored`, else the sum over gateways. */
export function storedFromStats(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  for (const key of ['stored', 'readingsStored']) if (typeof b[key] === 'number') return b[key];
  const readings = b['readings'] as Record<string, unknown> | undefined;
  if (readings && typeof readings['stored'] === 'number') return readings['stored'];
  if (Array.isArray(b['gateways'])) {
    return (b['gateways'] as Array<Record<string, unknown>>).reduce((n, g) => n + (typeof g['readingsStored'] === 'number' ? g['readingsStored'] : typeof g['stored'] === 'number' ? g['stored'] : 0), 0);
  }
  return undefined;
}

