/**
 * A fixed-memory latency histogram: 0.1 ms buckets up to 60 s (larger values land in the last
 * bucket), so millions of samples cost 2.4 MB and no sorting.
 */
export class Histogram {
  private static readonly RESOLUTION_MS = 0.1;
  private static readonly BUCKETS = 600_001;
  private readonly counts = new Uint32Array(Histogram.BUCKETS);
  private n = 0;
  private maxMs = 0;

  record(ms: number): void {
    const v = Math.max(0, ms);
    const i = Math.min(Histogram.BUCKETS - 1, Math.floor(v / Histogram.RESOLUTION_MS));
    this.counts[i]!++;
    this.n++;
    if (v > this.maxMs) this.maxMs = v;
  }

  get count(): number {
    return this.n;
  }

  get max(): number {
    return this.maxMs;
  }

  /** The value below which a fraction `q` (0..1) of samples fall; NaN when empty. */
  percentile(q: number): number {
    if (this.n === 0) return NaN;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (let i = 0; i < Histogram.BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return (i + 1) * Histogram.RESOLUTION_MS;
    }
    return this.maxMs;
  }
}
