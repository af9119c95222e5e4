/**
 * The `fusion` section of the gateway config. Off by default.
 *
 * ```yaml
 * fusion:
 *   enabled: true
 *   stepSeconds: 3600        # [60...86400] readings are grouped by this time step (the hour)
 *   graceSeconds: 600        # [0...86400] data time past a step before it closes (late stations count)
 *   idleFlushSeconds: 900    # [1...86400] wall time without readings after which open steps close
 *   h3Resolution: 7          # [0...15] H3 resolution of the fused cells
 *   options: {}              # further gateway/fusion options (fusionOptionsSchema), checked at start
 * ```
 */
export interface FusionRunConfig {
  enabled: boolean;
  stepSeconds: number;
  graceSeconds: number;
  idleFlushSeconds: number;
  h3Resolution: number;
  options: Record<string, unknown>;
}

export const fusionRunConfigSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    enabled: { type: 'boolean', default: false },
    stepSeconds: { type: 'integer', minimum: 60, maximum: 86400, default: 3600 },
    graceSeconds: { type: 'integer', minimum: 0, maximum: 86400, default: 600 },
    idleFlushSeconds: { type: 'integer', minimum: 1, maximum: 86400, default: 900 },
    h3Resolution: { type: 'integer', minimum: 0, maximum: 15, default: 7 },
    options: { type: 'object', default: {} },
  },
} as const;
