/**
 * Gridded analyses in a Zarr v2 group (docs/field-store.md): `mean` and `spread` as
 * (time, var, lat, lon) float32, one chunk per time and variable, appendable by time.
 *
 * Writes go in an order that leaves a readable store after a crash: data chunks first, then the
 * data arrays' shapes, then the time coordinate, whose length is what readers trust.
 */
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';
import type { LatLonGrid } from '../assimilation/geo.js';
import { AppendableCoord, TIME_ATTRS, assertSameLayout, gridAttrs, gridFromAttrs, readVarLabels, validateVariables, writeSpatialCoords, type StoredVariable } from './layout.js';
import { ZarrArray, readAttrs, writeGroup } from './zarr-v2.js';

export interface AnalysisStoreSpec {
  grid: LatLonGrid;
  variables: readonly StoredVariable[];
  /** Free attributes kept in the group (e.g. method, source). */
  attrs?: Record<string, unknown>;
}

/** Fields keyed by variable name, each nLat * nLon values in grid order (rows south → north). */
export type FieldsByVariable = Readonly<Record<string, ArrayLike<number>>>;

export interface AnalysisRecord {
  timeMs: number;
  mean: Record<string, Float32Array>;
  spread: Record<string, Float32Array>;
}

export class AnalysisStore {
  private constructor(
    readonly root: string,
    readonly grid: LatLonGrid,
    readonly variables: readonly StoredVariable[],
    private readonly time: AppendableCoord,
    private readonly mean: ZarrArray,
    private readonly spread: ZarrArray,
  ) {}

  /** Opens the store at `root` (a directory, by convention `*.zarr`), creating it when absent; an existing store must hold the same grid and variables. */
  static async open(root: string, spec: AnalysisStoreSpec): Promise<AnalysisStore> {
    validateVariables(spec.variables);
    const attrs = await readAttrs(root);
    if (attrs === undefined) return AnalysisStore.create(root, spec);
    const existing = await AnalysisStore.openExisting(root);
    assertSameLayout(`analysis store ${root}`, existing, spec);
    return existing;
  }

  /** Opens an existing store, taking grid and variables from it (read-only users such as the API). */
  static async openExisting(root: string): Promise<AnalysisStore> {
    const attrs = await readAttrs(root);
    if (attrs === undefined) throw new WxError('WX_ERR_NOT_FOUND', `no analysis store at ${root}`);
    if (attrs.wx_kind !== 'analysis') throw new WxError('WX_ERR_STORE', `${root} is not an analysis store (wx_kind ${String(attrs.wx_kind)})`);
    const grid = gridFromAttrs(attrs.grid, root);
    const labels = await readVarLabels(root);
    const units = (attrs.units_by_var as string[] | undefined) ?? [];
    const variables = labels.map((name, i) => ({ name, units: units[i] ?? '' }));
    const time = await AppendableCoord.open(join(root, 'time'));
    const mean = await ZarrArray.open(join(root, 'mean'));
    const spread = await ZarrArray.open(join(root, 'spread'));
    return new AnalysisStore(root, grid, variables, time, mean, spread);
  }

  private static async create(root: string, spec: AnalysisStoreSpec): Promise<AnalysisStore> {
    const { grid, variables } = spec;
    await writeGroup(root, {
      ...(spec.attrs ?? {}),
      Conventions: 'CF-1.8',
      wx_kind: 'analysis',
      wx_layout_version: 1,
      grid: gridAttrs(grid),
      units_by_var: variables.map((v) => v.units),
    });
    await writeSpatialCoords(root, grid, variables);
    const time = await AppendableCoord.create(join(root, 'time'), 'time', '<i8', TIME_ATTRS);
    const dims = ['time', 'var', 'lat', 'lon'];
    const shape = [0, variables.length, grid.nLat, grid.nLon];
    const chunks = [1, 1, grid.nLat, grid.nLon];
    const mean = await ZarrArray.create(join(root, 'mean'), { shape, chunks, dtype: '<f4', dims, attrs: { long_name: 'analysis mean' } });
    const spread = await ZarrArray.create(join(root, 'spread'), { shape, chunks, dtype: '<f4', dims, attrs: { long_name: 'analysis spread (standard deviation of the analysis error estimate)' } });
    return new AnalysisStore(root, grid, variables, time, mean, spread);
  }

  /** Analysis times (ms since epoch), ascending. */
  times(): readonly number[] {
    return this.time.all().map((s) => s * 1000);
  }

  get length(): number {
    return this.time.length;
  }

  /**
   * Stores one analysis. A time equal to a stored one replaces it (a re-run cycle); a later time
   * appends; an earlier, new time is refused (the time axis stays sorted). Times are whole seconds.
   * `spread` may omit variables (stored as NaN).
   */
  async append(timeMs: number, mean: FieldsByVariable, spread: FieldsByVariable = {}): Promise<number> {
    const seconds = Math.round(timeMs / 1000);
    const existing = this.time.all().indexOf(seconds);
    const last = this.time.at(this.time.length - 1);
    if (existing < 0 && last !== undefined && seconds < last) {
      throw new WxError('WX_ERR_STORE', `analysis at ${new Date(seconds * 1000).toISOString()} is earlier than the latest stored one`, { field: 'timeMs' });
    }
    const index = existing >= 0 ? existing : this.time.length;
    const nPts = this.grid.nLat * this.grid.nLon;
    for (const [v, variable] of this.variables.entries()) {
      const m = mean[variable.name];
      if (m === undefined) throw new WxError('WX_ERR_STORE', `analysis lacks variable '${variable.name}'`, { field: `mean.${variable.name}` });
      if (m.length !== nPts) throw new WxError('WX_ERR_STORE', `analysis '${variable.name}' has ${m.length} values, grid has ${nPts}`, { field: `mean.${variable.name}` });
      await this.mean.writeFloat32Chunk([index, v, 0, 0], Float32Array.from(m));
      const s = spread[variable.name];
      if (s !== undefined && s.length !== nPts) throw new WxError('WX_ERR_STORE', `spread '${variable.name}' has ${s.length} values, grid has ${nPts}`, { field: `spread.${variable.name}` });
      await this.spread.writeFloat32Chunk([index, v, 0, 0], s === undefined ? new Float32Array(nPts).fill(NaN) : Float32Array.from(s));
    }
    if (index === this.time.length) {
      await this.mean.resizeFirst(index + 1);
      await this.spread.resizeFirst(index + 1);
    }
    await this.time.set(index, seconds);
    return index;
  }

  async read(index: number): Promise<AnalysisRecord> {
    const seconds = this.time.at(index);
    if (seconds === undefined) throw new WxError('WX_ERR_NOT_FOUND', `no analysis number ${index}`);
    const mean: Record<string, Float32Array> = {};
    const spread: Record<string, Float32Array> = {};
    for (const [v, variable] of this.variables.entries()) {
      mean[variable.name] = await this.mean.readFloat32Chunk([index, v, 0, 0]);
      spread[variable.name] = await this.spread.readFloat32Chunk([index, v, 0, 0]);
    }
    return { timeMs: seconds * 1000, mean, spread };
  }

  async latest(): Promise<AnalysisRecord | undefined> {
    return this.length === 0 ? undefined : this.read(this.length - 1);
  }

  /** The analysis valid at `timeMs` exactly, if stored. */
  async readAt(timeMs: number): Promise<AnalysisRecord | undefined> {
    const i = this.time.all().indexOf(Math.round(timeMs / 1000));
    return i < 0 ? undefined : this.read(i);
  }
}
