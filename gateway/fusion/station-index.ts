import { getHexagonEdgeLengthAvg, gridDisk, latLngToCell } from 'h3-js';
import { distanceKm } from './geo.js';

/**
 * A spatial index over station positions built on H3 cells: each station is bucketed in the cell of a
 * resolution whose hexagons are about as wide as the search radius, and a query looks in the k-ring of
 * cells that covers the radius, then filters by great-circle distance. Building is O(n), a query
 * touches only the nearby buckets, so neighbour lists for n stations cost O(n k) instead of O(n^2).
 */
export interface Neighbours {
  /** Station indices, nearest first (the query station itself excluded). */
  indices: number[];
  /** Distances in km, same order. */
  distancesKm: number[];
}

export interface StationIndex {
  readonly size: number;
  /** Stations within radiusKm of a point, nearest first; `exclude` is left out (-1: none). */
  near(lat: number, lon: number, radiusKm: number, exclude?: number): Neighbours;
  /** Stations within radiusKm of station i, nearest first, i itself excluded. */
  neighbours(i: number, radiusKm: number): Neighbours;
}

/** Coarsest-to-finest: the finest resolution whose average hexagon edge is still >= radiusKm / 2. */
export function resolutionForRadius(radiusKm: number): number {
  let res = 0;
  for (let r = 0; r <= 10; r++) {
    if (getHexagonEdgeLengthAvg(r, 'km') >= radiusKm / 2) res = r;
  }
  return res;
}

export function createStationIndex(lats: ArrayLike<number>, lons: ArrayLike<number>, typicalRadiusKm: number): StationIndex {
  const n = lats.length;
  const res = resolutionForRadius(Math.max(typicalRadiusKm, 1e-3));
  const edgeKm = getHexagonEdgeLengthAvg(res, 'km');
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const lat = lats[i]!;
    const lon = lons[i]!;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const cell = latLngToCell(lat, lon, res);
    let b = buckets.get(cell);
    if (!b) buckets.set(cell, (b = []));
    b.push(i);
  }

  function near(lat: number, lon: number, radiusKm: number, exclude = -1): Neighbours {
    const found: Array<[number, number]> = [];
    // Hexagon centres in one ring are ~sqrt(3) edges apart; one extra ring covers cell-boundary effects
    // and the variation of hexagon size within a resolution.
    const k = Math.ceil(radiusKm / (Math.sqrt(3) * edgeKm * 0.8)) + 1;
    const cells = buckets.size <= 3 * k * (k + 1) + 1 ? buckets.keys() : gridDisk(latLngToCell(lat, lon, res), k);
    for (const cell of cells) {
      const b = buckets.get(cell);
      if (!b) continue;
      for (const j of b) {
        if (j === exclude) continue;
        const d = distanceKm(lat, lon, lats[j]!, lons[j]!);
        if (d <= radiusKm) found.push([d, j]);
      }
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return { indices: found.map((f) => f[1]), distancesKm: found.map((f) => f[0]) };
  }

  return {
    size: n,
    near,
    neighbours: (i, radiusKm) => near(lats[i]!, lons[i]!, radiusKm, i),
  };
}
