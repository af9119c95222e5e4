import { distanceKm, elevDiff, gaussian } from './geo.js';

/**
 * Fused estimate of one variable at a point from independent witnesses. Each witness k is read as a
 * measurement of the point's value with error variance
 *   e_k^2 = obsErrorSd^2 / max(trust_k, minTrust) + backgroundSd^2 * (1 - rho(d_k))
 * (instrument error inflated by low trust, plus a representativeness error growing with distance d_k
 * through the Gaussian correlation rho = exp(-0.5 (d/corrLengthKm)^2)); values are brought to the point's
 * elevation with the lapse rate where both heights are known. The estimate is the inverse-variance mean
 * and its variance is the formal 1 / sum(1/e_k^2) plus the weighted spread of the witnesses about it
 * divided by their effective number; both fall as independent witnesses are added. Copies of one series
 * are one witness (see witnesses.ts), so they do not make the estimate look surer than it is.
 */
export interface EstimateParams {
  /** Instrument error standard deviation, variable unit (> 0). */
  obsErrorSd: number;
  /** Background (climatological spatial) standard deviation, variable unit (> 0). */
  backgroundSd: number;
  /** Correlation length, km (> 0). */
  corrLengthKm: number;
  /** Lapse rate, variable unit per m. */
  elevGradientPerM: number;
  /** Witnesses beyond this distance are not used, km (> 0). */
  radiusKm: number;
  /** Floor on trust in the weights (0, 1]. */
  minTrust: number;
}

export interface EstimateInput {
  lat: number;
  lon: number;
  elev: number;
  value: number;
  trust: number;
  /** Stations behind this witness (copies of one series are one witness with several). */
  stations?: readonly string[];
}

export interface Estimate {
  value: number;
  /** Standard deviation of the estimate's error, variable unit. */
  sd: number;
  /** Independent witnesses used. */
  witnesses: number;
  /** Stations behind the witnesses used (where the inputs name them), sorted. */
  stations: string[];
}

export function estimateAt(lat: number, lon: number, elev: number, inputs: readonly EstimateInput[], p: EstimateParams): Estimate {
  let sw = 0;
  let sw2 = 0;
  let swv = 0;
  const used: Array<[number, number]> = [];
  const stations: string[] = [];
  for (const w of inputs) {
    const d = distanceKm(lat, lon, w.lat, w.lon);
    if (d > p.radiusKm || !Number.isFinite(w.value)) continue;
    const e2 = p.obsErrorSd ** 2 / Math.max(w.trust, p.minTrust) + p.backgroundSd ** 2 * (1 - gaussian(d, p.corrLengthKm));
    const wt = 1 / e2;
    const v = w.value + p.elevGradientPerM * elevDiff(w.elev, elev);
    used.push([wt, v]);
    if (w.stations) stations.push(...w.stations);
    sw += wt;
    sw2 += wt * wt;
    swv += wt * v;
  }
  if (used.length === 0) return { value: NaN, sd: NaN, witnesses: 0, stations: [] };
  const value = swv / sw;
  let spread = 0;
  for (const [wt, v] of used) spread += wt * (v - value) ** 2;
  spread /= sw;
  const nEff = (sw * sw) / sw2;
  return { value, sd: Math.sqrt(1 / sw + spread / nEff), witnesses: used.length, stations: stations.sort() };
}
