/**
 * The built-in gridded forecast model: a residual 3 × 3 convolution, one hour per step.
 *
 *   state_next = state + Conv3x3([state, clock]) + b        (normalised units, zero padding = mean)
 *   clock_next = R(1 h) · clock                              (exact rotation of the hour-of-day phase)
 *
 * `state` is [batch, 5, nLat, nLon] (temperature, pressure, dew point, wind u, wind v of the analysis,
 * normalised per variable), `clock` is [batch, 2, nLat, nLon] (sin and cos of the hour of day, the same
 * at every point), so the model can learn the diurnal cycle and still run autoregressively. Linear and
 * fitted in closed form (ridge least squares; train.ts). Any grid size works: the weights are local.
 */
import { OnnxGraphBuilder, encodeModel } from '../../common/onnx/index.js';

export const STATE_VARIABLES = ['temperature', 'pressure', 'dew_point', 'wind_u', 'wind_v'] as const;
export const CLOCK_CHANNELS = ['hour_sin', 'hour_cos'] as const;
export const N_STATE = STATE_VARIABLES.length;
export const N_IN = N_STATE + CLOCK_CHANNELS.length;
/** Weights per output variable: N_IN channels × 3 × 3 taps, then a bias. */
export const N_FEATURES = N_IN * 9 + 1;

/** Conv weights [N_STATE, N_IN, 3, 3] and bias [N_STATE] from per-output feature vectors (taps row-major dy, dx in -1..1). */
export function convWeights(coefs: readonly Float64Array[]): { w: Float32Array; b: Float32Array } {
  const w = new Float32Array(N_STATE * N_IN * 9);
  const b = new Float32Array(N_STATE);
  coefs.forEach((c, o) => {
    for (let f = 0; f < N_IN * 9; f++) w[o * N_IN * 9 + f] = c[f] as number;
    b[o] = c[N_IN * 9] as number;
  });
  return { w, b };
}

export function clockRotation(): Float32Array {
  const a = (2 * Math.PI) / 24;
  // [sin', cos'] = [sin cos a + cos sin a, cos cos a - sin sin a]
  return new Float32Array([Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a)]);
}

export function buildGridModel(coefs: readonly Float64Array[], nLat: number, nLon: number, metadata: Record<string, string> = {}, batch: number | string = 'batch'): Uint8Array {
  const { w, b } = convWeights(coefs);
  const g = new OnnxGraphBuilder({ graphName: 'grid-forecast', metadata, docString: 'residual 3x3 conv, 1 h step (models/grid-forecast)' });
  g.input('state', 'float32', [batch, N_STATE, nLat, nLon]);
  g.input('clock', 'float32', [batch, CLOCK_CHANNELS.length, nLat, nLon]);
  g.initializer('W', w, [N_STATE, N_IN, 3, 3]);
  g.initializer('B', b, [N_STATE]);
  g.initializer('R', clockRotation(), [2, 2, 1, 1]);
  g.node('Concat', ['state', 'clock'], ['features'], { axis: 1 });
  g.node('Conv', ['features', 'W', 'B'], ['delta'], { pads: [1, 1, 1, 1], kernel_shape: [3, 3] });
  g.node('Add', ['state', 'delta'], ['state_next']);
  g.node('Conv', ['clock', 'R'], ['clock_next'], { kernel_shape: [1, 1] });
  g.output('state_next', 'float32', [batch, N_STATE, nLat, nLon]);
  g.output('clock_next', 'float32', [batch, CLOCK_CHANNELS.length, nLat, nLon]);
  return encodeModel(g);
}

/** One step in plain JS, same arithmetic as the ONNX graph (for training-time evaluation); in place into `out`. */
export function stepJs(coefs: readonly Float64Array[], nLat: number, nLon: number, state: Float64Array, clock: readonly [number, number], out: Float64Array): void {
  const nPts = nLat * nLon;
  for (let o = 0; o < N_STATE; o++) {
    const c = coefs[o] as Float64Array;
    for (let i = 0; i < nLat; i++) {
      for (let j = 0; j < nLon; j++) {
        let s = c[N_IN * 9] as number;
        for (let ch = 0; ch < N_IN; ch++) {
          for (let dy = -1; dy <= 1; dy++) {
            const ii = i + dy;
            if (ii < 0 || ii >= nLat) continue;
            for (let dx = -1; dx <= 1; dx++) {
              const jj = j + dx;
              if (jj < 0 || jj >= nLon) continue;
              const v = ch < N_STATE ? (state[ch * nPts + ii * nLon + jj] as number) : clock[ch - N_STATE]!;
              s += (c[ch * 9 + (dy + 1) * 3 + (dx + 1)] as number) * v;
            }
          }
        }
        out[o * nPts + i * nLon + j] = (state[o * nPts + i * nLon + j] as number) + s;
      }
    }
  }
}

/** The contract of the model on a grid. */
export function gridContract(grid: { lat0Deg: number; dLatDeg: number; nLat: number; lon0Deg: number; dLonDeg: number; nLon: number; periodicLon: boolean }, norm: Record<string, { mean: number; std: number }>, file: string, units: Record<string, string>): object {
  return {
    schemaVersion: 1,
    name: 'beijing-grid-conv3x3',
    description: 'Residual 3x3 convolution fitted to hourly OI analyses of the Beijing training period (models/grid-forecast/card.md)',
    grid: { ...grid, latOrder: 'south-north' },
    variables: [...STATE_VARIABLES.map((name) => ({ name, units: units[name] ?? '' })), ...CLOCK_CHANNELS.map((name) => ({ name, units: '1' }))],
    normalisation: Object.fromEntries([...STATE_VARIABLES, ...CLOCK_CHANNELS].map((v) => [v, { mean: [norm[v]?.mean ?? 0], std: [norm[v]?.std ?? 1] }])),
    timeStepHours: 1,
    inputTimeLevels: 1,
    tensors: [
      { input: 'state', output: 'state_next', dims: ['batch', 'var', 'lat', 'lon'], shape: ['batch', N_STATE, grid.nLat, grid.nLon], variables: [...STATE_VARIABLES] },
      { input: 'clock', output: 'clock_next', dims: ['batch', 'var', 'lat', 'lon'], shape: ['batch', CLOCK_CHANNELS.length, grid.nLat, grid.nLon], variables: [...CLOCK_CHANNELS] },
    ],
    models: [{ file, stepHours: 1 }],
  };
}
