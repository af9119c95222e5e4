import { QC_FLAGS, type VariableName } from '../common/variables.js';
import type { HistoryReading } from '../device-agent/nowcast/index.js';

/** A plausible QC-passed hourly history (a mild autumn day), oldest first, for benchmarks and probes. */
export function syntheticHistory(steps: number, stepMs: number, endMs = Date.UTC(2024, 9, 1, 12)): HistoryReading[] {
  const good = QC_FLAGS.good;
  const names: VariableName[] = ['temperature', 'pressure', 'dew_point', 'relative_humidity', 'wind_speed', 'wind_direction', 'precipitation'];
  return Array.from({ length: steps }, (_, i) => {
    const t = endMs - (steps - 1 - i) * stepMs;
    const h = (t / 3_600_000) % 24;
    const values = { temperature: 12 + 5 * Math.sin(((h - 9) / 24) * 2 * Math.PI), pressure: 1013 - 0.1 * i, dew_point: 6, relative_humidity: 60, wind_speed: 3, wind_direction: 250, precipitation: 0 };
    return { seq: i, timeMs: t, values, flags: Object.fromEntries(names.map((n) => [n, good])) };
  });
}
