/**
 * Default per-variable settings of the cycling analysis (hourly cycles, the Beijing 0.05° grid).
 * Chosen on the Beijing train/validation splits with the withheld-station evaluation
 * (`npm run eval:analysis -- --split validation --no-write`; docs/analysis-eval.md); never on test.
 */
import type { VariableSettings } from './cycle.js';
import type { AnalysisVariable } from './variables.js';

// Validation weeks (scripts/analysis-eval/sweep.ts), withheld-station MAE of the OI analysis, for
// σ_b/σ_o ∈ {1, 2, 4, 10} and L ∈ {15 ... 800} km. The lowest figures came with L far beyond the 70 km
// box (temperature 0.735 °C at 800 km, pressure 1.096 hPa at σ_b/σ_o = 10 and 160 km). There the
// increment is a near-uniform shift that cannot follow gradients between stations, and pressure was
// erratic in L (1.758 at 90 km, 1.173 at 120, 1.096 at 160, 2.04 at σ_b/σ_o = 4 and 400), so we keep
// moderate settings that were nearly as good on validation: temperature 2 and 200 km (0.824; nearest
// neighbour 0.919), pressure 4 and 120 km (1.256; nearest 2.554), dew point 2 and 200 km (0.866;
// nearest 0.932), wind 1 and 200 km (u 0.968, v 0.661; nearest 1.281, 0.803).
// LETKF spread floor (minSpreadSd): a guess at the one-hour persistence error, not tuned.
// representativenessSd: what a point station adds to the grid value's error, fitted on the whole
// validation split (OI, withheld stations: √(MSE − mean σ_a²), docs/analysis-eval-validation.md):
// temperature 1.22 °C, pressure 2.78 hPa (sites of unknown elevation), dew point 1.53 °C, wind u 1.25 and
// v 0.94 m/s. The station-level error bar √(spread² + representativenessSd²) is scored on test.
export const DEFAULT_VARIABLE_SETTINGS: Record<AnalysisVariable, VariableSettings> = {
  temperature: { obsErrorSd: 0.5, backgroundErrorSd: 1, minSpreadSd: 0.8, maxSpreadSd: 6, lengthScaleKm: 200, climatology: 12, representativenessSd: 1.2 },
  pressure: { obsErrorSd: 1, backgroundErrorSd: 4, minSpreadSd: 0.5, maxSpreadSd: 10, lengthScaleKm: 120, climatology: 1013, representativenessSd: 2.8 },
  dew_point: { obsErrorSd: 0.7, backgroundErrorSd: 1.4, minSpreadSd: 0.8, maxSpreadSd: 8, lengthScaleKm: 200, climatology: 2, representativenessSd: 1.5 },
  wind_u: { obsErrorSd: 1, backgroundErrorSd: 1, minSpreadSd: 0.8, maxSpreadSd: 4, lengthScaleKm: 200, climatology: 0, representativenessSd: 1.25 },
  wind_v: { obsErrorSd: 1, backgroundErrorSd: 1, minSpreadSd: 0.8, maxSpreadSd: 4, lengthScaleKm: 200, climatology: 0, representativenessSd: 0.95 },
};
