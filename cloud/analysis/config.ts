/**
 * The `analysis` section of the hub config. Off by default: a hub without stations inside the grid
 * would only write empty analyses. With `enabled: true` and nothing else it cycles hourly on the
 * Beijing 0.05° grid with OI and the settings of defaults.ts.
 *
 * ```yaml
 * analysis:
 *   enabled: true
 *   method: letkf            # oi | letkf
 *   cycleMinutes: 60         # [1...1440]
 *   graceMinutes: 10         # [0...1440] data time past a cycle before it closes (late stations count)
 *   windowMinutes: 30        # [1...1440] readings in (T - window, T] are averaged into one observation
 *   grid: { kind: regional, southDeg: 39.75, northDeg: 40.45, westDeg: 116.1, eastDeg: 116.75, resolutionDeg: 0.05 }
 *   orographyM: 50           # height the grid stands for, m: stations with an elevation are height-corrected
 *   letkf: { members: 20, inflation: 1.0, seed: 1 }   # the additive perturbations (minSpreadSd) carry the error growth
 *   variables: { temperature: { obsErrorSd: 0.4 } }   # per-variable overrides of defaults.ts
 * ```
 */
import { DEFAULT_VARIABLE_SETTINGS } from './defaults.js';
import { BEIJING_GRID_BOX, type GridConfig } from './grids.js';
import type { VariableSettings } from './cycle.js';
import { ANALYSIS_VARIABLES, type AnalysisVariable } from './variables.js';

export interface AnalysisConfig {
  enabled: boolean;
  method: 'oi' | 'letkf';
  cycleMinutes: number;
  graceMinutes: number;
  windowMinutes: number;
  /** [1...3600] s between checks for a cycle that is due. */
  pollSeconds: number;
  /** [1...1000] cycles run at most per check (catching up after a backlog). */
  maxCatchUpCycles: number;
  grid: GridConfig;
  /** Height the gridded state stands for (m); absent: no height correction. */
  orographyM?: number;
  letkf: { members: number; inflation: number; seed: number };
  trust: { halfLifeCycles: number; priorCycles: number; minTrust: number };
  variables: Partial<Record<AnalysisVariable, Partial<VariableSettings>>>;
}

const positive = { type: 'number', exclusiveMinimum: 0 } as const;
const variableSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    obsErrorSd: positive,
    backgroundErrorSd: positive,
    minSpreadSd: positive,
    maxSpreadSd: positive,
    lengthScaleKm: { type: 'number', exclusiveMinimum: 0, maximum: 5000 },
    climatology: { type: 'number' },
    representativenessSd: { type: 'number', minimum: 0 },
  },
} as const;

export const analysisConfigSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    enabled: { type: 'boolean', default: false },
    method: { enum: ['oi', 'letkf'], default: 'oi' },
    cycleMinutes: { type: 'integer', minimum: 1, maximum: 1440, default: 60 },
    graceMinutes: { type: 'integer', minimum: 0, maximum: 1440, default: 10 },
    windowMinutes: { type: 'integer', minimum: 1, maximum: 1440, default: 30 },
    pollSeconds: { type: 'integer', minimum: 1, maximum: 3600, default: 30 },
    maxCatchUpCycles: { type: 'integer', minimum: 1, maximum: 1000, default: 48 },
    grid: {
      default: { kind: 'regional', ...BEIJING_GRID_BOX },
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'resolutionDeg'],
          properties: { kind: { const: 'global' }, resolutionDeg: { type: 'number', exclusiveMinimum: 0, maximum: 90 } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'southDeg', 'northDeg', 'westDeg', 'eastDeg', 'resolutionDeg'],
          properties: {
            kind: { const: 'regional' },
            southDeg: { type: 'number', minimum: -90, maximum: 90 },
            northDeg: { type: 'number', minimum: -90, maximum: 90 },
            westDeg: { type: 'number', minimum: -360, maximum: 360 },
            eastDeg: { type: 'number', minimum: -360, maximum: 360 },
            resolutionDeg: { type: 'number', exclusiveMinimum: 0, maximum: 90 },
          },
        },
      ],
    },
    orographyM: { type: 'number', minimum: -500, maximum: 9000, description: 'height the gridded state stands for, m; stations with a known elevation are height-corrected to it' },
    letkf: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        members: { type: 'integer', minimum: 3, maximum: 200, default: 20 },
        inflation: { type: 'number', minimum: 1, maximum: 2, default: 1.0 },
        seed: { type: 'integer', minimum: 0, default: 1 },
      },
    },
    trust: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        halfLifeCycles: { type: 'number', minimum: 1, maximum: 10000, default: 168 },
        priorCycles: { type: 'number', minimum: 0, maximum: 10000, default: 24 },
        minTrust: { type: 'number', exclusiveMinimum: 0, maximum: 1, default: 0.05 },
      },
    },
    variables: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, variableSchema])),
    },
  },
} as const;

/** Defaults of defaults.ts with the config's per-variable overrides. */
export function variableSettings(config: AnalysisConfig): Record<AnalysisVariable, VariableSettings> {
  return Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, { ...DEFAULT_VARIABLE_SETTINGS[v], ...(config.variables[v] ?? {}) }])) as Record<AnalysisVariable, VariableSettings>;
}
