import type { QcConfig, VariableQcConfig } from './types.js';
import type { VariableName } from '../../common/variables.js';

const HOUR = 3_600_000;

/**
 * Default thresholds, in each variable's unit. Tuned on the Beijing train split (to 2015-10-31 23:00)
 * only; see docs/qc-eval.md for how they score.
 */
const VARIABLES: Record<VariableName, VariableQcConfig> = {
  temperature: {
    sensorMin: -60, sensorMax: 70, climateMin: -40, climateMax: 47,
    maxStepPerHour: 12, stepBadFactor: 2.5,
    persistenceWindowMs: 6 * HOUR, persistenceCoarseWindowMs: 11 * HOUR, persistenceMinChange: 0.05, persistenceBadFactor: 2,
    spikeThreshold: 4, spikeBadFactor: 2.5,
  },
  dew_point: {
    sensorMin: -80, sensorMax: 60, climateMin: -50, climateMax: 35,
    maxStepPerHour: 15, stepBadFactor: 2.5,
    persistenceWindowMs: 6 * HOUR, persistenceCoarseWindowMs: 11 * HOUR, persistenceMinChange: 0.05, persistenceBadFactor: 2,
    spikeThreshold: 6, spikeBadFactor: 2.5,
  },
  pressure: {
    sensorMin: 300, sensorMax: 1100, climateMin: 850, climateMax: 1085,
    maxStepPerHour: 6, stepBadFactor: 2.5,
    persistenceWindowMs: 6 * HOUR, persistenceCoarseWindowMs: 12 * HOUR, persistenceMinChange: 0.05, persistenceBadFactor: 2,
    spikeThreshold: 3, spikeBadFactor: 3,
  },
  relative_humidity: {
    sensorMin: 0, sensorMax: 105, climateMin: 1, climateMax: 100,
    maxStepPerHour: 40, stepBadFactor: 2.5,
    persistenceWindowMs: 6 * HOUR, persistenceMinChange: 0.05, persistenceBadFactor: 2, persistenceExemptAtOrAbove: 99.5,
    spikeThreshold: 20, spikeBadFactor: 2.5,
  },
  wind_speed: {
    sensorMin: 0, sensorMax: 75, climateMin: 0, climateMax: 40,
    maxStepPerHour: 12, stepBadFactor: 2.5,
    persistenceWindowMs: 6 * HOUR, persistenceMinChange: 0.05, persistenceBadFactor: 2, persistenceExemptAtOrBelow: 0.5,
    spikeThreshold: 6, spikeBadFactor: 2.5,
  },
  wind_direction: {
    sensorMin: 0, sensorMax: 360,
  },
  precipitation: {
    sensorMin: 0, sensorMax: 400, climateMax: 150,
  },
};

export function defaultQcConfig(): QcConfig {
  return {
    variables: structuredClone(VARIABLES),
    maxFutureSkewMs: 24 * HOUR,
    calmWindMs: 0.2,
    dewPointMarginC: 0.5,
    dewPointBadMarginC: 3,
    rhDewPointTolerancePct: 10,
    gapResetMs: 6 * HOUR,
  };
}
