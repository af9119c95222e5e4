import { QC_TESTS, type VariableName } from '../../../common/variables.js';
import { bad, suspect, type TestResult } from '../result.js';
import type { QcConfig } from '../types.js';

export interface ConsistencyFinding {
  variable: VariableName;
  result: TestResult;
}

export const DEFAULT_DEW_POINT_MARGIN_C = 0.5;
export const DEFAULT_DEW_POINT_BAD_MARGIN_C = 3;
export const DEFAULT_RH_DEW_POINT_TOLERANCE_PCT = 10;

/** Saturation vapour pressure over water, hPa (Magnus, WMO-No. 8 2018 Annex 4.B coefficients). */
function saturationVapourHpa(tC: number): number {
  return 6.112 * Math.exp((17.62 * tC) / (243.12 + tC));
}

/** Relative humidity implied by temperature and dew point, %. */
export function impliedRelativeHumidity(tC: number, dewPointC: number): number {
  return (100 * saturationVapourHpa(dewPointC)) / saturationVapourHpa(tC);
}

/**
 * Internal consistency between the variables of one reading. `values` holds only the usable values
 * (present and inside the sensor range), so one broken sensor does not condemn another.
 * - dew point above temperature by more than the margin: both suspect (either may be wrong); by more
 *   than the bad margin: the dew point is bad.
 * - relative humidity outside 0..100 %: bad.
 * - relative humidity far from the one implied by temperature and dew point: RH and dew point suspect.
 * - wind direction at calm (speed <= calmWindMs): the direction is meaningless, suspect.
 * - negative precipitation: bad.
 */
export function consistencyTest(values: Partial<Record<VariableName, number>>, config: QcConfig): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  const bit = QC_TESTS.consistency;
  const { temperature: t, dew_point: td, relative_humidity: rh, wind_speed: ws, wind_direction: wd, precipitation: pr } = values;

  if (t !== undefined && td !== undefined) {
    const excess = td - t;
    if (excess > (config.dewPointBadMarginC ?? DEFAULT_DEW_POINT_BAD_MARGIN_C)) {
      out.push({ variable: 'dew_point', result: bad(bit) }, { variable: 'temperature', result: suspect(bit) });
    } else if (excess > (config.dewPointMarginC ?? DEFAULT_DEW_POINT_MARGIN_C)) {
      out.push({ variable: 'dew_point', result: suspect(bit) }, { variable: 'temperature', result: suspect(bit) });
    }
  }
  if (rh !== undefined) {
    if (rh < 0 || rh > 100) {
      out.push({ variable: 'relative_humidity', result: bad(bit) });
    } else if (t !== undefined && td !== undefined && td <= t) {
      const implied = impliedRelativeHumidity(t, td);
      if (Math.abs(rh - implied) > (config.rhDewPointTolerancePct ?? DEFAULT_RH_DEW_POINT_TOLERANCE_PCT)) {
        out.push({ variable: 'relative_humidity', result: suspect(bit) }, { variable: 'dew_point', result: suspect(bit) });
      }
    }
  }
  if (wd !== undefined && ws !== undefined && ws <= config.calmWindMs) {
    out.push({ variable: 'wind_direction', result: suspect(bit) });
  }
  if (pr !== undefined && pr < 0) {
    out.push({ variable: 'precipitation', result: bad(bit) });
  }
  return out;
}
