import { elevDiff } from './geo.js';
import { createStationIndex, type StationIndex } from './station-index.js';
import type { CheckResult, SpatialPoints } from './types.js';

/**
 * Buddy check after MET Norway's titanlib `buddy_check`: a value is flagged when it departs from the
 * mean of its buddies (unflagged neighbours within a radius, elevation-adjusted with a lapse rate) by
 * more than `threshold` standard deviations of the buddies (floored at `minSd`). Points with fewer
 * than `minBuddies` buddies are not checked. Iterated: points flagged in one pass no longer serve as
 * buddies in the next (each pass uses the previous pass's flags, so the order of points is irrelevant).
 *
 * Differences from titanlib, on purpose: the adjustment is v_j + gradient * (z_i - z_j) (a buddy higher
 * up is brought down to the point's level; titanlib adds (z_j - z_i) * gradient), unknown elevations
 * (NaN) mean no adjustment and no elevation limit, and `minBuddies` is tested once (titanlib also
 * requires more than `minBuddies` neighbours before counting).
 */
export interface BuddyCheckOptions {
  /** Search radius for buddies, km (0, 1000]. */
  radiusKm: number;
  /** Minimum number of buddies for a point to be checked [1, 100]. */
  minBuddies: number;
  /** Flag when |value - buddy mean| / max(sd, minSd) exceeds this [0.5, 20]. */
  threshold: number;
  /** Buddies more than this many m above or below are ignored; <= 0: no limit. */
  maxElevDiffM: number;
  /** Lapse rate in the variable's unit per m (temperature -0.0065 °C/m, pressure about -0.12 hPa/m). */
  elevGradientPerM: number;
  /** Floor on the buddies' standard deviation, in the variable's unit (> 0). */
  minSd: number;
  /** Passes [1, 10]. */
  iterations: number;
}

export interface BuddyCheckResult extends CheckResult {
  /** Buddy mean (adjusted to the point's elevation) of the last pass; NaN where not checked. */
  mean: Float64Array;
  /** Buddy standard deviation (population, floored at minSd) of the last pass; NaN where not checked. */
  sd: Float64Array;
  /** Number of buddies in the last pass. */
  count: Int32Array;
}

export function buddyCheck(points: SpatialPoints, values: ArrayLike<number>, opts: BuddyCheckOptions, index?: StationIndex): BuddyCheckResult {
  const n = values.length;
  const idx = index ?? createStationIndex(points.lats, points.lons, opts.radiusKm);
  const nbrs = Array.from({ length: n }, (_, i) => (Number.isFinite(values[i]!) ? idx.neighbours(i, opts.radiusKm).indices : []));
  let flags = new Uint8Array(n);
  const checked = new Uint8Array(n);
  const mean = new Float64Array(n).fill(NaN);
  const sd = new Float64Array(n).fill(NaN);
  const count = new Int32Array(n);
  for (let it = 0; it < Math.max(1, opts.iterations); it++) {
    const next = flags.slice();
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const vi = values[i]!;
      if (flags[i] || !Number.isFinite(vi)) continue;
      const zi = points.elevs[i]!;
      let m = 0;
      let s2 = 0;
      let c = 0;
      for (const j of nbrs[i]!) {
        const vj = values[j]!;
        if (flags[j] || !Number.isFinite(vj)) continue;
        const dz = elevDiff(points.elevs[j]!, zi);
        if (opts.maxElevDiffM > 0 && Math.abs(dz) > opts.maxElevDiffM) continue;
        const adj = vj + opts.elevGradientPerM * dz;
        // Welford's running mean and sum of squares.
        c++;
        const delta = adj - m;
        m += delta / c;
        s2 += delta * (adj - m);
      }
      count[i] = c;
      if (c < opts.minBuddies) {
        checked[i] = 0;
        mean[i] = NaN;
        sd[i] = NaN;
        continue;
      }
      const s = Math.max(Math.sqrt(s2 / c), opts.minSd);
      checked[i] = 1;
      mean[i] = m;
      sd[i] = s;
      if (Math.abs(vi - m) / s > opts.threshold) {
        next[i] = 1;
        changed++;
      }
    }
    flags = next;
    if (changed === 0) break;
  }
  return { flags, checked, mean, sd, count };
}
