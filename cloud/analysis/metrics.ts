import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Metrics of the cycling analysis, on the hub's registry. */
export function createAnalysisMetrics(registry: Registry) {
  const registers = [registry];
  return {
    cycles: new Counter({ name: 'wx_cloud_analysis_cycles_total', help: 'Analysis cycles run', registers }),
    cycleDuration: new Histogram({
      name: 'wx_cloud_analysis_cycle_duration_seconds',
      help: 'Duration of one analysis cycle (reading observations, analysis, storing)',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    observations: new Counter({
      name: 'wx_cloud_analysis_observations_total',
      help: 'Station values offered to the analysis, by outcome (used, rejected by the background check)',
      labelNames: ['outcome'],
      registers,
    }),
    lastCycle: new Gauge({ name: 'wx_cloud_analysis_last_cycle_timestamp_seconds', help: 'Valid time of the latest analysis', registers }),
    errors: new Counter({ name: 'wx_cloud_analysis_errors_total', help: 'Analysis runs that failed', registers }),
  };
}

export type AnalysisMetrics = ReturnType<typeof createAnalysisMetrics>;
