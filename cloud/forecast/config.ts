/**
 * The `forecast` section of the hub config. Off by default. With `enabled: true` and nothing else,
 * after each new analysis the hub runs the built-in Beijing model (models/grid-forecast) 24 h ahead
 * with 10 members from the perturbed analysis and stores the run in fields/forecast.zarr.
 *
 * ```yaml
 * forecast:
 *   enabled: true
 *   contract: models/grid-forecast/beijing-grid-conv3x3.contract.json   # default: the built-in model
 *   members: 10          # [1...200] ensemble members (member 0 = the unperturbed analysis)
 *   horizonHours: 24     # [1...1000] h, a multiple of the model's time step
 *   seed: 1              # perturbation seed (a run is reproducible)
 *   pollSeconds: 30      # [1...3600] s between checks for a new analysis
 *   provider: auto       # auto (CUDA where onnxruntime bundles it, else CPU) | cpu
 *   threads: 1           # [1...64] onnxruntime intra-op threads
 * ```
 */
export interface ForecastConfig {
  enabled: boolean;
  contract?: string;
  members: number;
  horizonHours: number;
  seed: number;
  pollSeconds: number;
  provider: 'auto' | 'cpu';
  threads: number;
}

export const forecastConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean', default: false },
    contract: { type: 'string', minLength: 1 },
    members: { type: 'integer', minimum: 1, maximum: 200, default: 10 },
    horizonHours: { type: 'number', exclusiveMinimum: 0, maximum: 1000, default: 24 },
    seed: { type: 'integer', minimum: 0, default: 1 },
    pollSeconds: { type: 'number', minimum: 1, maximum: 3600, default: 30 },
    provider: { enum: ['auto', 'cpu'], default: 'auto' },
    threads: { type: 'integer', minimum: 1, maximum: 64, default: 1 },
  },
} as const;
