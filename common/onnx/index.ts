export { OnnxGraphBuilder, encodeModel, decodeModel, writeModel, floatAttr, floatsAttr, dtypeCode } from './builder.js';
export type { TensorDType, Dim, TensorData, AttrValue, NodeOptions, BuilderOptions, FloatAttr, FloatsAttr } from './builder.js';
