/**
 * Gateway fusion at run time: feeds the fusion library (gateway/fusion) from what the gateway
 * accepted, one time step at a time, and hands its verdicts and cell estimates to `emit` (the app
 * writes them into the durable outbox, beside the raw readings, which are never altered).
 *
 *   const runner = new FusionRunner(deps);
 *   runner.onStatus(status); runner.onReading(reading);   // as they are accepted
 *   runner.tick();                                       // closes due steps (the app calls it on a timer)
 *
 * Stations come from DeviceStatus.station (position, elevation) and are kept in fusion.sqlite; only
 * device-QC-good values are fused. When the station set changes the fusion is rebuilt, keeping the
 * learned trust (the shared-series window restarts: it is indexed by the old station list).
 */
import type { Logger } from '../../common/logger.js';
import { variableFromProto } from '../../common/variables.js';
import { v1, type DeviceStatusProps, type FusedEstimateProps, type ReadingProps, type SpatialQcProps } from '../../protos/index.js';
import { createFusion, FUSED_VARIABLES, resolveFusionOptions, type FusedVariable, type Fusion, type FusionState, type FusionStation } from '../fusion/index.js';
import { fusedMessages, spatialQcMessages } from './messages.js';
import type { FusionMetrics } from './metrics.js';
import type { FusionStateStore } from './state-store.js';
import { StepGrouper, type StepReading } from './step-grouper.js';

export interface FusionRunnerDeps {
  store: FusionStateStore;
  /** Fusion library options (validated by resolveFusionOptions; h3Resolution among them). */
  options: unknown;
  stepMs: number;
  graceMs: number;
  idleFlushMs: number;
  /** Writes one step's output durably; an exception is logged and counted, the step is not retried. */
  emit(spatialQc: SpatialQcProps[], fused: FusedEstimateProps[], stepTimeMs: number): void;
  logger: Logger;
  metrics?: FusionMetrics;
  now?: () => number;
}

const FUSED = new Set<string>(FUSED_VARIABLES);

export class FusionRunner {
  private readonly stations = new Map<string, FusionStation>();
  private readonly grouper: StepGrouper;
  private readonly now: () => number;
  private readonly h3Resolution: number;
  private fusion: Fusion | undefined;
  private fusionIds: string[] = [];
  private state: FusionState | undefined;
  private lastStepMs = -Infinity;

  constructor(private readonly deps: FusionRunnerDeps) {
    this.h3Resolution = resolveFusionOptions(deps.options).h3Resolution;
    this.now = deps.now ?? Date.now;
    this.grouper = new StepGrouper(deps.stepMs, deps.graceMs, deps.idleFlushMs);
    for (const s of deps.store.stations()) this.stations.set(s.id, s);
    const saved = deps.store.loadState();
    const sameStations = saved !== undefined && saved.stationIds.join('\n') === [...this.stations.keys()].join('\n');
    this.state = saved === undefined ? undefined : sameStations ? saved.state : { version: saved.state.version, trust: saved.state.trust };
    this.lastStepMs = saved?.lastStepMs ?? -Infinity;
  }

  onStatus(status: DeviceStatusProps): void {
    const st = status.station;
    if (!st || !Number.isFinite(st.latitude) || !Number.isFinite(st.longitude)) return;
    const next: FusionStation = { id: status.deviceId ?? '', lat: st.latitude as number, lon: st.longitude as number, elevM: st.elevationM ?? NaN };
    const prev = this.stations.get(next.id);
    if (next.id === '' || (prev && prev.lat === next.lat && prev.lon === next.lon && Object.is(prev.elevM, next.elevM))) return;
    this.stations.set(next.id, next);
    this.deps.store.saveStation(next);
    this.retire();
  }

  onReading(r: ReadingProps): void {
    const values: Partial<Record<FusedVariable, number>> = {};
    for (const o of r.observations ?? []) {
      const name = variableFromProto(o.variable ?? 0);
      if (name && FUSED.has(name) && o.flag === v1.QcFlag.QC_GOOD && Number.isFinite(o.value)) values[name as FusedVariable] = o.value as number;
    }
    const reading: StepReading = { deviceId: r.deviceId ?? '', seq: Number(r.seq ?? 0), timeMs: Number(r.timeMs ?? 0), values };
    if (reading.timeMs < this.lastStepMs + this.deps.stepMs || !this.grouper.add(reading, this.now())) this.deps.metrics?.lateReadings.inc();
  }

  /** Runs every closed step; returns how many ran. */
  tick(): number {
    let ran = 0;
    for (const step of this.grouper.takeClosed(this.now())) {
      const known = step.readings.filter((r) => this.stations.has(r.deviceId));
      if (known.length === 0) continue;
      const started = performance.now();
      try {
        const fusion = this.current();
        const result = fusion.update(step.timeMs, known.map((r) => ({ stationId: r.deviceId, values: r.values })));
        const qc = spatialQcMessages(result, known);
        const fused = fusedMessages(result, this.h3Resolution);
        this.deps.emit(qc, fused, step.timeMs);
        this.state = fusion.state();
        this.lastStepMs = step.timeMs;
        this.deps.store.saveState({ state: this.state, lastStepMs: step.timeMs, stationIds: this.fusionIds });
        this.count(result.flags, fused.length === 0 ? 0 : new Set(fused.map((f) => f.h3Cell)).size);
        ran++;
      } catch (err) {
        this.deps.metrics?.errors.inc();
        this.deps.logger.error({ err, step: new Date(step.timeMs).toISOString() }, 'fusion step failed');
      } finally {
        this.deps.metrics?.stepDuration.observe((performance.now() - started) / 1000);
      }
    }
    return ran;
  }

  private current(): Fusion {
    if (this.fusion === undefined) {
      const stations = [...this.stations.values()];
      this.fusion = createFusion(stations, this.deps.options, this.state);
      this.fusionIds = stations.map((s) => s.id);
    }
    return this.fusion;
  }

  /** The station set changed: rebuild on the next step, keeping trust only. */
  private retire(): void {
    if (this.fusion) this.state = this.fusion.state();
    if (this.state) this.state = { version: this.state.version, trust: this.state.trust };
    this.fusion = undefined;
  }

  private count(flags: Record<string, Partial<Record<FusedVariable, { reasons: string[] }>>>, cells: number): void {
    const m = this.deps.metrics;
    if (!m) return;
    m.steps.inc();
    m.cellsEstimated.set(cells);
    for (const vars of Object.values(flags)) for (const [variable, f] of Object.entries(vars)) for (const test of f?.reasons ?? []) m.flags.inc({ test, variable });
  }
}
