import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Metrics of the gateway fusion at run time, on the gateway's registry. */
export function createFusionMetrics(registry: Registry) {
  const registers = [registry];
  return {
    steps: new Counter({ name: 'wx_gateway_fusion_steps_total', help: 'Fusion time steps run', registers }),
    stepDuration: new Histogram({
      name: 'wx_gateway_fusion_step_duration_seconds',
      help: 'Duration of one fusion step (spatial QC, trust, cell estimates)',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    flags: new Counter({ name: 'wx_gateway_fusion_flags_total', help: 'Spatial checks that fired, by test and variable', labelNames: ['test', 'variable'], registers }),
    cellsEstimated: new Gauge({ name: 'wx_gateway_fusion_cells_estimated', help: 'H3 cells with at least one fused estimate in the last step', registers }),
    lateReadings: new Counter({ name: 'wx_gateway_fusion_late_readings_total', help: 'Readings that arrived after their step closed (not fused)', registers }),
    errors: new Counter({ name: 'wx_gateway_fusion_errors_total', help: 'Fusion steps that failed', registers }),
  };
}

export type FusionMetrics = ReturnType<typeof createFusionMetrics>;
