/**
 * Counts events per wall-clock second (keyed by epoch second) so that a rate can be taken afterwards
 * over any window, leaving out the ramp-up second and the partial last one.
 */
export class RateCounter {
  private readonly bySecond = new Map<number, number>();
  total = 0;

  add(n = 1, nowMs = Date.now()): void {
    const s = Math.floor(nowMs / 1000);
    this.bySecond.set(s, (this.bySecond.get(s) ?? 0) + n);
    this.total += n;
  }

  /** Mean events per second over the whole seconds inside [fromMs, toMs); NaN when there are none. */
  rate(fromMs: number, toMs: number): number {
    const first = Math.ceil(fromMs / 1000);
    const last = Math.floor(toMs / 1000); // exclusive
    if (last <= first) return NaN;
    let sum = 0;
    for (let s = first; s < last; s++) sum += this.bySecond.get(s) ?? 0;
    return sum / (last - first);
  }
}

/** Rate of a cumulative counter sampled over time: the slope between the samples nearest the window ends. */
export function slope(samples: ReadonlyArray<{ tMs: number; value: number }>, fromMs: number, toMs: number): number {
  const inside = samples.filter((s) => s.tMs >= fromMs && s.tMs <= toMs);
  if (inside.length < 2) return NaN;
  const a = inside[0]!;
  const b = inside[inside.length - 1]!;
  return b.tMs > a.tMs ? ((b.value - a.value) * 1000) / (b.tMs - a.tMs) : NaN;
}
