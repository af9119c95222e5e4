/**
 * Localisation for the LETKF: for each localisation point (grid point), the observations within the
 * cut-off and their distances. The filter weights each by the Gaspari–Cohn taper of distance / c
 * (R-localisation, Hunt et al. 2007 §2.3 / Greybush et al. 2011), so the cut-off is the taper's
 * support 2c: nothing beyond it can have a non-zero weight.
 *
 * Two implementations: `sphereLocaliser` (points and observations in lat/lon, great-circle km, a
 * bucket index so each query touches only nearby observations) and `distanceLocaliser` (any
 * geometry through a distance callback; O(m) per point, for small problems such as Lorenz-96's ring).
 */
import { SphereIndex } from '../spatial-index.js';

export interface Localiser {
  /** Number of localisation points (the filter's nPoints). */
  readonly nPoints: number;
  /** Gaspari–Cohn half-width c, in the distance unit of `near`; the cut-off is 2c. */
  readonly halfWidth: number;
  /**
   * Observations within 2c of point p: writes their indices to idx and distances to dist (both with
   * room for every observation) and returns how many.
   */
  near(point: number, idx: Int32Array, dist: Float64Array): number;
}

/** Points and observations on the sphere (deg); halfWidthKm is c in km (cut-off 2c). */
export function sphereLocaliser(
  pointLatDeg: ArrayLike<number>,
  pointLonDeg: ArrayLike<number>,
  obsLatDeg: ArrayLike<number>,
  obsLonDeg: ArrayLike<number>,
  halfWidthKm: number,
): Localiser {
  const cutoffKm = 2 * halfWidthKm;
  // Cells about as large as the search radius (in degrees of latitude): a query visits ~3 × 3 cells.
  const index = new SphereIndex(obsLatDeg, obsLonDeg, Math.max(cutoffKm / 111.2, 0.25));
  return {
    nPoints: pointLatDeg.length,
    halfWidth: halfWidthKm,
    near(point, idx, dist) {
      const count = index.query(pointLatDeg[point] ?? NaN, pointLonDeg[point] ?? NaN, cutoffKm);
      idx.set(index.resultIdx.subarray(0, count));
      dist.set(index.resultDistKm.subarray(0, count));
      return count;
    },
  };
}

/** Any geometry: distance(point, obs) in the unit of halfWidth; every observation checked per point. */
export function distanceLocaliser(nPoints: number, m: number, distance: (point: number, obs: number) => number, halfWidth: number): Localiser {
  const cutoff = 2 * halfWidth;
  return {
    nPoints,
    halfWidth,
    near(point, idx, dist) {
      let count = 0;
      for (let o = 0; o < m; o++) {
        const d = distance(point, o);
        if (d < cutoff) {
          idx[count] = o;
          dist[count] = d;
          count++;
        }
      }
      return count;
    },
  };
}

/** Distance on a ring of n equally spaced points (Lorenz-96's geometry), in grid units. */
export function ringDistance(n: number, a: number, b: number): number {
  const d = Math.abs(a - b) % n;
  return Math.min(d, n - d);
}
