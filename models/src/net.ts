import { mulberry32 } from '../../common/random.js';

/**
 * A small fully connected network with a quantile head, trained here in TypeScript: no Python ML
 * stack is available and no npm library trains a custom-loss MLP deterministically on CPU without
 * native builds, and the model is small enough (a few thousand weights) that plain loops are fast.
 *
 * Layers: x -> [Dense -> ReLU]* -> Dense -> raw (V*L*3 values: m, a, b per variable and lead).
 * Quantile head (non-crossing by construction): P10 = m - softplus(a), P50 = m, P90 = m + softplus(b).
 */
export interface Dense {
  inDim: number;
  outDim: number;
  /** [inDim, outDim] row-major: the ONNX MatMul layout. */
  W: Float64Array;
  b: Float64Array;
}

export interface Net {
  layers: Dense[];
}

export const QUANTILES = [0.1, 0.5, 0.9] as const;

export function createNet(inDim: number, hidden: readonly number[], outDim: number, seed: number, spreadInit: number): Net {
  const rand = mulberry32(seed);
  const dims = [inDim, ...hidden, outDim];
  const layers: Dense[] = [];
  for (let l = 0; l + 1 < dims.length; l++) {
    const [i, o] = [dims[l]!, dims[l + 1]!];
    const limit = Math.sqrt(6 / (i + o)) * (l + 2 === dims.length ? 0.1 : 1);
    const W = new Float64Array(i * o).map(() => (rand() * 2 - 1) * limit);
    layers.push({ inDim: i, outDim: o, W, b: new Float64Array(o) });
  }
  // Start the spreads near a normal's P10..P90 half-width (1.28 sd), in normalised units.
  const last = layers[layers.length - 1]!;
  const a0 = Math.log(Math.expm1(spreadInit));
  for (let k = 0; k < last.outDim; k += 3) [last.b[k + 1], last.b[k + 2]] = [a0, a0];
  return { layers };
}

export const softplus = (x: number): number => (x > 20 ? x : Math.log1p(Math.exp(x)));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Forward pass of one row; fills acts[l] with each layer's output (post-ReLU for hidden layers). */
function forward(net: Net, x: Float32Array | Float64Array, xOff: number, acts: Float64Array[]): void {
  let input: ArrayLike<number> = x;
  let off = xOff;
  net.layers.forEach((layer, l) => {
    const out = acts[l]!;
    out.set(layer.b);
    const { W, inDim, outDim } = layer;
    for (let i = 0; i < inDim; i++) {
      const xi = input[off + i]!;
      if (xi === 0) continue;
      const row = i * outDim;
      for (let j = 0; j < outDim; j++) out[j]! += xi * W[row + j]!;
    }
    if (l + 1 < net.layers.length) for (let j = 0; j < outDim; j++) if (out[j]! < 0) out[j] = 0;
    input = out;
    off = 0;
  });
}

/**
 * Normalised quantiles [n, V*L, 3] for every row of X. `spread` (one factor per variable and lead)
 * widens or narrows P10..P90 around the P50, as the exported graph does after calibration.
 */
export function predict(net: Net, X: Float32Array, n: number, spread?: ArrayLike<number>): Float32Array {
  const F = net.layers[0]!.inDim;
  const O = net.layers[net.layers.length - 1]!.outDim;
  const acts = net.layers.map((l) => new Float64Array(l.outDim));
  const out = new Float32Array(n * O);
  for (let r = 0; r < n; r++) {
    forward(net, X, r * F, acts);
    const z = acts[acts.length - 1]!;
    for (let k = 0; k < O; k += 3) {
      const f = spread ? spread[k / 3]! : 1;
      out[r * O + k] = z[k]! - f * softplus(z[k + 1]!);
      out[r * O + k + 1] = z[k]!;
      out[r * O + k + 2] = z[k]! + f * softplus(z[k + 2]!);
    }
  }
  return out;
}

export interface TrainOptions {
  epochs: number;
  batch: number;
  lr: number;
  seed: number;
  weightDecay: number;
  /** Called after each epoch with the net; return a score (lower is better) to keep the best epoch. */
  onEpoch?: (epoch: number, trainLoss: number) => number;
}

/**
 * Adam on the pinball loss of normalised targets T [n, V*L] (NaN = no truth, skipped). Deterministic:
 * the shuffle comes from a seeded PRNG and the arithmetic order is fixed. Keeps the best epoch by onEpoch.
 */
export function train(net: Net, X: Float32Array, T: Float32Array, n: number, o: TrainOptions): { bestEpoch: number; bestScore: number } {
  const F = net.layers[0]!.inDim;
  const K = T.length / n;
  const rand = mulberry32(o.seed ^ 0x5eed);
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  const acts = net.layers.map((l) => new Float64Array(l.outDim));
  const deltas = net.layers.map((l) => new Float64Array(l.outDim));
  const gW = net.layers.map((l) => new Float64Array(l.W.length));
  const gb = net.layers.map((l) => new Float64Array(l.b.length));
  const mW = net.layers.map((l) => new Float64Array(l.W.length));
  const vW = net.layers.map((l) => new Float64Array(l.W.length));
  const mb = net.layers.map((l) => new Float64Array(l.b.length));
  const vb = net.layers.map((l) => new Float64Array(l.b.length));
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  let step = 0;
  let best = { bestEpoch: -1, bestScore: Infinity, snapshot: net.layers.map((l) => ({ W: l.W.slice(), b: l.b.slice() })) };
  const totalSteps = o.epochs * Math.ceil(n / o.batch);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let lossSum = 0;
    let lossCount = 0;
    for (let start = 0; start < n; start += o.batch) {
      const end = Math.min(n, start + o.batch);
      gW.forEach((g) => g.fill(0));
      gb.forEach((g) => g.fill(0));
      for (let s = start; s < end; s++) {
        const r = order[s]!;
        forward(net, X, r * F, acts);
        const z = acts[acts.length - 1]!;
        const dz = deltas[deltas.length - 1]!;
        dz.fill(0);
        for (let k = 0; k < K; k++) {
          const y = T[r * K + k]!;
          if (Number.isNaN(y)) continue;
          const [m, a, b] = [z[3 * k]!, z[3 * k + 1]!, z[3 * k + 2]!];
          const qs = [m - softplus(a), m, m + softplus(b)];
          const dq = qs.map((q, qi) => {
            const tau = QUANTILES[qi]!;
            const e = y - q;
            lossSum += e > 0 ? tau * e : (tau - 1) * e;
            return e > 0 ? -tau : 1 - tau;
          });
          lossCount += 1;
          dz[3 * k] = dq[0]! + dq[1]! + dq[2]!;
          dz[3 * k + 1] = -dq[0]! * sigmoid(a);
          dz[3 * k + 2] = dq[2]! * sigmoid(b);
        }
        // Backpropagate through the layers.
        for (let l = net.layers.length - 1; l >= 0; l--) {
          const layer = net.layers[l]!;
          const d = deltas[l]!;
          const input: ArrayLike<number> = l === 0 ? X : acts[l - 1]!;
          const off = l === 0 ? r * F : 0;
          const { inDim, outDim, W } = layer;
          const g = gW[l]!;
          const gbl = gb[l]!;
          for (let j = 0; j < outDim; j++) gbl[j]! += d[j]!;
          const prev = l > 0 ? deltas[l - 1]! : undefined;
          for (let i = 0; i < inDim; i++) {
            const xi = input[off + i]!;
            const row = i * outDim;
            if (xi !== 0) for (let j = 0; j < outDim; j++) g[row + j]! += xi * d[j]!;
            if (prev !== undefined) {
              let acc = 0;
              if (xi > 0) for (let j = 0; j < outDim; j++) acc += W[row + j]! * d[j]!;
              prev[i] = acc; // ReLU: zero gradient where the activation was 0
            }
          }
        }
      }
      step += 1;
      const lr = o.lr * (0.5 + 0.5 * Math.cos((Math.PI * step) / totalSteps));
      const scale = 1 / ((end - start) * K);
      const c1 = 1 - b1 ** step;
      const c2 = 1 - b2 ** step;
      net.layers.forEach((layer, l) => {
        const upd = (p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, decay: number): void => {
          for (let i = 0; i < p.length; i++) {
            const gi = g[i]! * scale + decay * p[i]!;
            m[i] = b1 * m[i]! + (1 - b1) * gi;
            v[i] = b2 * v[i]! + (1 - b2) * gi * gi;
            p[i]! -= (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
          }
        };
        upd(layer.W, gW[l]!, mW[l]!, vW[l]!, o.weightDecay);
        upd(layer.b, gb[l]!, mb[l]!, vb[l]!, 0);
      });
    }
    const score = o.onEpoch ? o.onEpoch(epoch, lossSum / Math.max(1, lossCount)) : -epoch;
    if (score < best.bestScore) best = { bestEpoch: epoch, bestScore: score, snapshot: net.layers.map((l) => ({ W: l.W.slice(), b: l.b.slice() })) };
  }
  net.layers.forEach((l, i) => {
    l.W.set(best.snapshot[i]!.W);
    l.b.set(best.snapshot[i]!.b);
  });
  return { bestEpoch: best.bestEpoch, bestScore: best.bestScore };
}

/**
 * Per variable and lead, the factor on the P10..P90 spread that makes the share of targets inside it
 * `target` on the given (validation) rows: pinball training calibrates on the training years, this
 * corrects for the drift to unseen years. Bisection; coverage grows with the factor.
 */
export function calibrateSpread(net: Net, X: Float32Array, T: Float32Array, n: number, target: number): Float64Array {
  const q = predict(net, X, n);
  const K = T.length / n;
  const out = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const coverage = (f: number): number => {
      let [inside, count] = [0, 0];
      for (let r = 0; r < n; r++) {
        const y = T[r * K + k]!;
        if (Number.isNaN(y)) continue;
        const [lo, m, hi] = [q[(r * K + k) * 3]!, q[(r * K + k) * 3 + 1]!, q[(r * K + k) * 3 + 2]!];
        if (y >= m - f * (m - lo) && y <= m + f * (hi - m)) inside += 1;
        count += 1;
      }
      return inside / count;
    };
    let [a, b] = [0.25, 4];
    for (let i = 0; i < 30; i++) {
      const mid = (a + b) / 2;
      if (coverage(mid) < target) a = mid;
      else b = mid;
    }
    out[k] = Number(((a + b) / 2).toFixed(4));
  }
  return out;
}
