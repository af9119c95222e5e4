/**
 * Hourly analyses of the Beijing grid for the built-in forecast model: the cloud's own cycling OI
 * (cloud/analysis, the hub's defaults) over the station observations, with the withheld stations
 * left out, so that both training and evaluation see analyses made without them.
 */
import { BEIJING_GRID } from '../../cloud/analysis/grids.js';
import { createAnalysisCycler, type CycleObservation } from '../../cloud/analysis/cycle.js';
import { DEFAULT_VARIABLE_SETTINGS } from '../../cloud/analysis/defaults.js';
import { toAnalysisValues } from '../../cloud/analysis/variables.js';
import { sharedSeriesGroups, type BeijingData } from '../../scripts/analysis-eval/harness.js';
import { N_STATE, STATE_VARIABLES } from './model.js';

/** Stations withheld from every analysis, with every station sharing their series (8 distinct series in 12 stations): three series spread over the box (north, north-west urban, north-east), fixed before any result was seen. */
export const WITHHELD_NAMES = ['Dingling', 'Wanliu', 'Shunyi'];

export interface AnalysisSeries {
  timesMs: number[];
  /** Local hour of day (Beijing, UTC+8) of each analysis. */
  hours: number[];
  /** Per hour: N_STATE × nPts (variable-major, grid order), float32. */
  fields: Float32Array[];
  withheld: number[];
}

/** Station indices withheld: the named ones and every station sharing a series with them (groups from `groupRows`). */
export function withheldStations(data: BeijingData, groupRows: readonly number[]): number[] {
  const groups = sharedSeriesGroups(data, groupRows);
  const named = new Set(WITHHELD_NAMES.map((n) => data.stations.findIndex((s) => s.name === n)));
  return groups.filter((g) => g.some((i) => named.has(i))).flat().sort((a, b) => a - b);
}

export function localHour(timeMs: number): number {
  return (new Date(timeMs).getUTCHours() + 8) % 24;
}

export function cycleAnalyses(data: BeijingData, rows: readonly number[], withheld: readonly number[], groupRows: readonly number[]): AnalysisSeries {
  const groups = sharedSeriesGroups(data, groupRows);
  const groupOf = new Map<number, string>();
  for (const g of groups) if (g.length > 1) for (const i of g) groupOf.set(i, `g${g[0]}`);
  const kept = data.stations.map((_, i) => i).filter((i) => !withheld.includes(i));
  const cycler = createAnalysisCycler({ grid: BEIJING_GRID, method: 'oi', variables: DEFAULT_VARIABLE_SETTINGS });
  const nPts = BEIJING_GRID.nLat * BEIJING_GRID.nLon;
  const out: AnalysisSeries = { timesMs: [], hours: [], fields: [], withheld: [...withheld] };
  for (const t of rows) {
    const obs: CycleObservation[] = kept.map((i) => ({
      stationId: data.stations[i]!.name,
      latDeg: data.stations[i]!.latitude,
      lonDeg: data.stations[i]!.longitude,
      values: toAnalysisValues(data.rows[i]![t]!.values),
      group: groupOf.get(i),
    }));
    const timeMs = data.rows[0]![t]!.timeMs;
    const res = cycler.cycle(timeMs, obs);
    const f = new Float32Array(N_STATE * nPts);
    STATE_VARIABLES.forEach((v, k) => f.set(res.fields[v].analysis, k * nPts));
    out.timesMs.push(timeMs);
    out.hours.push(localHour(timeMs));
    out.fields.push(f);
  }
  return out;
}
