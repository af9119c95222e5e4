/** Dew point (°C) from temperature (°C) and relative humidity (%), Magnus formula (Alduchov & Eskridge 1996). */
export function dewPointC(temperatureC: number, relativeHumidityPct: number): number {
  if (!Number.isFinite(temperatureC) || !Number.isFinite(relativeHumidityPct) || relativeHumidityPct <= 0) return NaN;
  const a = 17.625;
  const b = 243.04;
  const gamma = Math.log(Math.min(relativeHumidityPct, 100) / 100) + (a * temperatureC) / (b + temperatureC);
  return (b * gamma) / (a - gamma);
}
