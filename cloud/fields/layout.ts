/**
 * Shared pieces of the field-store layout (docs/field-store.md): the grid and variable list kept in
 * the group attributes, the lat/lon/var coordinate arrays, and an appendable 1-D coordinate (time,
 * run) whose values are kept in memory and whose last chunk is rewritten on append.
 */
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';
import type { LatLonGrid } from '../assimilation/geo.js';
import { ZarrArray, decodeUnicode, encodeUnicode, fromLittleEndianBytes, toLittleEndianBytes, type ZarrDType } from './zarr-v2.js';

export const LABEL_WIDTH = 24;
const COORD_CHUNK = 1024;

/** CF time encoding that xarray decodes to datetime64. */
export const TIME_ATTRS = { units: 'seconds since 1970-01-01 00:00:00', calendar: 'proleptic_gregorian', standard_name: 'time' };

export interface StoredVariable {
  /** Variable name, e.g. 'temperature' (common/variables.ts) or a model's own name such as 'z500'. */
  name: string;
  units: string;
}

export function gridAttrs(grid: LatLonGrid): Record<string, number | boolean> {
  return { lat0Deg: grid.lat0Deg, dLatDeg: grid.dLatDeg, nLat: grid.nLat, lon0Deg: grid.lon0Deg, dLonDeg: grid.dLonDeg, nLon: grid.nLon, periodicLon: grid.periodicLon };
}

export function gridFromAttrs(value: unknown, where: string): LatLonGrid {
  const g = value as Partial<LatLonGrid> | undefined;
  const nums = ['lat0Deg', 'dLatDeg', 'nLat', 'lon0Deg', 'dLonDeg', 'nLon'] as const;
  if (g === undefined || typeof g !== 'object' || nums.some((k) => typeof g[k] !== 'number') || typeof g.periodicLon !== 'boolean') {
    throw new WxError('WX_ERR_STORE', `${where}: group attribute 'grid' is missing or malformed`);
  }
  return g as LatLonGrid;
}

/** Throws naming the first field where an existing store's grid or variables differ from the requested ones. */
export function assertSameLayout(where: string, stored: { grid: LatLonGrid; variables: readonly StoredVariable[] }, wanted: { grid: LatLonGrid; variables: readonly StoredVariable[] }): void {
  for (const [k, v] of Object.entries(gridAttrs(wanted.grid))) {
    const s = (gridAttrs(stored.grid) as Record<string, unknown>)[k];
    if (typeof v === 'number' ? Math.abs((s as number) - v) > 1e-9 : s !== v) {
      throw new WxError('WX_ERR_CONFIG_INVALID', `${where} holds another grid (${k} ${String(s)} != ${String(v)})`, { field: `grid.${k}` });
    }
  }
  const a = stored.variables.map((v) => v.name).join(',');
  const b = wanted.variables.map((v) => v.name).join(',');
  if (a !== b) throw new WxError('WX_ERR_CONFIG_INVALID', `${where} holds variables [${a}], not [${b}]`, { field: 'variables' });
}

export function validateVariables(variables: readonly StoredVariable[]): void {
  const problems: string[] = [];
  if (variables.length === 0) problems.push('variables: at least one is needed');
  const seen = new Set<string>();
  for (const v of variables) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(v.name) || v.name.length > LABEL_WIDTH) problems.push(`variables: '${v.name}' must be an identifier of at most ${LABEL_WIDTH} characters`);
    if (seen.has(v.name)) problems.push(`variables: '${v.name}' is listed twice`);
    seen.add(v.name);
  }
  if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', 'field store variables are invalid', { field: 'variables', details: problems });
}

/** Writes lat, lon and var coordinate arrays (one chunk each). */
export async function writeSpatialCoords(root: string, grid: LatLonGrid, variables: readonly StoredVariable[]): Promise<void> {
  const lat = Float64Array.from({ length: grid.nLat }, (_, i) => grid.lat0Deg + i * grid.dLatDeg);
  const lon = Float64Array.from({ length: grid.nLon }, (_, j) => grid.lon0Deg + j * grid.dLonDeg);
  const latArr = await ZarrArray.create(join(root, 'lat'), { shape: [grid.nLat], chunks: [grid.nLat], dtype: '<f8', dims: ['lat'], attrs: { units: 'degrees_north', standard_name: 'latitude' } });
  await latArr.writeChunk([0], toLittleEndianBytes(lat));
  const lonArr = await ZarrArray.create(join(root, 'lon'), { shape: [grid.nLon], chunks: [grid.nLon], dtype: '<f8', dims: ['lon'], attrs: { units: 'degrees_east', standard_name: 'longitude' } });
  await lonArr.writeChunk([0], toLittleEndianBytes(lon));
  const varArr = await ZarrArray.create(join(root, 'var'), { shape: [variables.length], chunks: [variables.length], dtype: `<U${LABEL_WIDTH}`, dims: ['var'], attrs: { units_by_var: variables.map((v) => v.units) } });
  await varArr.writeChunk([0], encodeUnicode(variables.map((v) => v.name), LABEL_WIDTH));
}

export async function readVarLabels(root: string): Promise<string[]> {
  const arr = await ZarrArray.open(join(root, 'var'));
  const bytes = await arr.readChunk([0]);
  return bytes === undefined ? [] : decodeUnicode(bytes, LABEL_WIDTH, arr.shape[0] ?? 0);
}

/** An appendable 1-D coordinate of int64 (times in seconds) or int32 values, mirrored in memory. */
export class AppendableCoord {
  private constructor(
    private readonly array: ZarrArray,
    private readonly values: number[],
  ) {}

  static async create(dir: string, dim: string, dtype: '<i8' | '<i4', attrs: Record<string, unknown>): Promise<AppendableCoord> {
    const arr = await ZarrArray.create(dir, { shape: [0], chunks: [COORD_CHUNK], dtype, dims: [dim], attrs });
    return new AppendableCoord(arr, []);
  }

  static async open(dir: string): Promise<AppendableCoord> {
    const arr = await ZarrArray.open(dir);
    const n = arr.shape[0] ?? 0;
    const values: number[] = [];
    for (let c = 0; c * COORD_CHUNK < n; c++) {
      const bytes = await arr.readChunk([c]);
      const chunk = bytes === undefined ? undefined : arr.dtype === '<i8' ? fromLittleEndianBytes(bytes, BigInt64Array) : fromLittleEndianBytes(bytes, Int32Array);
      for (let i = 0; i < COORD_CHUNK && c * COORD_CHUNK + i < n; i++) values.push(Number(chunk?.[i] ?? 0));
    }
    return new AppendableCoord(arr, values);
  }

  get length(): number {
    return this.values.length;
  }

  all(): readonly number[] {
    return this.values;
  }

  at(i: number): number | undefined {
    return this.values[i];
  }

  /** Sets value i (i <= length; i == length appends and grows the array). */
  async set(i: number, value: number): Promise<void> {
    if (i > this.values.length) throw new WxError('WX_ERR_STORE', `coordinate ${this.array.dir}: index ${i} beyond the end ${this.values.length}`);
    this.values[i] = value;
    const c = Math.floor(i / COORD_CHUNK);
    const slice = this.values.slice(c * COORD_CHUNK, (c + 1) * COORD_CHUNK);
    const dtype: ZarrDType = this.array.dtype;
    const chunk = dtype === '<i8' ? new BigInt64Array(COORD_CHUNK) : new Int32Array(COORD_CHUNK);
    slice.forEach((v, k) => (chunk instanceof BigInt64Array ? (chunk[k] = BigInt(Math.round(v))) : (chunk[k] = v)));
    await this.array.writeChunk([c], toLittleEndianBytes(chunk));
    if (this.values.length !== (this.array.shape[0] ?? 0)) await this.array.resizeFirst(this.values.length);
  }
}
