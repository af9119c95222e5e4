/** Plain-array inputs of the spatial checks: one entry per point (station or witness). */
export interface SpatialPoints {
  /** Latitude, degrees north [-90, 90]. */
  lats: ArrayLike<number>;
  /** Longitude, degrees east [-180, 180]. */
  lons: ArrayLike<number>;
  /** Elevation, m above sea level; NaN where unknown (then no elevation adjustment is made). */
  elevs: ArrayLike<number>;
}

/** Per-point result of a check: 1 = flagged, 0 = passed or not checked (see `checked`). */
export interface CheckResult {
  flags: Uint8Array;
  /** 1 where the point had enough neighbours to be judged. */
  checked: Uint8Array;
}
