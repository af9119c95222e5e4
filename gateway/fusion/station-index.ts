import { getHexagonEdgeLengthAvg, gridDisk, latLngToCell } from 'h3-js';
import { EARTH_RADIUS_KM, distanceKm } from './geo.js';

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
  // Unit vectors for a cheap chord-length pre-filter; the exact haversine decides.
  const xyz = new Float64Array(3 * n);
  const finite: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(lats[i]!) || !Number.isFinite(lons[i]!)) continue;
    unitVector(lats[i]!, lons[i]!, xyz, 3 * i);
    finite.push(i);
  }

  // H3 buckets for queries at arbitrary points (cell centres); built on first use, since the H3 calls
  // (latLngToCell, gridDisk: ~2-30 µs each) cost more than the station-to-station queries below.
  let buckets: Map<string, number[]> | undefined;
  function bucketMap(): Map<string, number[]> {
    if (buckets) return buckets;
    buckets = new Map();
    for (const i of finite) {
      const cell = latLngToCell(lats[i]!, lons[i]!, res);
      let b = buckets.get(cell);
      if (!b) buckets.set(cell, (b = []));
      b.push(i);
    }
    return buckets;
  }

  // Candidates collect in reused typed arrays (no per-candidate tuple), sorted by (distance, index) by
  // insertion when few (the usual case; no comparator calls, no garbage), else by Array.sort.
  let foundD = new Float64Array(64);
  let foundJ = new Int32Array(64);
  let count = 0;
  function push(d: number, j: number): void {
    if (count === foundD.length) {
      const d2 = new Float64Array(2 * count);
      const j2 = new Int32Array(2 * count);
      d2.set(foundD);
      j2.set(foundJ);
      foundD = d2;
      foundJ = j2;
    }
    foundD[count] = d;
    foundJ[count++] = j;
  }
  function collect(): Neighbours {
    const n = count;
    count = 0;
    if (n > 256) {
      const found = Array.from({ length: n }, (_, k): [number, number] => [foundD[k]!, foundJ[k]!]);
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      return { indices: found.map((f) => f[1]), distancesKm: found.map((f) => f[0]) };
    }
    for (let k = 1; k < n; k++) {
      const d = foundD[k]!;
      const j = foundJ[k]!;
      let p = k - 1;
      while (p >= 0 && (foundD[p]! > d || (foundD[p] === d && foundJ[p]! > j))) {
        foundD[p + 1] = foundD[p]!;
        foundJ[p + 1] = foundJ[p]!;
        p--;
      }
      foundD[p + 1] = d;
      foundJ[p + 1] = j;
    }
    const indices = new Array<number>(n);
    const distancesKm = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      indices[k] = foundJ[k]!;
      distancesKm[k] = foundD[k]!;
    }
    return { indices, distancesKm };
  }

  /** Squared chord of a radius, widened by a relative 1e-9 so the pre-filter only skips points certainly beyond it. */
  function chord2Of(radiusKm: number): number {
    const half = Math.min(radiusKm / (2 * EARTH_RADIUS_KM), Math.PI / 2);
    return (2 * Math.sin(half)) ** 2 * (1 + 1e-9) + 1e-12;
  }

  function consider(lat: number, lon: number, q: Float64Array, chord2Max: number, radiusKm: number, j: number): void {
    const dx = xyz[3 * j]! - q[0]!;
    const dy = xyz[3 * j + 1]! - q[1]!;
    const dz = xyz[3 * j + 2]! - q[2]!;
    if (dx * dx + dy * dy + dz * dz > chord2Max) return;
    const d = distanceKm(lat, lon, lats[j]!, lons[j]!);
    if (d <= radiusKm) push(d, j);
  }

  function near(lat: number, lon: number, radiusKm: number, exclude = -1): Neighbours {
    const chord2Max = chord2Of(radiusKm);
    const q = unitVector(lat, lon, new Float64Array(3), 0);
    const map = bucketMap();
    // Hexagon centres in one ring are ~sqrt(3) edges apart; one extra ring covers cell-boundary effects
    // and the variation of hexagon size within a resolution.
    const k = Math.ceil(radiusKm / (Math.sqrt(3) * edgeKm * 0.8)) + 1;
    const cells = map.size <= 3 * k * (k + 1) + 1 ? map.keys() : gridDisk(latLngToCell(lat, lon, res), k);
    for (const cell of cells) {
      const b = map.get(cell);
      if (!b) continue;
      for (const j of b) if (j !== exclude) consider(lat, lon, q, chord2Max, radiusKm, j);
    }
    return collect();
  }

  // Station-to-station queries (the spatial checks' hot path, bench:science) sweep a latitude band
  // of the stations sorted by latitude: a great-circle distance is never shorter than the latitude
  // difference, so the band holds every station within the radius, and the exact haversine filter and
  // the (distance, index) order are the same as near()'s. Each station's list is kept at the largest
  // radius asked and cut for smaller radii, which gives exactly what a fresh query would.
  let byLat: Int32Array | undefined;
  let sortedLat: Float64Array | undefined;
  const memo: Array<{ radiusKm: number; nb: Neighbours } | undefined> = new Array(n);
  function sweep(i: number, radiusKm: number): Neighbours {
    if (!byLat || !sortedLat) {
      byLat = Int32Array.from(finite).sort((a, b) => lats[a]! - lats[b]!);
      sortedLat = Float64Array.from(byLat, (j) => lats[j]!);
    }
    const lat = lats[i]!;
    const lon = lons[i]!;
    const bandDeg = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI) * (1 + 1e-9) + 1e-9;
    let lo = 0;
    let hi = sortedLat.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedLat[mid]! < lat - bandDeg) lo = mid + 1;
      else hi = mid;
    }
    const chord2Max = chord2Of(radiusKm);
    const q = xyz.subarray(3 * i, 3 * i + 3);
    for (let p = lo; p < sortedLat.length && sortedLat[p]! <= lat + bandDeg; p++) {
      const j = byLat[p]!;
      if (j !== i) consider(lat, lon, q, chord2Max, radiusKm, j);
    }
    return collect();
  }

  function neighbours(i: number, radiusKm: number): Neighbours {
    if (!Number.isFinite(lats[i]!) || !Number.isFinite(lons[i]!) || !(radiusKm >= 0)) return near(lats[i]!, lons[i]!, radiusKm, i);
    let m = memo[i];
    if (!m || m.radiusKm < radiusKm) {
      // Widened to the index's typical radius when close to it, so the checks' 50 km and 80 km queries share one sweep.
      const r = radiusKm >= typicalRadiusKm / 2 ? Math.max(radiusKm, typicalRadiusKm) : radiusKm;
      m = { radiusKm: r, nb: sweep(i, r) };
      memo[i] = m;
    }
    const d = m.nb.distancesKm;
    let end = d.length;
    while (end > 0 && d[end - 1]! > radiusKm) end--;
    return { indices: m.nb.indices.slice(0, end), distancesKm: d.slice(0, end) };
  }

  return { size: n, near, neighbours };
}

function unitVector(latDeg: number, lonDeg: number, out: Float64Array, off: number): Float64Array {
  const la = (latDeg * Math.PI) / 180;
  const lo = (lonDeg * Math.PI) / 180;
  out[off] = Math.cos(la) * Math.cos(lo);
  out[off + 1] = Math.cos(la) * Math.sin(lo);
  out[off + 2] = Math.sin(la);
  return out;
}
