/**
 * The spatial QC of gateway/fusion on n synthetic stations: uniformly spread at a fixed density
 * (1,000 stations on 500 km × 500 km, about 0.004 per km², so a station has ~30 others within
 * 50 km and ~80 within 80 km: the SCT's maxCount of 40 binds), elevations 0–1,500 m, temperature =
 * smooth field + lapse rate + noise with 1 % gross errors. One pass = duplicate check + station
 * index + isolation + buddy + SCT with the fusion's default options for temperature.
 */
import { buddyCheck, createStationIndex, duplicateCheck, isolationCheck, resolveFusionOptions, sct } from '../../gateway/fusion/index.js';
import { mulberry32 } from '../../common/random.js';

export function spatialQcSetup(n: number, seed = 7) {
  const rng = mulberry32(seed);
  const sideKm = 500 * Math.sqrt(n / 1000);
  const lat0 = 38;
  const lon0 = 114;
  const dLat = sideKm / 111.2;
  const dLon = sideKm / (111.2 * Math.cos(((lat0 + dLat / 2) * Math.PI) / 180));
  const lats = Float64Array.from({ length: n }, () => lat0 + dLat * rng());
  const lons = Float64Array.from({ length: n }, () => lon0 + dLon * rng());
  const elevs = Float64Array.from({ length: n }, () => 1500 * rng() * rng());
  const values = Float64Array.from({ length: n }, (_, i) => {
    const v = 10 + 3 * Math.sin((lats[i] as number) * 2) + 2 * Math.cos((lons[i] as number) * 3) - 0.0065 * (elevs[i] as number) + 0.5 * (rng() - 0.5);
    return rng() < 0.01 ? v + 8 * (rng() < 0.5 ? -1 : 1) : v;
  });
  const o = resolveFusionOptions({});
  const vo = o.perVariable.temperature;
  const points = { lats, lons, elevs };
  /** One full pass; returns the number of stations flagged by any check. */
  function run(): number {
    const dup = duplicateCheck(points, o.duplicate, createStationIndex(lats, lons, 1));
    const index = createStationIndex(lats, lons, Math.max(o.buddy.radiusKm, o.sct.outerRadiusKm));
    const isolated = isolationCheck(points, o.isolation, index);
    const buddy = buddyCheck(points, values, { ...o.buddy, elevGradientPerM: vo.elevGradientPerM, minSd: vo.minSd }, index);
    const s = sct(points, values, { ...o.sct, minSig2o: vo.minSig2o }, index);
    let flagged = 0;
    for (let i = 0; i < n; i++) if (dup[i] || isolated[i] || buddy.flags[i] || s.flags[i]) flagged++;
    return flagged;
  }
  return { run };
}
