import type { VariableName } from '../../common/variables.js';
import { createQcEngine, defaultQcConfig, type QcConfig, type QcOutcome } from '../../device-agent/qc/index.js';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2024, 5, 1);

/** Runs one variable's series (hourly unless told) through an engine; returns each value's result. */
export function runSeries(
  name: VariableName,
  values: number[],
  opts: { config?: QcConfig; intervalMs?: number; times?: number[]; extra?: Partial<Record<VariableName, number>> } = {},
): { value: number; flag: number; tests: number }[] {
  const intervalMs = opts.intervalMs ?? HOUR;
  const engine = createQcEngine(opts.config ?? defaultQcConfig(), intervalMs);
  const out: QcOutcome[] = [];
  values.forEach((v, i) => {
    const timeMs = opts.times?.[i] ?? T0 + i * intervalMs;
    out.push(...engine.push({ seq: i, timeMs, clockSynced: true, values: { ...opts.extra, [name]: v } }, timeMs));
  });
  out.push(...engine.flush(T0 + values.length * intervalMs));
  return out.map((o) => o.variables[name]!);
}
