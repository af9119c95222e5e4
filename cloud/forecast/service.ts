/**
 * The hub's forecast cycle: after each new analysis in fields/analysis.zarr, run the configured model
 * from it (an ensemble from the perturbed analysis) and store the run in fields/forecast.zarr.
 * Polls the analysis store rather than hooking the analysis runner, so the two stay independent
 * (either can run without the other, e.g. analyses written by another process).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Counter, Histogram, type Registry } from 'prom-client';
import { WxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { AnalysisStore } from '../fields/analysis-store.js';
import { ForecastStore } from '../fields/forecast-store.js';
import type { ForecastConfig } from './config.js';
import { loadContract } from './contract.js';
import { perturbedInitial } from './ensemble.js';
import { ForecastRunner } from './runner.js';

export interface ForecastServiceDeps {
  config: ForecastConfig;
  dataDir: string;
  registry: Registry;
  logger: Logger;
}

export interface ForecastService {
  store: ForecastStore;
  /** Runs a forecast from the latest analysis if none exists for it yet; returns the run index or undefined. */
  runDue(): Promise<number | undefined>;
  stop(): Promise<void>;
}

const BUILT_IN = 'models/grid-forecast/beijing-grid-conv3x3.contract.json';

/** The built-in contract, from the source tree or from next to dist/. */
export function builtInContractPath(): string {
  for (const up of ['../..', '../../..']) {
    const p = fileURLToPath(new URL(`${up}/${BUILT_IN}`, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new WxError('WX_ERR_CONFIG_INVALID', `built-in forecast model not found (${BUILT_IN}); run npm run models:train-grid`, { field: 'forecast.contract' });
}

/** Channels derived from the valid time rather than analysed: the hour-of-day phase (Beijing local time for the built-in model). */
function clockChannels(timeMs: number, nPts: number, utcOffsetHours = 8): Record<string, Float32Array> {
  const h = (new Date(timeMs).getUTCHours() + utcOffsetHours) % 24;
  return {
    hour_sin: new Float32Array(nPts).fill(Math.sin((2 * Math.PI * h) / 24)),
    hour_cos: new Float32Array(nPts).fill(Math.cos((2 * Math.PI * h) / 24)),
  };
}

export async function startForecast(deps: ForecastServiceDeps): Promise<ForecastService> {
  const { config, logger } = deps;
  const runner = await ForecastRunner.create(loadContract(config.contract ?? builtInContractPath()), logger, { provider: config.provider, intraOpThreads: config.threads });
  const grid = runner.storeGrid();
  const store = await ForecastStore.open(join(deps.dataDir, 'fields', 'forecast.zarr'), {
    grid,
    variables: runner.storeVariables(),
    leadsHours: runner.leadsFor(config.horizonHours),
    ensemble: { members: config.members },
    attrs: { model: runner.contract.contract.name, provider: runner.provider.provider },
  });
  const registers = [deps.registry];
  const runs = new Counter({ name: 'wx_cloud_forecast_runs_total', help: 'Forecast runs completed', registers });
  const errors = new Counter({ name: 'wx_cloud_forecast_errors_total', help: 'Forecast runs that failed', registers });
  const duration = new Histogram({ name: 'wx_cloud_forecast_run_duration_seconds', help: 'Duration of one forecast run (all members and leads, stored)', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300], registers });
  const analysisRoot = join(deps.dataDir, 'fields', 'analysis.zarr');
  let inFlight: Promise<number | undefined> | undefined;

  async function runOnce(): Promise<number | undefined> {
    if (!existsSync(join(analysisRoot, '.zattrs'))) return undefined;
    const analyses = await AnalysisStore.openExisting(analysisRoot);
    const latest = await analyses.latest();
    if (!latest) return undefined;
    const done = store.runs();
    const i = done.indexOf(latest.timeMs);
    if (i >= 0 && store.leadsWritten(i) >= store.leadsHours.length) return undefined;
    const nPts = grid.nLat * grid.nLon;
    if (analyses.grid.nLat * analyses.grid.nLon !== nPts || Math.abs(analyses.grid.lat0Deg - grid.lat0Deg) > 1e-9 || Math.abs(analyses.grid.lon0Deg - grid.lon0Deg) > 1e-9) {
      throw new WxError('WX_ERR_CONFIG_INVALID', `forecast model '${runner.contract.contract.name}' runs on another grid than the analysis`, { field: 'forecast.contract' });
    }
    const mean = { ...latest.mean, ...clockChannels(latest.timeMs, nPts) };
    const channels = runner.storeVariables().map((v) => v.name);
    const t0 = performance.now();
    const result = await runner.rollout({ runTimeMs: latest.timeMs, members: config.members, horizonHours: config.horizonHours, store, initial: perturbedInitial(mean, latest.spread, config.seed, channels) });
    duration.observe((performance.now() - t0) / 1000);
    runs.inc();
    logger.info({ run: new Date(latest.timeMs).toISOString(), members: config.members, leads: result.leadsHours.length, ms: Math.round(result.ms) }, 'forecast run stored');
    return result.runIndex;
  }

  function runDue(): Promise<number | undefined> {
    // One run at a time: a poll during a run waits for it instead of starting another.
    inFlight ??= runOnce().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  const timer = setInterval(() => {
    runDue().catch((err: unknown) => {
      errors.inc();
      logger.error({ err }, 'forecast run failed');
    });
  }, config.pollSeconds * 1000);
  timer.unref();
  logger.info({ model: runner.contract.contract.name, members: config.members, horizonHours: config.horizonHours }, 'forecast cycle started');
  return {
    store,
    runDue,
    stop: async () => {
      clearInterval(timer);
      await inFlight?.catch(() => undefined);
      await runner.release();
    },
  };
}
