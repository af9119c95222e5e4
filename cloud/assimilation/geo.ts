/**
 * Geometry for the analysis: great-circle distance, a regular latitude-longitude grid (global at a
 * coarse resolution or a regional box) and the observation operator grid → station (bilinear
 * interpolation with an optional lapse-rate height correction).
 *
 * Grid layout: point p = iLat * nLon + iLon, latitude rows from south to north, longitude columns
 * eastwards from lon0Deg. A field is a Float64Array of nLat * nLon values in that order.
 */
import { WxError } from '../../common/errors.js';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km between two points given in degrees (haversine, exact at small distances). */
export function greatCircleKm(lat1Deg: number, lon1Deg: number, lat2Deg: number, lon2Deg: number): number {
  const sLat = Math.sin(((lat2Deg - lat1Deg) * RAD) / 2);
  const sLon = Math.sin(((lon2Deg - lon1Deg) * RAD) / 2);
  const h = sLat * sLat + Math.cos(lat1Deg * RAD) * Math.cos(lat2Deg * RAD) * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Unit vectors (x, y, z interleaved, 3 per point) of points in degrees; used for fast distances. */
export function toUnitVectors(latDeg: ArrayLike<number>, lonDeg: ArrayLike<number>): Float64Array {
  const n = latDeg.length;
  const out = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const la = (latDeg[i] ?? 0) * RAD;
    const lo = (lonDeg[i] ?? 0) * RAD;
    const c = Math.cos(la);
    out[3 * i] = c * Math.cos(lo);
    out[3 * i + 1] = c * Math.sin(lo);
    out[3 * i + 2] = Math.sin(la);
  }
  return out;
}

/** Great-circle distance (km) from the squared chord between two unit vectors. */
export function chord2ToKm(chord2: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));
}

/** A regular latitude-longitude grid. Degrees throughout. */
export interface LatLonGrid {
  /** Southernmost row latitude [-90...90] deg. */
  readonly lat0Deg: number;
  /** Row spacing (> 0) deg. */
  readonly dLatDeg: number;
  readonly nLat: number;
  /** Westernmost column longitude deg (any range; wrapped). */
  readonly lon0Deg: number;
  /** Column spacing (> 0) deg. */
  readonly dLonDeg: number;
  readonly nLon: number;
  /** True when the columns span 360° so that the last column neighbours the first. */
  readonly periodicLon: boolean;
}

/** The global grid at a resolution (deg) that divides 180: rows -90..90 (poles included), columns 0..360-res. */
export function globalGrid(resolutionDeg: number): LatLonGrid {
  const nLat = Math.round(180 / resolutionDeg) + 1;
  const nLon = Math.round(360 / resolutionDeg);
  if (!(resolutionDeg > 0) || Math.abs((nLat - 1) * resolutionDeg - 180) > 1e-9 || Math.abs(nLon * resolutionDeg - 360) > 1e-9) {
    throw new WxError('WX_ERR_CONFIG_INVALID', `grid resolution ${resolutionDeg}° must divide 180°`, { field: 'resolutionDeg' });
  }
  return { lat0Deg: -90, dLatDeg: resolutionDeg, nLat, lon0Deg: 0, dLonDeg: resolutionDeg, nLon, periodicLon: true };
}

/** A regional box from south/west to north/east (inclusive) at a resolution in degrees. */
export function regionalGrid(box: { southDeg: number; northDeg: number; westDeg: number; eastDeg: number; resolutionDeg: number }): LatLonGrid {
  const { southDeg, northDeg, westDeg, resolutionDeg } = box;
  const eastDeg = box.eastDeg < westDeg ? box.eastDeg + 360 : box.eastDeg;
  const problems: string[] = [];
  if (!(resolutionDeg > 0)) problems.push('resolutionDeg must be > 0');
  if (!(southDeg >= -90 && northDeg <= 90 && northDeg > southDeg)) problems.push('need -90 <= southDeg < northDeg <= 90');
  if (!(eastDeg - westDeg <= 360)) problems.push('box wider than 360°');
  if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', 'regional grid is invalid', { field: 'grid', details: problems });
  const nLat = Math.floor((northDeg - southDeg) / resolutionDeg + 1e-9) + 1;
  const nLon = Math.floor((eastDeg - westDeg) / resolutionDeg + 1e-9) + 1;
  return { lat0Deg: southDeg, dLatDeg: resolutionDeg, nLat, lon0Deg: westDeg, dLonDeg: resolutionDeg, nLon, periodicLon: false };
}

export function gridSize(grid: LatLonGrid): number {
  return grid.nLat * grid.nLon;
}

/** Latitude and longitude (deg) of every grid point, in grid order. */
export function gridPoints(grid: LatLonGrid): { latDeg: Float64Array; lonDeg: Float64Array } {
  const n = gridSize(grid);
  const latDeg = new Float64Array(n);
  const lonDeg = new Float64Array(n);
  for (let i = 0; i < grid.nLat; i++) {
    for (let j = 0; j < grid.nLon; j++) {
      latDeg[i * grid.nLon + j] = grid.lat0Deg + i * grid.dLatDeg;
      lonDeg[i * grid.nLon + j] = grid.lon0Deg + j * grid.dLonDeg;
    }
  }
  return { latDeg, lonDeg };
}

/**
 * The four grid points around (lat, lon) and their bilinear weights (summing to 1), written to
 * idx[off..off+3] and w[off..off+3]. Returns false (nothing written) when the point is outside the grid.
 */
export function bilinearWeights(grid: LatLonGrid, latDeg: number, lonDeg: number, idx: Int32Array, w: Float64Array, off = 0): boolean {
  const y = (latDeg - grid.lat0Deg) / grid.dLatDeg;
  if (!(y >= -1e-9 && y <= grid.nLat - 1 + 1e-9)) return false;
  let x = (lonDeg - grid.lon0Deg) / grid.dLonDeg;
  if (grid.periodicLon) {
    const period = 360 / grid.dLonDeg;
    x = ((x % period) + period) % period;
  } else {
    x = ((((lonDeg - grid.lon0Deg) % 360) + 360) % 360) / grid.dLonDeg;
    if (!(x <= grid.nLon - 1 + 1e-9)) return false;
  }
  const i0 = Math.min(Math.max(Math.floor(y), 0), Math.max(grid.nLat - 2, 0));
  const i1 = Math.min(i0 + 1, grid.nLat - 1);
  const fy = Math.min(Math.max(y - i0, 0), 1);
  let j0: number;
  let j1: number;
  if (grid.periodicLon) {
    j0 = Math.min(Math.floor(x), grid.nLon - 1);
    j1 = (j0 + 1) % grid.nLon;
  } else {
    j0 = Math.min(Math.max(Math.floor(x), 0), Math.max(grid.nLon - 2, 0));
    j1 = Math.min(j0 + 1, grid.nLon - 1);
  }
  const fx = Math.min(Math.max(x - j0, 0), 1);
  const n = grid.nLon;
  idx[off] = i0 * n + j0;
  idx[off + 1] = i0 * n + j1;
  idx[off + 2] = i1 * n + j0;
  idx[off + 3] = i1 * n + j1;
  w[off] = (1 - fy) * (1 - fx);
  w[off + 1] = (1 - fy) * fx;
  w[off + 2] = fy * (1 - fx);
  w[off + 3] = fy * fx;
  return true;
}

/** Bilinear value of a grid field at (lat, lon); NaN outside the grid. */
export function interpolateBilinear(grid: LatLonGrid, field: ArrayLike<number>, latDeg: number, lonDeg: number): number {
  const idx = new Int32Array(4);
  const w = new Float64Array(4);
  if (!bilinearWeights(grid, latDeg, lonDeg, idx, w)) return NaN;
  let v = 0;
  for (let c = 0; c < 4; c++) v += (w[c] ?? 0) * (field[idx[c] ?? 0] ?? NaN);
  return v;
}

/** Standard-atmosphere temperature lapse rate, K per m (temperature falls with height). */
export const STANDARD_LAPSE_RATE_K_PER_M = 0.0065;

/**
 * Temperature correction from the model surface to the station height: add it to the interpolated
 * grid value. A station above the model orography is colder: -lapseRate * (stationElev - gridElev).
 */
export function lapseRateCorrection(stationElevM: number, gridElevM: number, lapseRateKPerM = STANDARD_LAPSE_RATE_K_PER_M): number {
  return -lapseRateKPerM * (stationElevM - gridElevM);
}
