import { createStationIndex, type StationIndex } from './station-index.js';
import type { SpatialPoints } from './types.js';

/**
 * Isolation check after titanlib `isolation_check`: a point with fewer than `minCount` other points
 * within `radiusKm` (and, when `verticalRangeM` is finite and both elevations are known, within that
 * many m in height) is flagged 1 = isolated: the spatial checks cannot judge it.
 */
export interface IsolationCheckOptions {
  /** Radius, km (0, 1000]. */
  radiusKm: number;
  /** Minimum number of other points within the radius [1, 100]. */
  minCount: number;
  /** Maximum height difference, m; NaN or <= 0: not used. */
  verticalRangeM?: number;
}

export function isolationCheck(points: SpatialPoints, opts: IsolationCheckOptions, index?: StationIndex): Uint8Array {
  const n = points.lats.length;
  const idx = index ?? createStationIndex(points.lats, points.lons, opts.radiusKm);
  const vr = opts.verticalRangeM ?? NaN;
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let num = 0;
    for (const j of idx.neighbours(i, opts.radiusKm).indices) {
      const dz = Math.abs(points.elevs[j]! - points.elevs[i]!);
      if (vr > 0 && Number.isFinite(dz) && dz >= vr) continue;
      num++;
    }
    if (num < opts.minCount) flags[i] = 1;
  }
  return flags;
}
