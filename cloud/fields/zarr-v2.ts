/**
 * A minimal Zarr v2 directory store: groups, arrays with `.zarray`/`.zattrs`, chunks compressed with
 * zlib (numcodecs id "zlib", so zarr-python and xarray decode them) or stored raw, growth along the
 * first dimension (append), and C-order chunk read/write.
 *
 * Hand-written on purpose: zarrita (the maintained npm Zarr library) reads v2 but writes only Zarr v3
 * and has no resize, and v2 is what xarray opens without extra options. The format we need is small:
 * JSON metadata plus one file per chunk (https://zarr-specs.readthedocs.io/en/latest/v2/v2.0.html).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';

/**
 * JSON as zarr-python reads metadata: it decodes .zarray/.zattrs as ASCII (numcodecs ensure_text), so
 * any non-ASCII character ("°C") must be escaped, as Python's json.dumps does by default.
 */
export function asciiJson(value: unknown, replacer?: null, space?: number): string {
  return JSON.stringify(value, replacer, space).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
import { WxError } from '../../common/errors.js';

const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);

/** Little-endian numeric types we store, plus fixed-width unicode for label coordinates. */
export type ZarrDType = '<f4' | '<f8' | '<i8' | '<i4' | `<U${number}`;

export interface ZarrArrayMeta {
  zarr_format: 2;
  shape: number[];
  chunks: number[];
  dtype: ZarrDType;
  compressor: { id: 'zlib'; level: number } | null;
  fill_value: number | string | null;
  order: 'C';
  filters: null;
  dimension_separator: '.';
}

export type NumericArray = Float32Array | Float64Array | BigInt64Array | Int32Array;

function itemSize(dtype: ZarrDType): number {
  if (dtype === '<f4' || dtype === '<i4') return 4;
  if (dtype === '<f8' || dtype === '<i8') return 8;
  return 4 * Number(dtype.slice(2));
}

/** Writes a file through a temporary name and a rename, so readers never see half a file. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WxError('WX_ERR_STORE', `cannot read ${path}`, { cause: err });
  }
}

export async function writeGroup(dir: string, attrs: Record<string, unknown>): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomic(join(dir, '.zgroup'), asciiJson({ zarr_format: 2 }));
  await writeAtomic(join(dir, '.zattrs'), asciiJson(attrs, null, 1));
}

export async function readAttrs(dir: string): Promise<Record<string, unknown> | undefined> {
  return readJson<Record<string, unknown>>(join(dir, '.zattrs'));
}

export async function writeAttrs(dir: string, attrs: Record<string, unknown>): Promise<void> {
  await writeAtomic(join(dir, '.zattrs'), asciiJson(attrs, null, 1));
}

/** One Zarr v2 array in a directory. Metadata is cached; `resize` rewrites `.zarray` atomically. */
export class ZarrArray {
  private constructor(
    readonly dir: string,
    private meta: ZarrArrayMeta,
  ) {}

  get shape(): readonly number[] {
    return this.meta.shape;
  }

  get chunks(): readonly number[] {
    return this.meta.chunks;
  }

  get dtype(): ZarrDType {
    return this.meta.dtype;
  }

  static async create(
    dir: string,
    spec: { shape: number[]; chunks: number[]; dtype: ZarrDType; dims: string[]; attrs?: Record<string, unknown>; compress?: boolean },
  ): Promise<ZarrArray> {
    if (spec.shape.length !== spec.chunks.length || spec.shape.length !== spec.dims.length) {
      throw new WxError('WX_ERR_STORE', `array ${dir}: shape, chunks and dims differ in length`);
    }
    const isFloat = spec.dtype === '<f4' || spec.dtype === '<f8';
    const meta: ZarrArrayMeta = {
      zarr_format: 2,
      shape: spec.shape,
      chunks: spec.chunks,
      dtype: spec.dtype,
      compressor: spec.compress === false ? null : { id: 'zlib', level: 1 },
      fill_value: isFloat ? 'NaN' : spec.dtype.startsWith('<U') ? '' : 0,
      order: 'C',
      filters: null,
      dimension_separator: '.',
    };
    await mkdir(dir, { recursive: true });
    await writeAtomic(join(dir, '.zarray'), asciiJson(meta, null, 1));
    // xarray names dimensions from this attribute (the v2 convention it reads and writes).
    await writeAtomic(join(dir, '.zattrs'), asciiJson({ _ARRAY_DIMENSIONS: spec.dims, ...(spec.attrs ?? {}) }, null, 1));
    return new ZarrArray(dir, meta);
  }

  static async open(dir: string): Promise<ZarrArray> {
    const meta = await readJson<ZarrArrayMeta>(join(dir, '.zarray'));
    if (meta === undefined) throw new WxError('WX_ERR_NOT_FOUND', `no Zarr array at ${dir}`);
    if (meta.zarr_format !== 2 || meta.order !== 'C') throw new WxError('WX_ERR_STORE', `array ${dir}: only Zarr v2 C-order arrays are supported`);
    return new ZarrArray(dir, meta);
  }

  /** Grows (or shrinks) the first dimension; chunks beyond the old end read as the fill value until written. */
  async resizeFirst(length: number): Promise<void> {
    const meta = { ...this.meta, shape: [length, ...this.meta.shape.slice(1)] };
    await writeAtomic(join(this.dir, '.zarray'), asciiJson(meta, null, 1));
    this.meta = meta;
  }

  /** Number of elements in one chunk. */
  chunkLength(): number {
    return this.meta.chunks.reduce((a, b) => a * b, 1);
  }

  private key(chunkIndex: readonly number[]): string {
    if (chunkIndex.length !== this.meta.shape.length) throw new WxError('WX_ERR_STORE', `array ${this.dir}: chunk index rank ${chunkIndex.length} != ${this.meta.shape.length}`);
    return join(this.dir, chunkIndex.join('.'));
  }

  /** Writes one whole chunk (C order, `chunkLength()` elements; edge chunks are stored full size, as v2 requires). */
  async writeChunk(chunkIndex: readonly number[], bytes: Uint8Array): Promise<void> {
    const expected = this.chunkLength() * itemSize(this.meta.dtype);
    if (bytes.byteLength !== expected) throw new WxError('WX_ERR_STORE', `array ${this.dir}: chunk has ${bytes.byteLength} bytes, expected ${expected}`);
    const data = this.meta.compressor === null ? bytes : await deflateAsync(bytes, { level: this.meta.compressor.level });
    await writeAtomic(this.key(chunkIndex), data);
  }

  /** Reads one chunk's raw bytes, or undefined when it was never written (the fill value applies). */
  async readChunk(chunkIndex: readonly number[]): Promise<Uint8Array | undefined> {
    let raw: Buffer;
    try {
      raw = await readFile(this.key(chunkIndex));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new WxError('WX_ERR_STORE', `cannot read chunk ${chunkIndex.join('.')} of ${this.dir}`, { cause: err });
    }
    return this.meta.compressor === null ? raw : await inflateAsync(raw);
  }

  async writeFloat32Chunk(chunkIndex: readonly number[], values: Float32Array): Promise<void> {
    if (this.meta.dtype !== '<f4') throw new WxError('WX_ERR_STORE', `array ${this.dir} is ${this.meta.dtype}, not <f4`);
    await this.writeChunk(chunkIndex, toLittleEndianBytes(values));
  }

  /** A float32 chunk; NaN-filled when never written. */
  async readFloat32Chunk(chunkIndex: readonly number[]): Promise<Float32Array> {
    const bytes = await this.readChunk(chunkIndex);
    if (bytes === undefined) return new Float32Array(this.chunkLength()).fill(NaN);
    return fromLittleEndianBytes(bytes, Float32Array) as Float32Array;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function toLittleEndianBytes(values: NumericArray): Uint8Array {
  if (!LITTLE_ENDIAN) throw new WxError('WX_ERR_STORE', 'big-endian hosts are not supported by the field store');
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

export function fromLittleEndianBytes<T extends NumericArray>(bytes: Uint8Array, ctor: { new (buf: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  // Copy into a fresh, aligned buffer: Buffers from fs/zlib may start at unaligned offsets.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new ctor(copy.buffer);
}

/** Encodes labels as numpy fixed-width unicode (`<U{width}`: UTF-32LE code points, zero-padded). */
export function encodeUnicode(labels: readonly string[], width: number): Uint8Array {
  const out = new Uint32Array(labels.length * width);
  labels.forEach((label, i) => {
    const cps = [...label].map((c) => c.codePointAt(0) ?? 0);
    if (cps.length > width) throw new WxError('WX_ERR_STORE', `label '${label}' is longer than ${width} characters`);
    cps.forEach((cp, j) => (out[i * width + j] = cp));
  });
  return new Uint8Array(out.buffer);
}

export function decodeUnicode(bytes: Uint8Array, width: number, count: number): string[] {
  const cps = fromLittleEndianBytes(bytes, Int32Array);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let j = 0; j < width; j++) {
      const cp = cps[i * width + j] ?? 0;
      if (cp === 0) break;
      s += String.fromCodePoint(cp);
    }
    out.push(s);
  }
  return out;
}
