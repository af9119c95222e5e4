/**
 * Height correction of the observation operator: what the gridded state (standing for the grid's
 * orography z_g, interpolated to the station like the field) becomes at the station's elevation z_s,
 * as an additive offset per station for each analysis variable:
 *   temperature  −Γ (z_s − z_g), Γ = 6.5 K/km (standard atmosphere; geo.ts lapseRateCorrection)
 *   dew point    −Γ_d (z_s − z_g), Γ_d = 1.8 K/km (dew point falls more slowly than temperature in
 *                rising moist air: ~1.7–2 K/km, the figure used to place cloud bases)
 *   pressure     −0.12 hPa/m (z_s − z_g): the hypsometric rate near 1000 hPa and 10 °C,
 *                ρ g ≈ 0.12 hPa per metre, linear over the few hundred metres a grid box spans
 *   wind         none (no general rule; exposure matters more than height)
 * A station without a known elevation (NaN) or outside the grid gets 0.
 */
import { lapseRateCorrection } from '../assimilation/geo.js';
import type { PointOperator } from '../assimilation/observation-operator.js';
import type { AnalysisVariable } from './variables.js';

const DEW_POINT_LAPSE_K_PER_M = 0.0018;
const PRESSURE_HPA_PER_M = 0.12;

/** Offset per unit of z_s − z_g (m) for each variable. */
export const HEIGHT_RATE: Record<AnalysisVariable, number> = {
  temperature: lapseRateCorrection(1, 0),
  dew_point: -DEW_POINT_LAPSE_K_PER_M,
  pressure: -PRESSURE_HPA_PER_M,
  wind_u: 0,
  wind_v: 0,
};

/** The grid's orography at each station, interpolated with the operator's own weights (NaN outside). */
export function orographyAtStations(op: PointOperator, orographyM: ArrayLike<number>): Float64Array {
  const out = new Float64Array(op.m).fill(NaN);
  for (let o = 0; o < op.m; o++) {
    if (op.valid[o] !== 1) continue;
    let z = 0;
    for (let c = 4 * o; c < 4 * o + 4; c++) z += (op.w[c] as number) * (orographyM[op.idx[c] as number] ?? 0);
    out[o] = z;
  }
  return out;
}

/** Additive offsets: H(x) at the station = interpolation + offset (zg: orographyAtStations, once per cycle). */
export function heightOffsets(variable: AnalysisVariable, stationElevationM: ArrayLike<number>, zg: ArrayLike<number>): Float64Array {
  const rate = HEIGHT_RATE[variable];
  const out = new Float64Array(zg.length);
  for (let o = 0; o < zg.length; o++) {
    const d = (stationElevationM[o] as number) - (zg[o] as number);
    out[o] = Number.isFinite(d) && rate !== 0 ? rate * d : 0;
  }
  return out;
}
