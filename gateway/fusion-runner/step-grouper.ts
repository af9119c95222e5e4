/**
 * Groups readings into time steps (the hour by default) and says when a step is closed. A step
 * [start, start + step) closes once a reading at or after start + step + grace has arrived (data
 * time, so replayed history and live stations behave alike, and late stations within the grace still
 * count), or once no reading has arrived for `idleFlushMs` of wall time (the last step of a quiet
 * network). Each station keeps its latest reading in a step. Readings of a step already closed are
 * dropped (counted by the caller).
 */
import type { FusedVariable } from '../fusion/index.js';

export interface StepReading {
  deviceId: string;
  seq: number;
  timeMs: number;
  values: Partial<Record<FusedVariable, number>>;
}

export interface ClosedStep {
  /** Step start, ms. */
  timeMs: number;
  readings: StepReading[];
}

export class StepGrouper {
  private readonly open = new Map<number, Map<string, StepReading>>();
  private latestDataMs = -Infinity;
  private lastArrivalMs = -Infinity;
  private closedBefore = -Infinity;

  constructor(private readonly stepMs: number, private readonly graceMs: number, private readonly idleFlushMs: number) {}

  /** Adds a reading; false when its step is already closed (a reading too late to count). */
  add(r: StepReading, nowMs: number): boolean {
    const start = Math.floor(r.timeMs / this.stepMs) * this.stepMs;
    if (start < this.closedBefore) return false;
    let step = this.open.get(start);
    if (step === undefined) this.open.set(start, (step = new Map()));
    const prev = step.get(r.deviceId);
    if (prev === undefined || r.timeMs >= prev.timeMs) step.set(r.deviceId, r);
    this.latestDataMs = Math.max(this.latestDataMs, r.timeMs);
    this.lastArrivalMs = nowMs;
    return true;
  }

  /** The steps that are closed now, oldest first; they are removed. */
  takeClosed(nowMs: number): ClosedStep[] {
    const idle = nowMs - this.lastArrivalMs >= this.idleFlushMs;
    const starts = [...this.open.keys()].filter((s) => idle || s + this.stepMs + this.graceMs <= this.latestDataMs).sort((a, b) => a - b);
    return starts.map((s) => {
      const readings = [...(this.open.get(s) as Map<string, StepReading>).values()];
      this.open.delete(s);
      this.closedBefore = Math.max(this.closedBefore, s + this.stepMs);
      return { timeMs: s, readings };
    });
  }

  openSteps(): number {
    return this.open.size;
  }
}
