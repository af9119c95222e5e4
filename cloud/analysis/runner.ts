/**
 * Runs the cycling analysis inside the hub. Cycles are driven by DATA time, not the wall clock: cycle
 * T runs once some station has a reading at or after T + grace (late stations still count), which
 * works the same for live stations and for replayed history. Each cycle takes, per station with a
 * position, its readings in (T − window, T] whose device QC flag is good (and, once spatial QC is
 * stored, not spatially flagged bad), averages them into one observation per variable, runs the
 * cycle, and stores the analysis and spread (field store), the innovation statistics and the trust.
 */
import type { Logger } from '../../common/logger.js';
import type { VariableName } from '../../common/variables.js';
import type { ObservationStore, ReadingRecord } from '../store/types.js';
import type { AnalysisCycler, CycleObservation, CycleResult } from './cycle.js';
import type { InnovationRow, InnovationStore } from './innovation-store.js';
import type { AnalysisMetrics } from './metrics.js';
import { SharedSeriesGroups } from './shared-series.js';
import { ANALYSIS_VARIABLES, toAnalysisValues, type AnalysisVariable } from './variables.js';

/** Where analyses go: cloud/fields AnalysisStore satisfies this. */
export interface AnalysisFieldSink {
  append(timeMs: number, mean: Readonly<Record<string, ArrayLike<number>>>, spread?: Readonly<Record<string, ArrayLike<number>>>): Promise<unknown>;
}

export interface AnalysisRunnerDeps {
  observations: ObservationStore;
  innovations: InnovationStore;
  fields?: AnalysisFieldSink;
  cycler: AnalysisCycler;
  method: string;
  cycleMs: number;
  graceMs: number;
  windowMs: number;
  maxCatchUpCycles: number;
  /** `${timeMs}|${variable}` of a station's values that gateway spatial QC flagged (suspect or bad) in [fromMs, toMs). */
  spatialFlags?: (deviceId: string, fromMs: number, toMs: number) => ReadonlySet<string>;
  logger: Logger;
  metrics?: AnalysisMetrics;
}

const QC_GOOD = 1;
const NO_FLAGS: ReadonlySet<string> = new Set();
const PLATFORM_VARS: VariableName[] = ['temperature', 'pressure', 'dew_point', 'wind_speed', 'wind_direction'];

export class AnalysisRunner {
  private next: number | undefined;
  private readonly groups = new SharedSeriesGroups();
  private running: Promise<number> | undefined;

  constructor(private readonly deps: AnalysisRunnerDeps) {
    deps.cycler.trust.restore(deps.innovations.loadTrust());
    const last = deps.innovations.lastCycleMs();
    if (last !== undefined) this.next = last + deps.cycleMs;
  }

  /** Runs every cycle that is due (at most maxCatchUpCycles); returns how many ran. Calls never overlap. */
  runDue(): Promise<number> {
    this.running ??= this.runDueNow().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves once no run is in progress (does not start one). */
  async settled(): Promise<void> {
    await this.running?.catch(() => 0);
  }

  private async runDueNow(): Promise<number> {
    const { cycleMs, graceMs } = this.deps;
    const stations = (await this.deps.observations.listStations()).filter((s) => s.latitude !== null && s.longitude !== null);
    const horizon = Math.max(-Infinity, ...stations.map((s) => s.lastReadingMs ?? -Infinity));
    if (!Number.isFinite(horizon)) return 0;
    // First start: begin at the latest closed cycle rather than replaying all history.
    this.next ??= Math.floor((horizon - graceMs) / cycleMs) * cycleMs;
    let ran = 0;
    while (this.next + graceMs <= horizon && ran < this.deps.maxCatchUpCycles) {
      await this.runCycle(this.next, stations);
      this.next += cycleMs;
      ran++;
    }
    return ran;
  }

  private async runCycle(timeMs: number, stations: Awaited<ReturnType<ObservationStore['listStations']>>): Promise<CycleResult> {
    const started = performance.now();
    const perStation = new Map<string, Array<Record<AnalysisVariable, number>>>();
    const obs: CycleObservation[] = [];
    for (const s of stations) {
      const [fromMs, toMs] = [timeMs - this.deps.windowMs + 1, timeMs + 1];
      const page = await this.deps.observations.queryObservations({ deviceId: s.deviceId, fromMs, toMs, variables: PLATFORM_VARS, limit: 1000 });
      const flagged = this.deps.spatialFlags?.(s.deviceId, fromMs, toMs) ?? NO_FLAGS;
      const values = page.readings.map((r) => usableValues(r, flagged));
      if (values.length === 0) continue;
      perStation.set(s.deviceId, values);
      obs.push({ stationId: s.deviceId, latDeg: s.latitude as number, lonDeg: s.longitude as number, values: meanValues(values), ...(s.elevationM === null ? {} : { elevationM: s.elevationM }) });
    }
    const groups = this.groups.update(obs.map((o) => ({ stationId: o.stationId, temperature: o.values.temperature, pressure: o.values.pressure, dewPoint: o.values.dew_point })));
    for (const o of obs) o.group = groups.get(o.stationId);
    const result = this.deps.cycler.cycle(timeMs, obs);
    const rows: InnovationRow[] = [];
    let used = 0;
    let rejected = 0;
    for (const inn of result.innovations) {
      const readings = (perStation.get(inn.stationId) ?? []).map((v) => v[inn.variable]).filter(Number.isFinite);
      if (inn.status === 'used') used++;
      if (inn.status === 'rejected') rejected++;
      if (inn.status === 'outside') continue;
      const omb = readings.map((y) => y - inn.b);
      const oma = readings.map((y) => y - inn.a);
      const nominal = inn.obsErrorVariance;
      rows.push({
        deviceId: inn.stationId,
        variable: inn.variable,
        timeMs,
        count: inn.status === 'used' ? readings.length : 0,
        ombMean: mean(omb),
        ombRms: rms(omb),
        omaMean: inn.status === 'used' ? mean(oma) : NaN,
        omaRms: inn.status === 'used' ? rms(oma) : NaN,
        obsErrorSd: Math.sqrt(nominal),
        trust: this.deps.cycler.trust.trust(inn.stationId, inn.variable, this.nominalVariance(inn.variable)),
        rejected: inn.status === 'rejected' ? readings.length : 0,
      });
    }
    if (this.deps.fields) {
      const meanFields = Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, result.fields[v].analysis]));
      const spreadFields = Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, result.fields[v].spread]));
      await this.deps.fields.append(timeMs, meanFields, spreadFields);
    }
    const durationMs = performance.now() - started;
    this.deps.innovations.writeCycle({ timeMs, method: this.deps.method, offered: obs.length, used, rejected, durationMs }, rows, this.deps.cycler.trust.entries());
    const m = this.deps.metrics;
    m?.cycles.inc();
    m?.cycleDuration.observe(durationMs / 1000);
    m?.observations.inc({ outcome: 'used' }, used);
    m?.observations.inc({ outcome: 'rejected' }, rejected);
    m?.lastCycle.set(timeMs / 1000);
    this.deps.logger.debug({ cycle: new Date(timeMs).toISOString(), stations: obs.length, used, rejected, durationMs: Math.round(durationMs) }, 'analysis cycle');
    return result;
  }

  private nominalVariance(v: AnalysisVariable): number {
    return this.deps.cycler.settings[v].obsErrorSd ** 2;
  }
}

/** A reading's values with everything not QC-good (device QC, or flagged by spatial QC) as NaN, in analysis variables. */
function usableValues(r: ReadingRecord, flagged: ReadonlySet<string>): Record<AnalysisVariable, number> {
  const raw: Partial<Record<VariableName, number>> = {};
  for (const v of PLATFORM_VARS) {
    const sv = r.values[v];
    const ok = sv !== undefined && sv.value !== null && sv.flag === QC_GOOD && !flagged.has(`${r.timeMs}|${v}`);
    raw[v] = ok ? (sv.value as number) : NaN;
  }
  return toAnalysisValues(raw);
}

function meanValues(values: ReadonlyArray<Record<AnalysisVariable, number>>): Record<AnalysisVariable, number> {
  return Object.fromEntries(ANALYSIS_VARIABLES.map((v) => [v, mean(values.map((x) => x[v]).filter(Number.isFinite))])) as Record<AnalysisVariable, number>;
}

function mean(a: readonly number[]): number {
  return a.length === 0 ? NaN : a.reduce((s, x) => s + x, 0) / a.length;
}

function rms(a: readonly number[]): number {
  return a.length === 0 ? NaN : Math.sqrt(a.reduce((s, x) => s + x * x, 0) / a.length);
}
