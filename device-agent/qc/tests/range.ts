import { QC_TESTS } from '../../../common/variables.js';
import { bad, suspect, type TestResult } from '../result.js';
import type { VariableQcConfig } from '../types.js';

/**
 * Gross range: outside the sensor's measuring range is bad (it cannot have measured that: -9999
 * fill values, a disconnected probe); outside the site's plausible climate is suspect. A non-finite
 * value other than NaN (which is "missing" and never reaches here) is bad.
 */
export function rangeTest(value: number, cfg: VariableQcConfig): TestResult | undefined {
  if (!Number.isFinite(value)) return bad(QC_TESTS.sensor_range);
  if ((cfg.sensorMin !== undefined && value < cfg.sensorMin) || (cfg.sensorMax !== undefined && value > cfg.sensorMax)) {
    return bad(QC_TESTS.sensor_range);
  }
  if ((cfg.climateMin !== undefined && value < cfg.climateMin) || (cfg.climateMax !== undefined && value > cfg.climateMax)) {
    return suspect(QC_TESTS.climate_range);
  }
  return undefined;
}
