/**
 * The analysed state: one field per variable on the grid. Humidity is analysed as dew point (what
 * the stations measure; smoother in space than relative humidity, which also depends on temperature),
 * wind as its u/v components (a direction cannot be averaged or interpolated).
 */
import type { VariableName } from '../../common/variables.js';

export const ANALYSIS_VARIABLES = ['temperature', 'pressure', 'dew_point', 'wind_u', 'wind_v'] as const;
export type AnalysisVariable = (typeof ANALYSIS_VARIABLES)[number];

export const ANALYSIS_UNITS: Record<AnalysisVariable, string> = { temperature: '°C', pressure: 'hPa', dew_point: '°C', wind_u: 'm/s', wind_v: 'm/s' };

export function isAnalysisVariable(name: string): name is AnalysisVariable {
  return (ANALYSIS_VARIABLES as readonly string[]).includes(name);
}

/**
 * Wind vector from speed (m/s) and the meteorological direction the wind blows FROM (deg, 0 = north):
 * u eastward, v northward. A calm (speed 0) is u = v = 0 whatever the direction says.
 */
export function windComponents(speedMs: number, fromDeg: number): { u: number; v: number } {
  if (speedMs === 0) return { u: 0, v: 0 };
  const r = (fromDeg * Math.PI) / 180;
  return { u: -speedMs * Math.sin(r), v: -speedMs * Math.cos(r) };
}

/** A station's observed values in analysis variables (NaN where missing) from platform variables. */
export function toAnalysisValues(values: Partial<Record<VariableName, number>>): Record<AnalysisVariable, number> {
  const speed = values.wind_speed ?? NaN;
  const dir = values.wind_direction ?? NaN;
  const wind = Number.isFinite(speed) && (speed === 0 || Number.isFinite(dir)) ? windComponents(speed, dir) : { u: NaN, v: NaN };
  return {
    temperature: values.temperature ?? NaN,
    pressure: values.pressure ?? NaN,
    dew_point: values.dew_point ?? NaN,
    wind_u: wind.u,
    wind_v: wind.v,
  };
}
