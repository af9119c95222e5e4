import { VARIABLE_NAMES } from '../../common/variables.js';
import { defaultQcConfig } from './defaults.js';

/**
 * JSON Schema (ajv, strict mode) for the `qc` section of a firmware config. Units are the
 * variable's unit (common/variables.ts). When a variable's section is absent, its defaults
 * (defaults.ts) are filled in; inside a section that is given, an absent field disables that test.
 * ajv refuses `default` at a schema root in strict mode, so the firmware schema that embeds this one
 * should give its `qc` property `default: {}` to make the whole section optional.
 */
const num = (description: string, extra: Record<string, number> = {}) => ({ type: 'number', description, ...extra }) as const;

const variableQcSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sensorMin: num('Sensor measuring range, lower end; outside is bad.'),
    sensorMax: num('Sensor measuring range, upper end; outside is bad.'),
    climateMin: num('Plausible climate limit, lower; outside is suspect.'),
    climateMax: num('Plausible climate limit, upper; outside is suspect.'),
    maxStepPerHour: num('Largest plausible change per hour, scaled to the actual gap.', { exclusiveMinimum: 0 }),
    stepBadFactor: num('A step this many times the allowed one is bad. [> 1]', { exclusiveMinimum: 1 }),
    persistenceWindowMs: num('Flat-line window, ms. [>= 60000]', { minimum: 60_000 }),
    persistenceMinChange: num('Change over the window at or below this is a flat line.', { minimum: 0 }),
    persistenceBadFactor: num('A flat line this many windows long is bad. [>= 1]', { minimum: 1 }),
    persistenceCoarseWindowMs: num('Flat-line window while the series reads at coarse resolution, ms. [>= 60000]', { minimum: 60_000 }),
    persistenceCoarseResolution: num('The coarse resolution (default 1 = whole numbers). [> 0]', { exclusiveMinimum: 0 }),
    persistenceExemptAtOrBelow: num('Values at or below this are never a flat line (calm, dry).'),
    persistenceExemptAtOrAbove: num('Values at or above this are never a flat line (saturation).'),
    spikeThreshold: num('Spike: |x - mean(neighbours)| - |prev - next|/2 above this.', { exclusiveMinimum: 0 }),
    spikeBadFactor: num('A spike this many times the threshold is bad. [> 1]', { exclusiveMinimum: 1 }),
  },
} as const;

const defaults = defaultQcConfig();

export const qcConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    variables: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        VARIABLE_NAMES.map((name) => [name, { ...variableQcSchema, default: defaults.variables[name] ?? {} }]),
      ),
      default: {},
    },
    maxFutureSkewMs: num('Readings stamped further ahead of now are clock-suspect, ms. [>= 0]', { minimum: 0, default: defaults.maxFutureSkewMs }),
    calmWindMs: num('Wind speed at or below this is calm, m/s. [>= 0]', { minimum: 0, default: defaults.calmWindMs }),
    dewPointMarginC: num('Dew point above temperature by more is suspect, °C. [>= 0]', { minimum: 0, default: defaults.dewPointMarginC! }),
    dewPointBadMarginC: num('Dew point above temperature by more is bad, °C. [>= 0]', { minimum: 0, default: defaults.dewPointBadMarginC! }),
    rhDewPointTolerancePct: num('RH further than this from the one implied by T and dew point is suspect, %. [> 0]', { exclusiveMinimum: 0, default: defaults.rhDewPointTolerancePct! }),
    gapResetMs: num('A longer gap restarts step, spike and persistence, ms. [>= 1000]', { minimum: 1000, default: defaults.gapResetMs! }),
  },
} as const;
