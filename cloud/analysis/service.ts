/**
 * Builds the cycling analysis for the hub from its config section and runs it on a timer:
 * `startAnalysis(deps)` opens `analysis.sqlite` (innovations, trust) and the Zarr analysis store
 * (`fields/analysis.zarr`, cloud/fields) in the data folder, restores trust, and checks every
 * `pollSeconds` whether a cycle is due (runner.ts). `stop()` waits for a running cycle.
 */
import { join } from 'node:path';
import type { Registry } from 'prom-client';
import type { Logger } from '../../common/logger.js';
import { AnalysisStore } from '../fields/analysis-store.js';
import type { ObservationStore } from '../store/types.js';
import { variableSettings, type AnalysisConfig } from './config.js';
import { createAnalysisCycler } from './cycle.js';
import { gridFromConfig } from './grids.js';
import { gridSize } from '../assimilation/geo.js';
import { InnovationStore } from './innovation-store.js';
import { createAnalysisMetrics } from './metrics.js';
import { AnalysisRunner } from './runner.js';
import { StationTrust } from './trust.js';
import { ANALYSIS_UNITS, ANALYSIS_VARIABLES } from './variables.js';

export interface AnalysisServiceDeps {
  config: AnalysisConfig;
  dataDir: string;
  observations: ObservationStore;
  registry: Registry;
  logger: Logger;
  /** Values flagged by gateway spatial QC (cloud/fusion/store.ts flaggedKeys); left out of the analysis. */
  spatialFlags?: (deviceId: string, fromMs: number, toMs: number) => ReadonlySet<string>;
}

export interface AnalysisService {
  runner: AnalysisRunner;
  innovations: InnovationStore;
  fields: AnalysisStore;
  stop(): Promise<void>;
}

export async function startAnalysis(deps: AnalysisServiceDeps): Promise<AnalysisService> {
  const { config } = deps;
  const grid = gridFromConfig(config.grid);
  const fields = await AnalysisStore.open(join(deps.dataDir, 'fields', 'analysis.zarr'), {
    grid,
    variables: ANALYSIS_VARIABLES.map((name) => ({ name, units: ANALYSIS_UNITS[name] })),
    attrs: { method: config.method, source: 'wx-cloud cycling analysis (cloud/analysis)' },
  });
  const innovations = new InnovationStore(join(deps.dataDir, 'analysis.sqlite'));
  const metrics = createAnalysisMetrics(deps.registry);
  const cycler = createAnalysisCycler({
    grid,
    method: config.method,
    variables: variableSettings(config),
    letkf: config.letkf,
    trust: new StationTrust(config.trust),
    ...(config.orographyM === undefined ? {} : { orographyM: new Float64Array(gridSize(grid)).fill(config.orographyM) }),
  });
  const runner = new AnalysisRunner({
    observations: deps.observations,
    innovations,
    fields,
    cycler,
    method: config.method,
    cycleMs: config.cycleMinutes * 60_000,
    graceMs: config.graceMinutes * 60_000,
    windowMs: config.windowMinutes * 60_000,
    maxCatchUpCycles: config.maxCatchUpCycles,
    spatialFlags: deps.spatialFlags,
    logger: deps.logger,
    metrics,
  });
  const tick = (): void => {
    runner.runDue().catch((err: unknown) => {
      metrics.errors.inc();
      deps.logger.error({ err }, 'analysis cycle failed');
    });
  };
  const timer = setInterval(tick, config.pollSeconds * 1000);
  timer.unref();
  deps.logger.info({ method: config.method, grid, cycleMinutes: config.cycleMinutes }, 'cycling analysis started');
  return {
    runner,
    innovations,
    fields,
    stop: async () => {
      clearInterval(timer);
      await runner.settled();
      innovations.close();
    },
  };
}
