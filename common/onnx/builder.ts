import { writeFile } from 'node:fs/promises';
import onnxProto from 'onnx-proto';
import { WxError } from '../errors.js';

/**
 * A small ONNX graph writer over onnx-proto's generated protobuf classes. Hand-written because no
 * npm library builds ONNX graphs from JavaScript (onnx-proto only ships the message classes, and the
 * Python `onnx.helper` is not available here). It covers what our models need: typed graph inputs and
 * outputs with fixed or symbolic dims, tensor initializers, nodes with attributes, opset imports.
 */
const { onnx } = onnxProto;
type ModelProto = onnxProto.onnx.ModelProto;
type AttributeProto = onnxProto.onnx.IAttributeProto;

export type TensorDType = 'float32' | 'uint8' | 'int8' | 'int32' | 'int64';

const DTYPE_CODES: Record<TensorDType, number> = {
  float32: onnx.TensorProto.DataType.FLOAT,
  uint8: onnx.TensorProto.DataType.UINT8,
  int8: onnx.TensorProto.DataType.INT8,
  int32: onnx.TensorProto.DataType.INT32,
  int64: onnx.TensorProto.DataType.INT64,
};

export function dtypeCode(dtype: TensorDType): number {
  return DTYPE_CODES[dtype];
}

/** A dimension: a fixed size, or a symbolic name such as 'batch'. */
export type Dim = number | string;

export type TensorData = Float32Array | Uint8Array | Int8Array | Int32Array | BigInt64Array;

/** Forces a whole number to be written as a FLOAT attribute (plain numbers become INT when whole). */
export interface FloatAttr { readonly float: number }
export interface FloatsAttr { readonly floats: readonly number[] }
export function floatAttr(value: number): FloatAttr {
  return { float: value };
}
export function floatsAttr(values: readonly number[]): FloatsAttr {
  return { floats: values };
}
export type AttrValue = number | string | readonly number[] | readonly string[] | FloatAttr | FloatsAttr;

export interface NodeOptions {
  name?: string;
  /** Operator domain, e.g. 'com.microsoft'; the builder imports it (version 1) when used. */
  domain?: string;
}

export interface BuilderOptions {
  graphName: string;
  /** Default-domain opset version. onnx-proto carries the ONNX 1.10 schema; opset 13 runs everywhere. */
  opsetVersion?: number;
  producerName?: string;
  producerVersion?: string;
  docString?: string;
  /** Free key/value pairs stored in the model (e.g. model id and version). */
  metadata?: Record<string, string>;
}

function valueInfo(name: string, dtype: TensorDType, dims: readonly Dim[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: DTYPE_CODES[dtype],
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function dtypeOf(data: TensorData): TensorDType {
  if (data instanceof Float32Array) return 'float32';
  if (data instanceof Uint8Array) return 'uint8';
  if (data instanceof Int8Array) return 'int8';
  if (data instanceof Int32Array) return 'int32';
  return 'int64';
}

function attribute(name: string, value: AttrValue): AttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof value === 'string') return { name, type: T.STRING, s: Buffer.from(value, 'utf8') };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { name, type: T.INT, i: value } : { name, type: T.FLOAT, f: value };
  }
  if ('float' in value) return { name, type: T.FLOAT, f: value.float };
  if ('floats' in value) return { name, type: T.FLOATS, floats: [...value.floats] };
  const list = value as readonly (number | string)[];
  if (list.every((v) => typeof v === 'string')) {
    return { name, type: T.STRINGS, strings: (list as string[]).map((s) => Buffer.from(s, 'utf8')) };
  }
  const nums = list as readonly number[];
  return nums.every(Number.isInteger) ? { name, type: T.INTS, ints: [...nums] } : { name, type: T.FLOATS, floats: [...nums] };
}

export class OnnxGraphBuilder {
  private readonly inputs: onnxProto.onnx.IValueInfoProto[] = [];
  private readonly outputs: onnxProto.onnx.IValueInfoProto[] = [];
  private readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private readonly nodes: onnxProto.onnx.INodeProto[] = [];
  private readonly domains = new Map<string, number>();
  private readonly names = new Set<string>();
  private nodeCount = 0;

  constructor(private readonly options: BuilderOptions) {
    this.domains.set('', options.opsetVersion ?? 13);
  }

  private claim(name: string, what: string): void {
    if (name === '') throw new WxError('WX_ERR_PAYLOAD_INVALID', `${what}: empty tensor name`, { field: what });
    if (this.names.has(name)) throw new WxError('WX_ERR_PAYLOAD_INVALID', `${what} ${name}: name already used`, { field: name });
    this.names.add(name);
  }

  input(name: string, dtype: TensorDType, dims: readonly Dim[]): string {
    this.claim(name, 'input');
    this.inputs.push(valueInfo(name, dtype, dims));
    return name;
  }

  output(name: string, dtype: TensorDType, dims: readonly Dim[]): string {
    this.outputs.push(valueInfo(name, dtype, dims));
    return name;
  }

  /** A constant tensor; data are written as raw little-endian bytes, as ONNX specifies. */
  initializer(name: string, data: TensorData, dims: readonly number[]): string {
    this.claim(name, 'initializer');
    const count = dims.reduce((a, b) => a * b, 1);
    if (count !== data.length) {
      throw new WxError('WX_ERR_PAYLOAD_INVALID', `initializer ${name}: dims [${dims.join(', ')}] hold ${count} values, data has ${data.length}`, { field: name });
    }
    this.initializers.push({
      name,
      dataType: DTYPE_CODES[dtypeOf(data)],
      dims: [...dims],
      rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice(),
    });
    return name;
  }

  /** Imports an operator domain (e.g. 'com.microsoft') at a version. */
  opset(domain: string, version: number): this {
    this.domains.set(domain, version);
    return this;
  }

  /** Adds a node; returns its output names so calls can be chained into expressions. */
  node(opType: string, inputs: readonly string[], outputs: readonly string[], attributes: Record<string, AttrValue> = {}, options: NodeOptions = {}): string[] {
    for (const out of outputs) this.claim(out, `${opType} output`);
    const domain = options.domain ?? '';
    if (domain !== '' && !this.domains.has(domain)) this.domains.set(domain, 1);
    this.nodes.push({
      name: options.name ?? `${opType}_${this.nodeCount}`,
      opType,
      domain,
      input: [...inputs],
      output: [...outputs],
      attribute: Object.entries(attributes).map(([k, v]) => attribute(k, v)),
    });
    this.nodeCount += 1;
    return [...outputs];
  }

  build(): ModelProto {
    return onnx.ModelProto.create({
      irVersion: onnx.Version.IR_VERSION_2020_5_8,
      producerName: this.options.producerName ?? 'wx-edge',
      producerVersion: this.options.producerVersion ?? '0.1.0',
      docString: this.options.docString ?? '',
      opsetImport: [...this.domains].map(([domain, version]) => ({ domain, version })),
      metadataProps: Object.entries(this.options.metadata ?? {}).map(([key, value]) => ({ key, value })),
      graph: {
        name: this.options.graphName,
        input: this.inputs,
        output: this.outputs,
        initializer: this.initializers,
        node: this.nodes,
      },
    });
  }
}

export function encodeModel(model: ModelProto | OnnxGraphBuilder): Uint8Array {
  const proto = model instanceof OnnxGraphBuilder ? model.build() : model;
  return onnx.ModelProto.encode(proto).finish();
}

export function decodeModel(bytes: Uint8Array): ModelProto {
  return onnx.ModelProto.decode(bytes);
}

export async function writeModel(path: string, model: ModelProto | OnnxGraphBuilder | Uint8Array): Promise<Uint8Array> {
  const bytes = model instanceof Uint8Array ? model : encodeModel(model);
  await writeFile(path, bytes);
  return bytes;
}
