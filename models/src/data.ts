import { join } from 'node:path';
import { beijingSplit, readBeijingCsv, readBeijingStations, readJenaCsv, sharedDataDir, JENA_STATION, type Split, type StationRecord } from '../../common/datasets/index.js';
import { buildFeatures, featureCount, OUTPUT_NAMES, outputValues, type FeatureSpec } from '../../common/nowcast/features.js';
import { buildWindow, usableValues, type FlaggedReading } from '../../common/nowcast/window.js';
import { createQcEngine, defaultQcConfig } from '../../device-agent/qc/index.js';
import type { VariableName } from '../../common/variables.js';

/**
 * Data sets for training and evaluation, built the way a device sees its data: every station series
 * goes through the device agent's QC engine (default config), and only values flagged usable enter
 * the features (via the shared common/nowcast code) and serve as truth.
 */
export interface Series {
  name: string;
  longitudeDeg: number;
  readings: FlaggedReading[];
  /** Local time of each reading (split boundaries). */
  localTimes: string[];
  intervalMs: number;
}

export function qcSeries(name: string, longitudeDeg: number, rows: StationRecord[], intervalMs: number): Series {
  const engine = createQcEngine(defaultQcConfig(), intervalMs);
  const flags = new Map<number, Partial<Record<VariableName, number>>>();
  const take = (outs: ReturnType<typeof engine.push>): void => {
    for (const o of outs) flags.set(o.seq, Object.fromEntries(Object.entries(o.variables).map(([k, v]) => [k, v!.flag])));
  };
  rows.forEach((r, seq) => take(engine.push({ seq, timeMs: r.timeMs, clockSynced: true, values: r.values }, r.timeMs)));
  take(engine.flush(rows[rows.length - 1]?.timeMs ?? 0));
  return {
    name,
    longitudeDeg,
    intervalMs,
    localTimes: rows.map((r) => r.localTime),
    readings: rows.map((r, seq) => ({ seq, timeMs: r.timeMs, values: r.values, flags: flags.get(seq) ?? {} })),
  };
}

/**
 * A copy of a series with every wind speed multiplied by `factor` (direction and QC flags kept): a
 * site with another wind climate (exposure, anemometer height, averaging period), for training
 * augmentation and for the validation stand-in of models/explore.ts.
 */
export function scaleWind(x: Series, factor: number): Series {
  return { ...x, name: `${x.name} wind x${factor}`, readings: x.readings.map((rd) => (rd.values.wind_speed === undefined ? rd : { ...rd, values: { ...rd.values, wind_speed: rd.values.wind_speed * factor } })) };
}

export function beijingSeries(): Series[] {
  const dir = join(sharedDataDir(), 'beijing_prsa');
  return readBeijingStations(dir).map((s) => qcSeries(s.name, s.longitude, readBeijingCsv(s.file), 3_600_000));
}

export function jenaSeries(): Series {
  const path = join(sharedDataDir(), 'jena_mpi_roof', 'mpi_roof_20240609-20241020.csv');
  return qcSeries('Jena', JENA_STATION.longitude, readJenaCsv(path), 600_000);
}

/** Samples as flat arrays: X [n, F], Y [n, V*L] truth deltas in physical units (NaN = no truth), plus references. */
export interface SampleSet {
  n: number;
  F: number;
  X: Float32Array;
  /** Truth at base + lead, physical units, [n, V, L]. */
  truth: Float64Array;
  /** Value at the base time (persistence), [n, V]. */
  base: Float64Array;
  /** Value 24 h before each target time (same hour yesterday), [n, V, L]; NaN where not QC-passed. */
  yesterday: Float64Array;
  series: string[];
  baseTimeMs: Float64Array;
  refused: Record<string, number>;
}

export interface SampleOptions {
  spec: FeatureSpec;
  leadsMinutes: readonly number[];
  usableFlags: readonly number[];
  /** Keep only bases whose reading and farthest target fall in this split (Beijing); undefined = all. */
  split?: Split;
  /** Base times at multiples of this many ms since the epoch (whole UTC hours for 3600000). */
  baseEveryMs: number;
  /** Skip a base whose newest values repeat another series' at the same time (Beijing's shared weather series). */
  dedupe: boolean;
}

export function buildSamples(seriesList: readonly Series[], o: SampleOptions): SampleSet {
  const F = featureCount(o.spec);
  const V = OUTPUT_NAMES.length;
  const L = o.leadsMinutes.length;
  const rowsX: Float32Array[] = [];
  const truth: number[] = [];
  const base: number[] = [];
  const yest: number[] = [];
  const names: string[] = [];
  const times: number[] = [];
  const refused: Record<string, number> = {};
  const seen = new Set<string>();
  const maxLeadMs = Math.max(...o.leadsMinutes) * 60_000;
  for (const s of seriesList) {
    const perStep = Math.round(o.spec.timeStepMs / s.intervalMs);
    const at = (i: number): Record<string, number> => outputValues(usableValues(s.readings[i]!, o.usableFlags));
    const indexOf = (e: number, ms: number): number | undefined => {
      const i = e + Math.round(ms / s.intervalMs);
      return s.readings[i]?.timeMs === s.readings[e]!.timeMs + ms ? i : undefined;
    };
    const start = (o.spec.historySteps - 1) * perStep;
    for (let e = start; e < s.readings.length; e++) {
      const r = s.readings[e]!;
      if (r.timeMs % o.baseEveryMs !== 0) continue;
      const farthest = indexOf(e, maxLeadMs);
      if (farthest === undefined) continue;
      if (o.split !== undefined && (beijingSplit(s.localTimes[e]!) !== o.split || beijingSplit(s.localTimes[farthest]!) !== o.split)) continue;
      if (o.dedupe) {
        const key = `${r.timeMs}|${JSON.stringify(r.values)}|${JSON.stringify(s.readings[farthest]!.values)}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const w = buildWindow(s.readings, o.spec.historySteps, o.spec.timeStepMs, o.usableFlags, e)!;
      const x = new Float32Array(F);
      const res = buildFeatures(w.steps, w.baseTimeMs, s.longitudeDeg / 15, o.spec, x);
      if (!res.ok) {
        const why = res.reason.replace(/[0-9]+/g, 'n');
        refused[why] = (refused[why] ?? 0) + 1;
        continue;
      }
      const b = outputValues(w.newest);
      rowsX.push(x);
      names.push(s.name);
      times.push(w.baseTimeMs);
      for (const v of OUTPUT_NAMES) base.push(b[v]!);
      for (const v of OUTPUT_NAMES) {
        for (const lead of o.leadsMinutes) {
          const ti = indexOf(e, lead * 60_000);
          truth.push(ti === undefined ? NaN : at(ti)[v]!);
          const yi = indexOf(e, lead * 60_000 - 86_400_000);
          yest.push(yi === undefined ? NaN : at(yi)[v]!);
        }
      }
    }
  }
  const n = rowsX.length;
  const X = new Float32Array(n * F);
  rowsX.forEach((x, i) => X.set(x, i * F));
  void V;
  void L;
  return { n, F, X, truth: Float64Array.from(truth), base: Float64Array.from(base), yesterday: Float64Array.from(yest), series: names, baseTimeMs: Float64Array.from(times), refused };
}
