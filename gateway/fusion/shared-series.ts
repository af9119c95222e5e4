/**
 * Shared-series detection: stations whose recent series are identical or nearly so (copied from one
 * source, as the Beijing sites copy the nearest CMA station) are one witness, not several.
 *
 * Each station keeps a ring buffer of its last `windowSteps` rows (one value per variable, NaN =
 * missing). Two stations are compared value by value: a value present in both series is comparable,
 * and equal when the two agree within `tolerance` (the Beijing copies differ in the last digits of
 * gap-filled values: 8.03333333333333 against 8.033333). A pair is linked when >= `minOverlap` values
 * were comparable and >= `minShare` of them equal; groups are the connected components of the links (union-find), so the grouping follows the
 * data as sources change. A pair is abandoned as soon as its mismatches exceed what `minShare` allows
 * over the whole window, so independent pairs cost a few comparisons: all pairs of 1,000 stations take
 * a few milliseconds.
 */
export interface SharedSeriesOptions {
  /** Rolling window, steps (hours for hourly data) [2, 10000]. */
  windowSteps: number;
  /** Share of comparable steps that must match [0.5, 1]. */
  minShare: number;
  /** Minimum comparable values (steps x variables) in the window before a pair can be linked [1, 1e6]. */
  minOverlap: number;
  /** Largest difference still counted equal, in each variable's unit [0, 10]; 0 = identical. */
  tolerance: number;
}

export interface SharedSeriesState {
  step: number;
  rows: Record<string, Array<number | null>>;
}

export interface SharedSeriesDetector {
  /** Appends one step; stations absent from `rows` get a missing row. Values in `variables` order. */
  push(rows: ReadonlyMap<string, ArrayLike<number>>): void;
  /** Groups of two or more station ids (sorted), each group sorted; stations alone are not listed. */
  groups(): string[][];
  /** JSON-able snapshot (NaN as null). */
  toJSON(): SharedSeriesState;
}

export function createSharedSeriesDetector(stationIds: readonly string[], variableCount: number, opts: SharedSeriesOptions, state?: SharedSeriesState): SharedSeriesDetector {
  const w = opts.windowSteps;
  const k = variableCount;
  const ids = [...stationIds].sort();
  const bufs = ids.map((id) => {
    const buf = new Float64Array(w * k).fill(NaN);
    const saved = state?.rows[id];
    if (saved) for (let i = 0; i < Math.min(saved.length, buf.length); i++) buf[i] = saved[i] ?? NaN;
    return buf;
  });
  let step = state?.step ?? 0;
  const tol = Math.max(opts.tolerance, 1e-9);

  function link(a: Float64Array, b: Float64Array, filled: number): boolean {
    const maxMiss = (1 - opts.minShare) * filled * k;
    let comparable = 0;
    let miss = 0;
    for (let i = 0; i < filled * k; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      comparable++;
      if (Math.abs(x - y) > tol && ++miss > maxMiss) return false;
    }
    return comparable >= opts.minOverlap && comparable - miss >= opts.minShare * comparable;
  }

  return {
    push(rows) {
      const slot = step % w;
      ids.forEach((id, i) => {
        const row = rows.get(id);
        for (let v = 0; v < k; v++) bufs[i]![slot * k + v] = row ? Number(row[v] ?? NaN) : NaN;
      });
      step++;
    },
    groups() {
      const filled = Math.min(step, w);
      const parent = ids.map((_, i) => i);
      const find = (i: number): number => {
        while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
        return i;
      };
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          if (find(i) === find(j)) continue;
          if (link(bufs[i]!, bufs[j]!, filled)) parent[find(j)] = find(i);
        }
      }
      const byRoot = new Map<number, string[]>();
      ids.forEach((id, i) => {
        const r = find(i);
        byRoot.set(r, [...(byRoot.get(r) ?? []), id]);
      });
      return [...byRoot.values()].filter((g) => g.length > 1).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    },
    toJSON() {
      return { step, rows: Object.fromEntries(ids.map((id, i) => [id, Array.from(bufs[i]!, (x) => (Number.isNaN(x) ? null : x))])) };
    },
  };
}
