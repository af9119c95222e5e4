/**
 * Gridded forecasts in a Zarr v2 group (docs/field-store.md): `forecast` as
 * (run, lead, member|quantile, var, lat, lon) float32, one chunk per (run, lead, member, var) so a
 * roll-out writes each step as it comes and never holds more than one step. Runs append along `run`;
 * `leads_done` (run) counts the leads written, so readers can tell a finished run from one in flight.
 */
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';
import type { LatLonGrid } from '../assimilation/geo.js';
import { AppendableCoord, TIME_ATTRS, assertSameLayout, gridAttrs, gridFromAttrs, readVarLabels, validateVariables, writeSpatialCoords, type StoredVariable } from './layout.js';
import { ZarrArray, fromLittleEndianBytes, readAttrs, toLittleEndianBytes, writeGroup } from './zarr-v2.js';

export interface ForecastStoreSpec {
  grid: LatLonGrid;
  variables: readonly StoredVariable[];
  /** Lead times in hours, ascending, e.g. [1, 2, ..., 24]. */
  leadsHours: readonly number[];
  /** Ensemble axis: `members` raw members (dimension `member`), or quantile levels in (0, 1) (dimension `quantile`). */
  ensemble: { members: number } | { quantiles: readonly number[] };
  attrs?: Record<string, unknown>;
}

export class ForecastStore {
  private constructor(
    readonly root: string,
    readonly grid: LatLonGrid,
    readonly variables: readonly StoredVariable[],
    readonly leadsHours: readonly number[],
    /** 'member' or 'quantile'. */
    readonly ensembleDim: 'member' | 'quantile',
    /** Member numbers or quantile levels. */
    readonly ensembleLabels: readonly number[],
    private readonly run: AppendableCoord,
    private readonly leadsDone: AppendableCoord,
    private readonly data: ZarrArray,
  ) {}

  static async open(root: string, spec: ForecastStoreSpec): Promise<ForecastStore> {
    validateVariables(spec.variables);
    const problems: string[] = [];
    if (spec.leadsHours.length === 0 || spec.leadsHours.some((h, i) => !(h > 0) || (i > 0 && h <= (spec.leadsHours[i - 1] ?? 0)))) problems.push('leadsHours: must be positive and ascending');
    if ('members' in spec.ensemble && !(Number.isInteger(spec.ensemble.members) && spec.ensemble.members >= 1)) problems.push('ensemble.members: must be an integer >= 1');
    if ('quantiles' in spec.ensemble && (spec.ensemble.quantiles.length === 0 || spec.ensemble.quantiles.some((q) => !(q > 0 && q < 1)))) problems.push('ensemble.quantiles: levels must lie in (0, 1)');
    if (problems.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', 'forecast store spec is invalid', { field: 'forecastStore', details: problems });
    if ((await readAttrs(root)) === undefined) return ForecastStore.create(root, spec);
    const existing = await ForecastStore.openExisting(root);
    assertSameLayout(`forecast store ${root}`, existing, spec);
    if (existing.leadsHours.join(',') !== spec.leadsHours.join(',')) throw new WxError('WX_ERR_CONFIG_INVALID', `forecast store ${root} holds other leads`, { field: 'leadsHours' });
    const labels = 'members' in spec.ensemble ? Array.from({ length: spec.ensemble.members }, (_, i) => i) : [...spec.ensemble.quantiles];
    if (existing.ensembleLabels.join(',') !== labels.join(',')) throw new WxError('WX_ERR_CONFIG_INVALID', `forecast store ${root} holds another ensemble axis`, { field: 'ensemble' });
    return existing;
  }

  static async openExisting(root: string): Promise<ForecastStore> {
    const attrs = await readAttrs(root);
    if (attrs === undefined) throw new WxError('WX_ERR_NOT_FOUND', `no forecast store at ${root}`);
    if (attrs.wx_kind !== 'forecast') throw new WxError('WX_ERR_STORE', `${root} is not a forecast store (wx_kind ${String(attrs.wx_kind)})`);
    const grid = gridFromAttrs(attrs.grid, root);
    const labels = await readVarLabels(root);
    const units = (attrs.units_by_var as string[] | undefined) ?? [];
    const ensembleDim = attrs.ensemble_dim === 'quantile' ? 'quantile' : 'member';
    const run = await AppendableCoord.open(join(root, 'run'));
    const leadsDone = await AppendableCoord.open(join(root, 'leads_done'));
    const data = await ZarrArray.open(join(root, 'forecast'));
    return new ForecastStore(
      root,
      grid,
      labels.map((name, i) => ({ name, units: units[i] ?? '' })),
      (attrs.leads_hours as number[]) ?? [],
      ensembleDim,
      (attrs.ensemble_labels as number[]) ?? [],
      run,
      leadsDone,
      data,
    );
  }

  private static async create(root: string, spec: ForecastStoreSpec): Promise<ForecastStore> {
    const { grid, variables } = spec;
    const ensembleDim = 'members' in spec.ensemble ? 'member' : 'quantile';
    const labels = 'members' in spec.ensemble ? Array.from({ length: spec.ensemble.members }, (_, i) => i) : [...spec.ensemble.quantiles];
    await writeGroup(root, {
      ...(spec.attrs ?? {}),
      Conventions: 'CF-1.8',
      wx_kind: 'forecast',
      wx_layout_version: 1,
      grid: gridAttrs(grid),
      units_by_var: variables.map((v) => v.units),
      leads_hours: [...spec.leadsHours],
      ensemble_dim: ensembleDim,
      ensemble_labels: labels,
    });
    await writeSpatialCoords(root, grid, variables);
    const leadArr = await ZarrArray.create(join(root, 'lead'), { shape: [spec.leadsHours.length], chunks: [spec.leadsHours.length], dtype: '<f8', dims: ['lead'], attrs: { units: 'hours', long_name: 'lead time' } });
    await leadArr.writeChunk([0], toLittleEndianBytes(Float64Array.from(spec.leadsHours)));
    const ensArr = await ZarrArray.create(join(root, ensembleDim), { shape: [labels.length], chunks: [labels.length], dtype: ensembleDim === 'member' ? '<i4' : '<f8', dims: [ensembleDim] });
    await ensArr.writeChunk([0], toLittleEndianBytes(ensembleDim === 'member' ? Int32Array.from(labels) : Float64Array.from(labels)));
    const run = await AppendableCoord.create(join(root, 'run'), 'run', '<i8', { ...TIME_ATTRS, long_name: 'forecast initial time' });
    const leadsDone = await AppendableCoord.create(join(root, 'leads_done'), 'run', '<i4', { long_name: 'number of leads written for this run' });
    const data = await ZarrArray.create(join(root, 'forecast'), {
      shape: [0, spec.leadsHours.length, labels.length, variables.length, grid.nLat, grid.nLon],
      chunks: [1, 1, 1, 1, grid.nLat, grid.nLon],
      dtype: '<f4',
      dims: ['run', 'lead', ensembleDim, 'var', 'lat', 'lon'],
      attrs: { long_name: 'forecast' },
    });
    return new ForecastStore(root, grid, variables, spec.leadsHours, ensembleDim, labels, run, leadsDone, data);
  }

  /** Run initial times (ms), ascending. */
  runs(): readonly number[] {
    return this.run.all().map((s) => s * 1000);
  }

  leadsWritten(runIndex: number): number {
    return this.leadsDone.at(runIndex) ?? 0;
  }

  /** The newest run whose every lead is written, or undefined. */
  latestCompleteRun(): number | undefined {
    for (let i = this.run.length - 1; i >= 0; i--) if (this.leadsWritten(i) >= this.leadsHours.length) return i;
    return undefined;
  }

  /** Starts (or restarts) the run at `runTimeMs`; returns its index. A new run must be later than the stored ones. */
  async beginRun(runTimeMs: number): Promise<number> {
    const seconds = Math.round(runTimeMs / 1000);
    const existing = this.run.all().indexOf(seconds);
    const last = this.run.at(this.run.length - 1);
    if (existing < 0 && last !== undefined && seconds < last) throw new WxError('WX_ERR_STORE', 'forecast run is earlier than the latest stored one', { field: 'runTimeMs' });
    const index = existing >= 0 ? existing : this.run.length;
    if (index === this.run.length) await this.data.resizeFirst(index + 1);
    await this.leadsDone.set(index, 0);
    await this.run.set(index, seconds);
    return index;
  }

  /**
   * Writes one lead of a run: `fields` holds every ensemble entry and variable, layout
   * [ensemble][var][lat][lon] (the batched model output). Leads must be written in order.
   */
  async writeLead(runIndex: number, leadIndex: number, fields: Float32Array): Promise<void> {
    if (leadIndex !== this.leadsWritten(runIndex)) throw new WxError('WX_ERR_STORE', `lead ${leadIndex} written out of order (next is ${this.leadsWritten(runIndex)})`, { field: 'leadIndex' });
    await this.writeFields(runIndex, leadIndex, 0, fields);
    await this.markLeadsDone(runIndex, leadIndex + 1);
  }

  /**
   * Writes part of one lead: ensemble entries from `firstEnsemble` on, layout [ensemble][var][lat][lon].
   * For roll-outs that batch fewer members than the store holds; call markLeadsDone when a lead is whole.
   */
  async writeFields(runIndex: number, leadIndex: number, firstEnsemble: number, fields: Float32Array): Promise<void> {
    const nPts = this.grid.nLat * this.grid.nLon;
    const nVar = this.variables.length;
    const count = fields.length / (nVar * nPts);
    if (!Number.isInteger(count) || count < 1 || firstEnsemble + count > this.ensembleLabels.length) {
      throw new WxError('WX_ERR_STORE', `lead part has ${fields.length} values: not a whole number of entries of ${nVar} × ${nPts} within the ensemble axis`, { field: 'fields' });
    }
    if (runIndex >= this.run.length) throw new WxError('WX_ERR_STORE', `run ${runIndex} was not begun`, { field: 'runIndex' });
    if (leadIndex < 0 || leadIndex >= this.leadsHours.length) throw new WxError('WX_ERR_STORE', `lead ${leadIndex} is outside the store's leads`, { field: 'leadIndex' });
    for (let e = 0; e < count; e++) {
      for (let v = 0; v < nVar; v++) {
        const off = (e * nVar + v) * nPts;
        await this.data.writeFloat32Chunk([runIndex, leadIndex, firstEnsemble + e, v, 0, 0], fields.subarray(off, off + nPts));
      }
    }
  }

  async markLeadsDone(runIndex: number, leads: number): Promise<void> {
    await this.leadsDone.set(runIndex, leads);
  }

  /** One field (NaN where not written). */
  async readField(runIndex: number, leadIndex: number, ensembleIndex: number, variable: string): Promise<Float32Array> {
    const v = this.variables.findIndex((x) => x.name === variable);
    if (v < 0) throw new WxError('WX_ERR_NOT_FOUND', `variable '${variable}' is not in this store`, { field: 'variable' });
    const bytes = await this.data.readChunk([runIndex, leadIndex, ensembleIndex, v, 0, 0]);
    return bytes === undefined ? new Float32Array(this.grid.nLat * this.grid.nLon).fill(NaN) : fromLittleEndianBytes(bytes, Float32Array);
  }
}
