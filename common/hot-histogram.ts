import type { Metric, Registry } from 'prom-client';

/** One label set's series of a HotHistogram. */
export interface HotHistogramSeries {
  observe(value: number): void;
}

/**
 * A Prometheus histogram for observations made per reading on an ingest path. Each label set is
 * bound once (`series()`); an observation is then a bucket search and three adds on preallocated
 * arrays. prom-client's Histogram.observe() validates and hashes its label object on every call,
 * which cost the hub about as much as decoding the reading itself. The exposition is prom-client's
 * own format, through its registry (registerMetric), so scrapes and dashboards see no difference.
 */
export class HotHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly bySeries = new Map<string, { labels: Record<string, string>; counts: Float64Array; sum: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: readonly number[],
    registers: readonly Registry[],
  ) {
    for (let i = 1; i < buckets.length; i++) if (!(buckets[i]! > buckets[i - 1]!)) throw new Error(`${name}: buckets must increase`);
    for (const r of registers) r.registerMetric(this as unknown as Metric);
  }

  /** The series of `labels` (created at zero on first use, so it is exported before any observation). */
  series(labels: Record<string, string>): HotHistogramSeries {
    const key = JSON.stringify(Object.entries(labels).sort());
    let s = this.bySeries.get(key);
    if (!s) {
      s = { labels: { ...labels }, counts: new Float64Array(this.buckets.length + 1), sum: 0 };
      this.bySeries.set(key, s);
    }
    const state = s;
    const bounds = this.buckets;
    return {
      observe(value: number): void {
        if (!Number.isFinite(value)) return;
        let i = 0;
        while (i < bounds.length && value > bounds[i]!) i++;
        state.counts[i]!++; // the last slot is +Inf only
        state.sum += value;
      },
    };
  }

  /** prom-client's metric data (Registry.getMetricsAsString formats it). */
  get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: { labels: Record<string, string | number>; value: number; metricName: string }[] }> {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
    for (const s of this.bySeries.values()) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => {
        cumulative += s.counts[i]!;
        values.push({ labels: { le, ...s.labels }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      cumulative += s.counts[this.buckets.length]!;
      values.push({ labels: { le: '+Inf', ...s.labels }, value: cumulative, metricName: `${this.name}_bucket` });
      values.push({ labels: s.labels, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: s.labels, value: cumulative, metricName: `${this.name}_count` });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }

  reset(): void {
    for (const s of this.bySeries.values()) {
      s.counts.fill(0);
      s.sum = 0;
    }
  }
}
