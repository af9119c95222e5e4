/**
 * Read-side queries over the field stores, shared by the REST routes and the gRPC service: a point
 * forecast with ensemble quantiles per lead and variable, the latest analysis at a point or over a
 * box, and a field for map tiles. Stores are reopened per query (cheap: a few small metadata files),
 * so a reader always sees what the cycle wrote last; the latest complete forecast run is cached whole
 * when small, because a point query touches every (lead, member, variable) chunk of it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';
import { bilinearWeights, type LatLonGrid } from '../assimilation/geo.js';
import { AnalysisStore } from './analysis-store.js';
import { ForecastStore } from './forecast-store.js';

export interface FieldSources {
  /** Analysis store directory (Zarr group). */
  analysisRoot?: string;
  /** Forecast store directory (Zarr group). */
  forecastRoot?: string;
}

export interface PointValue {
  mean: number | null;
  /** Quantile level (as a string, e.g. '0.1') → value. */
  quantiles: Record<string, number | null>;
}

export interface PointForecast {
  runTime: string;
  latDeg: number;
  lonDeg: number;
  members: number;
  leads: Array<{ leadHours: number; validTime: string; values: Record<string, PointValue> }>;
}

export interface AnalysisAnswer {
  time: string;
  variables: Array<{ name: string; units: string }>;
  /** Point query: one entry; box query: every grid point inside the box. */
  points: Array<{ latDeg: number; lonDeg: number; values: Record<string, { value: number | null; spread: number | null }> }>;
}

const CACHE_LIMIT_VALUES = 16 * 2 ** 20; // 64 MB of float32
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Type-7 quantile (as numpy's default) of values, NaNs dropped. */
export function quantileOf(values: readonly number[], p: number): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, xs.length - 1);
  return (xs[lo] as number) + (h - lo) * ((xs[hi] as number) - (xs[lo] as number));
}

/** Bilinear sampler at one point; NaN outside the grid. */
export function pointSampler(grid: LatLonGrid, latDeg: number, lonDeg: number): ((field: ArrayLike<number>) => number) | undefined {
  const idx = new Int32Array(4);
  const w = new Float64Array(4);
  if (!bilinearWeights(grid, latDeg, lonDeg, idx, w)) return undefined;
  return (field) => {
    let v = 0;
    for (let c = 0; c < 4; c++) v += (w[c] as number) * (field[idx[c] as number] as number);
    return v;
  };
}

export class FieldQueries {
  private cache: { key: string; fields: Map<string, Float32Array> } | undefined;

  constructor(private readonly sources: FieldSources) {}

  private async forecastStore(): Promise<ForecastStore> {
    if (!this.sources.forecastRoot) throw new WxError('WX_ERR_NOT_FOUND', 'this hub keeps no forecasts');
    return ForecastStore.openExisting(this.sources.forecastRoot);
  }

  private async analysisStore(): Promise<AnalysisStore> {
    if (!this.sources.analysisRoot) throw new WxError('WX_ERR_NOT_FOUND', 'this hub keeps no analyses');
    return AnalysisStore.openExisting(this.sources.analysisRoot);
  }

  private async field(store: ForecastStore, run: number, lead: number, ens: number, variable: string): Promise<Float32Array> {
    // The run's leads_done chunk is rewritten with every lead, so its mtime tells a re-run apart.
    const stamp = statSync(join(store.root, 'leads_done', String(Math.floor(run / 1024))), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const key = `${store.root}:${store.runs()[run]}:${stamp}`;
    const total = store.leadsHours.length * store.ensembleLabels.length * store.variables.length * store.grid.nLat * store.grid.nLon;
    if (total > CACHE_LIMIT_VALUES) return store.readField(run, lead, ens, variable);
    if (this.cache?.key !== key) this.cache = { key, fields: new Map() };
    const k = `${lead}:${ens}:${variable}`;
    let f = this.cache.fields.get(k);
    if (!f) this.cache.fields.set(k, (f = await store.readField(run, lead, ens, variable)));
    return f;
  }

  /** Point forecast from the latest complete run: per lead and variable, the ensemble mean and quantiles. */
  async pointForecast(latDeg: number, lonDeg: number, quantiles: readonly number[]): Promise<PointForecast> {
    const store = await this.forecastStore();
    const run = store.latestCompleteRun();
    if (run === undefined) throw new WxError('WX_ERR_NOT_FOUND', 'no complete forecast run yet');
    const sample = pointSampler(store.grid, latDeg, lonDeg);
    if (!sample) throw new WxError('WX_ERR_QUERY_INVALID', `point ${latDeg}, ${lonDeg} is outside the forecast grid`, { field: 'lat' });
    const runMs = store.runs()[run] as number;
    const leads: PointForecast['leads'] = [];
    for (const [li, h] of store.leadsHours.entries()) {
      const values: Record<string, PointValue> = {};
      for (const v of store.variables) {
        const xs: number[] = [];
        for (let e = 0; e < store.ensembleLabels.length; e++) xs.push(sample(await this.field(store, run, li, e, v.name)));
        const q: Record<string, number | null> = {};
        if (store.ensembleDim === 'quantile') store.ensembleLabels.forEach((level, e) => (q[String(level)] = finite(xs[e] as number)));
        else for (const p of quantiles) q[String(p)] = finite(quantileOf(xs, p));
        const ok = xs.filter(Number.isFinite);
        values[v.name] = { mean: store.ensembleDim === 'member' && ok.length > 0 ? ok.reduce((a, b) => a + b, 0) / ok.length : null, quantiles: q };
      }
      leads.push({ leadHours: h, validTime: new Date(runMs + h * 3_600_000).toISOString(), values });
    }
    return { runTime: new Date(runMs).toISOString(), latDeg, lonDeg, members: store.ensembleLabels.length, leads };
  }

  /** Latest analysis at a point (bilinear) or at every grid point inside a box. */
  async latestAnalysis(where: { latDeg: number; lonDeg: number } | { south: number; west: number; north: number; east: number }): Promise<AnalysisAnswer> {
    const store = await this.analysisStore();
    const rec = await store.latest();
    if (!rec) throw new WxError('WX_ERR_NOT_FOUND', 'no analysis yet');
    const points: AnalysisAnswer['points'] = [];
    const g = store.grid;
    if ('latDeg' in where) {
      const sample = pointSampler(g, where.latDeg, where.lonDeg);
      if (!sample) throw new WxError('WX_ERR_QUERY_INVALID', `point ${where.latDeg}, ${where.lonDeg} is outside the analysis grid`, { field: 'lat' });
      const values: AnalysisAnswer['points'][number]['values'] = {};
      for (const v of store.variables) values[v.name] = { value: finite(sample(rec.mean[v.name] as Float32Array)), spread: finite(sample(rec.spread[v.name] as Float32Array)) };
      points.push({ latDeg: where.latDeg, lonDeg: where.lonDeg, values });
    } else {
      for (let i = 0; i < g.nLat; i++) {
        const lat = g.lat0Deg + i * g.dLatDeg;
        if (lat < where.south - 1e-9 || lat > where.north + 1e-9) continue;
        for (let j = 0; j < g.nLon; j++) {
          const lon = g.lon0Deg + j * g.dLonDeg;
          const lonW = ((((lon - where.west + 1e-9) % 360) + 360) % 360) + where.west - 1e-9;
          if (lonW > where.east + 1e-9) continue;
          const p = i * g.nLon + j;
          const values: AnalysisAnswer['points'][number]['values'] = {};
          for (const v of store.variables) values[v.name] = { value: finite((rec.mean[v.name] as Float32Array)[p] as number), spread: finite((rec.spread[v.name] as Float32Array)[p] as number) };
          points.push({ latDeg: lat, lonDeg: lon, values });
        }
      }
      if (points.length > 100_000) throw new WxError('WX_ERR_QUERY_INVALID', 'box holds more than 100,000 grid points', { field: 'bbox' });
    }
    return { time: new Date(rec.timeMs).toISOString(), variables: store.variables.map((v) => ({ name: v.name, units: v.units })), points };
  }

  /** A field for a map: the latest analysis mean (lead undefined) or the ensemble mean of the latest complete forecast at a lead. */
  async mapField(variable: string, leadHours?: number): Promise<{ grid: LatLonGrid; field: Float32Array; units: string; validTimeMs: number }> {
    if (leadHours === undefined) {
      const store = await this.analysisStore();
      const v = store.variables.find((x) => x.name === variable);
      if (!v) throw new WxError('WX_ERR_QUERY_INVALID', `variable '${variable}' is not analysed (${store.variables.map((x) => x.name).join(', ')})`, { field: 'variable' });
      const rec = await store.latest();
      if (!rec) throw new WxError('WX_ERR_NOT_FOUND', 'no analysis yet');
      return { grid: store.grid, field: rec.mean[variable] as Float32Array, units: v.units, validTimeMs: rec.timeMs };
    }
    const store = await this.forecastStore();
    const v = store.variables.find((x) => x.name === variable);
    if (!v) throw new WxError('WX_ERR_QUERY_INVALID', `variable '${variable}' is not forecast`, { field: 'variable' });
    const run = store.latestCompleteRun();
    if (run === undefined) throw new WxError('WX_ERR_NOT_FOUND', 'no complete forecast run yet');
    const li = store.leadsHours.indexOf(leadHours);
    if (li < 0) throw new WxError('WX_ERR_QUERY_INVALID', `lead ${leadHours} h is not forecast (${store.leadsHours.join(', ')})`, { field: 'lead' });
    const mean = new Float32Array(store.grid.nLat * store.grid.nLon);
    for (let e = 0; e < store.ensembleLabels.length; e++) {
      const f = await this.field(store, run, li, e, variable);
      for (let p = 0; p < mean.length; p++) mean[p] = (mean[p] as number) + (f[p] as number) / store.ensembleLabels.length;
    }
    return { grid: store.grid, field: mean, units: v.units, validTimeMs: (store.runs()[run] as number) + leadHours * 3_600_000 };
  }
}
