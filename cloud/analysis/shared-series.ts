/**
 * Stations that report the same series (one upstream sensor copied to several sites, as in the
 * Beijing files) are one witness, not several. The hub sees only what arrives, so it groups stations
 * whose temperature, pressure and dew point were identical (all present) in each of the last
 * `cycles` cycles; with values to 0.1 units three identical values by chance in several consecutive
 * hours are vanishingly rare. The cycle counts a group once (cycle.ts).
 */
export class SharedSeriesGroups {
  private readonly history = new Map<string, string[]>();

  /** [1...48] consecutive identical cycles needed. */
  constructor(private readonly cycles = 3) {}

  /** Records this cycle's values and returns station → group key for stations in a group of ≥ 2. */
  update(values: ReadonlyArray<{ stationId: string; temperature: number; pressure: number; dewPoint: number }>): Map<string, string> {
    const present = new Set<string>();
    for (const v of values) {
      present.add(v.stationId);
      const sig = [v.temperature, v.pressure, v.dewPoint].every(Number.isFinite) ? `${v.temperature}|${v.pressure}|${v.dewPoint}` : '';
      const h = this.history.get(v.stationId) ?? [];
      h.push(sig);
      if (h.length > this.cycles) h.shift();
      this.history.set(v.stationId, h);
    }
    for (const id of [...this.history.keys()]) if (!present.has(id)) this.history.delete(id);
    const bySignature = new Map<string, string[]>();
    for (const [id, h] of this.history) {
      if (h.length < this.cycles || h.some((s) => s === '')) continue;
      const key = h.join('/');
      bySignature.set(key, [...(bySignature.get(key) ?? []), id]);
    }
    const out = new Map<string, string>();
    for (const ids of bySignature.values()) {
      if (ids.length < 2) continue;
      const key = [...ids].sort()[0] as string;
      for (const id of ids) out.set(id, key);
    }
    return out;
  }
}
