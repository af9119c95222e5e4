/** Small geometry helpers shared by the spatial checks and the estimator. Distances in km. */

/** Mean Earth radius used by H3's greatCircleDistance, km. */
export const EARTH_RADIUS_KM = 6371.007180918475;
const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in km; agrees with h3-js greatCircleDistance(..., 'km'). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Gaussian correlation exp(-0.5 (d/L)^2); L <= 0 or not finite gives 0 beyond d = 0. */
export function gaussian(d: number, scale: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return d === 0 ? 1 : 0;
  const r = d / scale;
  return Math.exp(-0.5 * r * r);
}

/** Elevation difference in m, or 0 where either elevation is unknown (NaN = no adjustment). */
export function elevDiff(fromM: number, toM: number): number {
  const dz = toM - fromM;
  return Number.isFinite(dz) ? dz : 0;
}
