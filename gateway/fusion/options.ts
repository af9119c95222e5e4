import { validateConfig } from '../../common/config.js';

/** Variables the fusion handles (continuous, roughly Gaussian); direction and rain are left out. */
export const FUSED_VARIABLES = ['temperature', 'pressure', 'dew_point', 'relative_humidity', 'wind_speed'] as const;
export type FusedVariable = (typeof FUSED_VARIABLES)[number];

/** Per-variable settings, all in the variable's unit (°C, hPa, %, m/s). */
export interface VariableOptions {
  /** Floor of the buddies' spread in the buddy check (> 0). */
  minSd: number;
  /** Lapse rate per m, used where elevations are known. */
  elevGradientPerM: number;
  /** Instrument error standard deviation (> 0). */
  obsErrorSd: number;
  /** Background spatial standard deviation for the estimate (> 0). */
  backgroundSd: number;
  /** Correlation length of the estimate's weights, km (> 0). */
  corrLengthKm: number;
  /** Floor of the SCT's observation error variance, unit squared (> 0). */
  minSig2o: number;
}

export interface FusionOptions {
  /** Variables to check and fuse. */
  variables: FusedVariable[];
  /** H3 resolution of the fused cells [0, 15] (7: ~1.4 km edge, 9: ~0.2 km). */
  h3Resolution: number;
  /** Rings of cells around each station's cell that also get an estimate [0, 10]. */
  cellRings: number;
  /** Witnesses within this distance of a cell centre feed its estimate, km (0, 1000]. */
  estimateRadiusKm: number;
  buddy: { radiusKm: number; minBuddies: number; threshold: number; maxElevDiffM: number; iterations: number };
  sct: {
    enabled: boolean; innerRadiusKm: number; outerRadiusKm: number; minCount: number; maxCount: number; iterations: number;
    minHorizontalScaleKm: number; verticalScaleM: number; minCountProfile: number; minElevRangeM: number; pos: number; neg: number; eps2: number;
  };
  isolation: { radiusKm: number; minCount: number };
  duplicate: { radiusKm: number };
  sharedSeries: { enabled: boolean; windowSteps: number; minShare: number; minOverlap: number; tolerance: number; variables: FusedVariable[] };
  trust: { alpha: number; deviationScale: number; maxZ2: number; minTrust: number };
  perVariable: Record<FusedVariable, VariableOptions>;
}

const VAR_DEFAULTS: Record<FusedVariable, VariableOptions> = {
  temperature: { minSd: 1, elevGradientPerM: -0.0065, obsErrorSd: 0.5, backgroundSd: 2, corrLengthKm: 30, minSig2o: 0.1 },
  // Pressure: chosen on the TRAIN split (docs/fusion-eval.md, "Pressure settings"): between sites of
  // unknown elevation the representativeness error is several hPa, so a short correlation length and a
  // large background sd (was 60 km, 3 hPa: fused MAE 2.398 hPa, ±1 sd coverage 25 % on train; now
  // 2.294 hPa, 57.5 %).
  pressure: { minSd: 1.5, elevGradientPerM: -0.12, obsErrorSd: 1, backgroundSd: 7, corrLengthKm: 15, minSig2o: 0.5 },
  dew_point: { minSd: 1, elevGradientPerM: -0.002, obsErrorSd: 0.7, backgroundSd: 2.5, corrLengthKm: 30, minSig2o: 0.1 },
  relative_humidity: { minSd: 5, elevGradientPerM: 0, obsErrorSd: 4, backgroundSd: 10, corrLengthKm: 20, minSig2o: 4 },
  wind_speed: { minSd: 1, elevGradientPerM: 0, obsErrorSd: 0.7, backgroundSd: 1.5, corrLengthKm: 15, minSig2o: 0.1 },
};

const num = (minimum: number, maximum: number, dflt: number, exclusiveMinimum = false): object =>
  exclusiveMinimum ? { type: 'number', exclusiveMinimum: minimum, maximum, default: dflt } : { type: 'number', minimum, maximum, default: dflt };
const int = (minimum: number, maximum: number, dflt: number): object => ({ type: 'integer', minimum, maximum, default: dflt });
const obj = (properties: Record<string, object>): object => ({ type: 'object', additionalProperties: false, default: {}, properties });
const varList = (dflt: FusedVariable[]): object => ({ type: 'array', items: { enum: [...FUSED_VARIABLES] }, uniqueItems: true, minItems: 1, default: dflt });

/** JSON Schema of FusionOptions; every field optional, defaults filled in by validation. */
export const fusionOptionsSchema: object = {
  type: 'object',
  additionalProperties: false,
  properties: {
    variables: varList(['temperature', 'pressure', 'dew_point']),
    h3Resolution: int(0, 15, 7),
    cellRings: int(0, 10, 0),
    estimateRadiusKm: num(0, 1000, 60, true),
    buddy: obj({ radiusKm: num(0, 1000, 50, true), minBuddies: int(1, 100, 3), threshold: num(0.5, 20, 3.5), maxElevDiffM: num(-1, 10000, 300), iterations: int(1, 10, 2) }),
    sct: obj({
      enabled: { type: 'boolean', default: true },
      innerRadiusKm: num(0, 1000, 50, true), outerRadiusKm: num(0, 1000, 80, true), minCount: int(3, 100, 5), maxCount: int(3, 200, 40),
      iterations: int(1, 20, 3), minHorizontalScaleKm: num(0, 1000, 10, true), verticalScaleM: num(0, 10000, 200, true),
      minCountProfile: int(2, 100, 10), minElevRangeM: num(0, 10000, 50, true), pos: num(0, 1000, 12, true), neg: num(0, 1000, 12, true), eps2: num(0, 100, 0.5, true),
    }),
    isolation: obj({ radiusKm: num(0, 1000, 50, true), minCount: int(1, 100, 2) }),
    duplicate: obj({ radiusKm: num(0, 10, 0.05) }),
    sharedSeries: obj({
      enabled: { type: 'boolean', default: true }, windowSteps: int(2, 10000, 168), minShare: num(0.5, 1, 0.99), minOverlap: int(1, 1000000, 100),
      tolerance: num(0, 10, 0.001), variables: varList(['temperature', 'pressure', 'dew_point', 'wind_speed']),
    }),
    trust: obj({ alpha: num(0, 1, 0.02, true), deviationScale: num(0, 1000, 4, true), maxZ2: num(1, 10000, 25), minTrust: num(0, 1, 0.05, true) }),
    perVariable: obj(Object.fromEntries(FUSED_VARIABLES.map((v) => {
      const d = VAR_DEFAULTS[v];
      return [v, obj({
        minSd: num(0, 1000, d.minSd, true), elevGradientPerM: num(-10, 10, d.elevGradientPerM), obsErrorSd: num(0, 1000, d.obsErrorSd, true),
        backgroundSd: num(0, 1000, d.backgroundSd, true), corrLengthKm: num(0, 10000, d.corrLengthKm, true), minSig2o: num(0, 1000, d.minSig2o, true),
      })];
    }))),
  },
};

/** Validates options (every problem listed by field in a WX_ERR_CONFIG_INVALID), fills defaults, freezes. */
export function resolveFusionOptions(input: unknown = {}): Readonly<FusionOptions> {
  return validateConfig<FusionOptions>(fusionOptionsSchema, structuredClone(input ?? {}), 'fusion options');
}
