import { createStationIndex, type StationIndex } from './station-index.js';
import type { SpatialPoints } from './types.js';

/**
 * Duplicate check after titanlib `duplicate_check`: of points lying within `radiusKm` of each other
 * (and, when `verticalRangeM` is finite, within that many m in height), the first in input order is
 * kept and the others flagged 1 = duplicate position. Co-located stations are one place, not two.
 * This is about positions; stations sharing one data series are found by `shared-series.ts`.
 */
export interface DuplicateCheckOptions {
  /** Co-location radius, km [0, 10]. */
  radiusKm: number;
  /** Maximum height difference for duplicates, m; NaN: heights not compared. */
  verticalRangeM?: number;
}

export function duplicateCheck(points: SpatialPoints, opts: DuplicateCheckOptions, index?: StationIndex): Uint8Array {
  const n = points.lats.length;
  const idx = index ?? createStationIndex(points.lats, points.lons, Math.max(opts.radiusKm, 0.01));
  const vr = opts.verticalRangeM ?? NaN;
  const useElev = Number.isFinite(vr);
  const done = new Uint8Array(n);
  const flags = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    if (done[i]) continue;
    done[i] = 1;
    flags[i] = 0;
    for (const j of idx.neighbours(i, opts.radiusKm).indices) {
      if (!useElev) {
        done[j] = 1;
        continue;
      }
      const dz = Math.abs(points.elevs[i]! - points.elevs[j]!);
      // An unknown height cannot separate two co-located points.
      if (!Number.isFinite(dz) || dz <= vr) done[j] = 1;
    }
  }
  return flags;
}
