import { OnnxGraphBuilder } from '../../common/onnx/index.js';
import type { Net } from './net.js';

/**
 * ONNX export of a trained Net, in FP32 and in INT8. The INT8 graph is quantized here (no npm
 * library quantizes ONNX models; onnxruntime's quantizer is Python): weights symmetric int8 per
 * output channel, activations uint8 with a zero point from ranges calibrated on training rows, and
 * each layer as QuantizeLinear -> MatMulInteger (integer kernel) -> Cast -> Mul(scale_x * scale_w[c])
 * -> Add(bias). onnxruntime keeps MatMulInteger (u8 x s8 -> s32, an integer kernel) in its optimized
 * graph; tests/models/int8-kernels.test.ts checks that, and that no float MatMul is left.
 */
export interface ModelShape {
  inputTensor: string;
  outputTensor: string;
  variables: number;
  leads: number;
  quantiles: 3;
  /** Spread factor per variable and lead (calibrateSpread); default 1. */
  spread?: ArrayLike<number>;
}

export interface ActivationRange {
  min: number;
  max: number;
}

/**
 * The shared quantile head: raw [batch, V*L*3] -> [batch, V, L, 3] as m - f softplus(a), m,
 * m + f softplus(b), with f the calibrated spread factor per variable and lead (float: tiny).
 */
function quantileHead(g: OnnxGraphBuilder, raw: string, s: ModelShape): void {
  g.initializer('head_shape', new BigInt64Array([-1n, BigInt(s.variables), BigInt(s.leads), 3n]), [4]);
  g.initializer('head_spread_factor', Float32Array.from(s.spread ?? new Array<number>(s.variables * s.leads).fill(1)), [1, s.variables, s.leads, 1]);
  g.node('Reshape', [raw, 'head_shape'], ['head_mab']);
  g.node('Split', ['head_mab'], ['head_m', 'head_a', 'head_b'], { axis: 3 });
  g.node('Softplus', ['head_a'], ['head_sp_lo']);
  g.node('Softplus', ['head_b'], ['head_sp_hi']);
  g.node('Mul', ['head_sp_lo', 'head_spread_factor'], ['head_spread_lo']);
  g.node('Mul', ['head_sp_hi', 'head_spread_factor'], ['head_spread_hi']);
  g.node('Sub', ['head_m', 'head_spread_lo'], ['head_lo']);
  g.node('Add', ['head_m', 'head_spread_hi'], ['head_hi']);
  g.node('Concat', ['head_lo', 'head_m', 'head_hi'], [s.outputTensor], { axis: 3 });
  g.output(s.outputTensor, 'float32', ['batch', s.variables, s.leads, 3]);
}

function start(net: Net, s: ModelShape, name: string, metadata: Record<string, string>): OnnxGraphBuilder {
  const g = new OnnxGraphBuilder({ graphName: name, metadata, docString: 'wx-edge station nowcast: see card.json for the contract' });
  g.input(s.inputTensor, 'float32', ['batch', net.layers[0]!.inDim]);
  return g;
}

export function exportFp32(net: Net, s: ModelShape, metadata: Record<string, string>): OnnxGraphBuilder {
  const g = start(net, s, 'nowcast_fp32', metadata);
  let x = s.inputTensor;
  net.layers.forEach((layer, l) => {
    g.initializer(`W${l}`, Float32Array.from(layer.W), [layer.inDim, layer.outDim]);
    g.initializer(`b${l}`, Float32Array.from(layer.b), [layer.outDim]);
    g.node('MatMul', [x, `W${l}`], [`mm${l}`]);
    g.node('Add', [`mm${l}`, `b${l}`], [`z${l}`]);
    x = `z${l}`;
    if (l + 1 < net.layers.length) x = g.node('Relu', [x], [`h${l}`])[0]!;
  });
  quantileHead(g, x, s);
  return g;
}

/** uint8 asymmetric parameters covering [min, max] (widened to include 0, as ONNX requires). */
export function activationParams(r: ActivationRange): { scale: number; zeroPoint: number } {
  const lo = Math.min(0, r.min);
  const hi = Math.max(0, r.max);
  const scale = Math.max(hi - lo, 1e-8) / 255;
  return { scale, zeroPoint: Math.min(255, Math.max(0, Math.round(-lo / scale))) };
}

/** Symmetric int8 per output channel: q = round(w / s[c]), s[c] = max|W[:, c]| / 127. */
export function quantizeWeights(W: Float64Array, inDim: number, outDim: number): { q: Int8Array; scales: Float64Array } {
  const scales = new Float64Array(outDim);
  for (let j = 0; j < outDim; j++) {
    let m = 0;
    for (let i = 0; i < inDim; i++) m = Math.max(m, Math.abs(W[i * outDim + j]!));
    scales[j] = m > 0 ? m / 127 : 1;
  }
  const q = new Int8Array(W.length);
  for (let i = 0; i < inDim; i++) for (let j = 0; j < outDim; j++) q[i * outDim + j] = Math.max(-127, Math.min(127, Math.round(W[i * outDim + j]! / scales[j]!)));
  return { q, scales };
}

/** ranges[l] = calibrated range of layer l's input activation. */
export function exportInt8(net: Net, s: ModelShape, ranges: readonly ActivationRange[], metadata: Record<string, string>): OnnxGraphBuilder {
  const g = start(net, s, 'nowcast_int8', metadata);
  let x = s.inputTensor;
  net.layers.forEach((layer, l) => {
    const act = activationParams(ranges[l]!);
    const { q, scales } = quantizeWeights(layer.W, layer.inDim, layer.outDim);
    g.initializer(`x${l}_scale`, new Float32Array([act.scale]), []);
    g.initializer(`x${l}_zero`, new Uint8Array([act.zeroPoint]), []);
    g.initializer(`W${l}_q`, q, [layer.inDim, layer.outDim]);
    g.initializer(`W${l}_zero`, new Int8Array(layer.outDim), [layer.outDim]);
    // Output scale per channel: scale_x * scale_w[c], so int32 accumulators map back to floats.
    g.initializer(`y${l}_scale`, Float32Array.from(scales, (sw) => sw * act.scale), [layer.outDim]);
    g.initializer(`b${l}`, Float32Array.from(layer.b), [layer.outDim]);
    g.node('QuantizeLinear', [x, `x${l}_scale`, `x${l}_zero`], [`x${l}_q`]);
    g.node('MatMulInteger', [`x${l}_q`, `W${l}_q`, `x${l}_zero`, `W${l}_zero`], [`acc${l}`]);
    g.node('Cast', [`acc${l}`], [`accf${l}`], { to: 1 });
    g.node('Mul', [`accf${l}`, `y${l}_scale`], [`mm${l}`]);
    g.node('Add', [`mm${l}`, `b${l}`], [`z${l}`]);
    x = `z${l}`;
    if (l + 1 < net.layers.length) x = g.node('Relu', [x], [`h${l}`])[0]!;
  });
  quantileHead(g, x, s);
  return g;
}
