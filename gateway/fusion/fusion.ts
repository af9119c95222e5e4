import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { WxError } from '../../common/errors.js';
import { buddyCheck } from './buddy-check.js';
import { duplicateCheck } from './duplicate-check.js';
import { estimateAt, type Estimate, type EstimateInput, type EstimateParams } from './estimate.js';
import { isolationCheck } from './isolation-check.js';
import { resolveFusionOptions, type FusedVariable, type FusionOptions } from './options.js';
import { sct } from './sct.js';
import { createSharedSeriesDetector, type SharedSeriesState } from './shared-series.js';
import { createStationIndex } from './station-index.js';
import { createTrustModel, type TrustState } from './trust.js';
import { buildWitnesses, type Witness } from './witnesses.js';

export interface FusionStation {
  id: string;
  /** Degrees north. */
  lat: number;
  /** Degrees east. */
  lon: number;
  /** m above sea level; NaN or absent when unknown. */
  elevM?: number;
}

export interface Observation {
  stationId: string;
  /** Values in the platform units (°C, hPa, %, m/s); missing or NaN = not reported. */
  values: Partial<Record<FusedVariable, number>>;
}

export type FlagReason = 'buddy' | 'sct' | 'isolated' | 'duplicate';

export interface StationFlag {
  /** True when a spatial check (buddy or SCT) rejected the value; isolation alone is not rejection. */
  suspect: boolean;
  reasons: FlagReason[];
  /** True when the buddy check or the SCT could judge the value. */
  checked: boolean;
  /** Stations sharing this value as one witness (itself included). */
  witnessSize: number;
}

export interface CellEstimate {
  cell: string;
  lat: number;
  lon: number;
  values: Partial<Record<FusedVariable, Estimate>>;
}

export interface FusionResult {
  timeMs: number;
  flags: Record<string, Partial<Record<FusedVariable, StationFlag>>>;
  /** Shared-series groups (two or more station ids) in force at this step. */
  groups: string[][];
  trust: Record<string, number>;
  cells: CellEstimate[];
  /** Observations naming stations the fusion does not know (ignored). */
  unknownStations: string[];
}

export interface FusionState {
  version: 1;
  trust: TrustState;
  sharedSeries?: SharedSeriesState;
}

export interface Fusion {
  readonly options: Readonly<FusionOptions>;
  /** Runs the checks and the fusion for one time step. Raw values are read, never altered. */
  update(timeMs: number, observations: readonly Observation[]): FusionResult;
  /** Fused estimate at any point from the last step's accepted witnesses (elevM NaN: no adjustment). */
  estimate(variable: FusedVariable, lat: number, lon: number, elevM?: number): Estimate;
  /** JSON-able state (trust and the shared-series window) to persist and pass back to createFusion. */
  state(): FusionState;
}

export function createFusion(stations: readonly FusionStation[], options: unknown = {}, state?: FusionState): Fusion {
  const o = resolveFusionOptions(options);
  checkCrossFields(o, stations);
  const n = stations.length;
  const ids = stations.map((s) => s.id);
  const pos = { lats: stations.map((s) => s.lat), lons: stations.map((s) => s.lon), elevs: stations.map((s) => s.elevM ?? NaN) };
  const at = new Map(ids.map((id, i) => [id, i]));
  const dup = duplicateCheck(pos, o.duplicate, createStationIndex(pos.lats, pos.lons, 1));
  const usable = dup.map((d) => 1 - d);
  const trust = createTrustModel(o.trust, state?.trust);
  const ssVars = o.sharedSeries.variables;
  const detector = createSharedSeriesDetector(ids, ssVars.length, o.sharedSeries, state?.sharedSeries);
  const cellIds = [...new Set(stations.flatMap((s) => gridDisk(latLngToCell(s.lat, s.lon, o.h3Resolution), o.cellRings)))].sort();
  const cellCentres = cellIds.map((c) => cellToLatLng(c));
  let accepted = new Map<FusedVariable, EstimateInput[]>();

  const params = (v: FusedVariable): EstimateParams => ({ ...o.perVariable[v], radiusKm: o.estimateRadiusKm, minTrust: o.trust.minTrust });

  function update(timeMs: number, observations: readonly Observation[]): FusionResult {
    const unknown: string[] = [];
    const rows = new Map<string, number[]>();
    const byStation: Array<Observation['values'] | undefined> = new Array(n);
    for (const ob of observations) {
      const i = at.get(ob.stationId);
      if (i === undefined) {
        unknown.push(ob.stationId);
        continue;
      }
      byStation[i] = ob.values;
      rows.set(ob.stationId, ssVars.map((v) => ob.values[v] ?? NaN));
    }
    let groups: string[][] = [];
    if (o.sharedSeries.enabled) {
      detector.push(rows);
      groups = detector.groups();
    }
    const groupOf = new Int32Array(n).fill(-1);
    groups.forEach((g, k) => g.forEach((id) => (groupOf[at.get(id)!] = k)));

    const flags: FusionResult['flags'] = {};
    const trustBefore = ids.map((id) => trust.trust(id));
    accepted = new Map();
    for (const v of o.variables) {
      const values = Array.from({ length: n }, (_, i) => byStation[i]?.[v] ?? NaN);
      const wit = buildWitnesses(pos, values, groupOf, usable, o.sharedSeries.tolerance);
      const res = checkWitnesses(wit, v);
      const inputs: EstimateInput[] = [];
      wit.forEach((w, k) => {
        const reasons: FlagReason[] = [];
        if (res.isolated[k]) reasons.push('isolated');
        if (res.buddy.flags[k]) reasons.push('buddy');
        if (res.sct?.flags[k]) reasons.push('sct');
        const suspect = reasons.includes('buddy') || reasons.includes('sct');
        const checked = res.buddy.checked[k] === 1 || res.sct?.checked[k] === 1;
        const z2 = res.buddy.checked[k] ? ((w.value - res.buddy.mean[k]!) / res.buddy.sd[k]!) ** 2 : NaN;
        let t = 0;
        for (const i of w.members) {
          (flags[ids[i]!] ??= {})[v] = { suspect, reasons: [...reasons], checked, witnessSize: w.members.length };
          if (checked) trust.observe(ids[i]!, suspect, z2);
          t += trustBefore[i]!;
        }
        if (!suspect) inputs.push({ lat: w.lat, lon: w.lon, elev: w.elev, value: w.value, trust: t / w.members.length, stations: w.members.map((i) => ids[i]!) });
      });
      for (let i = 0; i < n; i++) {
        if (dup[i] && Number.isFinite(values[i]!)) (flags[ids[i]!] ??= {})[v] = { suspect: false, reasons: ['duplicate'], checked: false, witnessSize: 0 };
      }
      accepted.set(v, inputs);
    }
    const cells: CellEstimate[] = cellIds.map((cell, c) => {
      const [lat, lon] = cellCentres[c]!;
      const values: CellEstimate['values'] = {};
      for (const v of o.variables) values[v] = estimateAt(lat, lon, NaN, accepted.get(v) ?? [], params(v));
      return { cell, lat, lon, values };
    });
    return { timeMs, flags, groups, trust: Object.fromEntries(ids.map((id) => [id, trust.trust(id)])), cells, unknownStations: unknown };
  }

  function checkWitnesses(wit: Witness[], v: FusedVariable): { isolated: Uint8Array; buddy: ReturnType<typeof buddyCheck>; sct?: ReturnType<typeof sct> } {
    const pts = { lats: wit.map((w) => w.lat), lons: wit.map((w) => w.lon), elevs: wit.map((w) => w.elev) };
    const vals = wit.map((w) => w.value);
    const index = createStationIndex(pts.lats, pts.lons, Math.max(o.buddy.radiusKm, o.sct.outerRadiusKm));
    const vo = o.perVariable[v];
    const isolated = isolationCheck(pts, o.isolation, index);
    const buddy = buddyCheck(pts, vals, { ...o.buddy, elevGradientPerM: vo.elevGradientPerM, minSd: vo.minSd }, index);
    if (!o.sct.enabled) return { isolated, buddy };
    return { isolated, buddy, sct: sct(pts, vals, { ...o.sct, minSig2o: vo.minSig2o }, index) };
  }

  return {
    options: o,
    update,
    estimate: (v, lat, lon, elevM = NaN) => estimateAt(lat, lon, elevM, accepted.get(v) ?? [], params(v)),
    state: () => ({ version: 1, trust: trust.toJSON(), sharedSeries: detector.toJSON() }),
  };
}

function checkCrossFields(o: FusionOptions, stations: readonly FusionStation[]): void {
  const details: string[] = [];
  if (o.sct.outerRadiusKm < o.sct.innerRadiusKm) details.push('sct.outerRadiusKm: must be >= sct.innerRadiusKm');
  if (o.sct.maxCount < o.sct.minCount) details.push('sct.maxCount: must be >= sct.minCount');
  const seen = new Set<string>();
  stations.forEach((s, i) => {
    if (seen.has(s.id)) details.push(`stations.${i}.id: duplicate id ${s.id}`);
    seen.add(s.id);
    if (!(Math.abs(s.lat) <= 90)) details.push(`stations.${i}.lat: must be in [-90, 90]`);
    if (!(Math.abs(s.lon) <= 180)) details.push(`stations.${i}.lon: must be in [-180, 180]`);
  });
  if (details.length > 0) throw new WxError('WX_ERR_CONFIG_INVALID', `fusion options: configuration is invalid (${details.length} error${details.length === 1 ? '' : 's'})`, { details });
}
