/**
 * Wires the fusion runner into a gateway: state in `<dataDir>/fusion.sqlite`, fed by an outbox tap
 * (what ingest made durable), output appended to the same outbox as framed SpatialQc / FusedEstimate
 * rows, steps closed by a 1 s timer. Fusion options are validated here, at start-up, with every
 * problem listed by field (resolveFusionOptions).
 */
import { setAsideIfDamaged } from '../../common/sqlite-salvage.js';
import { join } from 'node:path';
import type { Registry } from 'prom-client';
import type { Logger } from '../../common/logger.js';
import { resolveFusionOptions } from '../fusion/index.js';
import type { Outbox } from '../outbox/outbox.js';
import type { FusionRunConfig } from './config.js';
import { createFusionMetrics } from './metrics.js';
import { fusionOutboxRow } from './outbox-row.js';
import { tapOutbox } from './outbox-tap.js';
import { FusionRunner } from './runner.js';
import { FusionStateStore } from './state-store.js';

export interface FusionServiceDeps {
  config: FusionRunConfig;
  gatewayId: string;
  dataDir: string;
  outbox: Outbox;
  registry: Registry;
  logger: Logger;
  now?: () => number;
  /** ms between checks for closed steps, default 1000. */
  tickMs?: number;
}

export interface FusionService {
  runner: FusionRunner;
  /** The outbox to give ingest: appends go to the real outbox, then feed the fusion. */
  ingestOutbox: Outbox;
  stop(): void;
}

export function startFusion(deps: FusionServiceDeps): FusionService {
  const { config, logger } = deps;
  const options = { ...config.options, h3Resolution: config.h3Resolution };
  resolveFusionOptions(options);
  const now = deps.now ?? Date.now;
  const statePath = join(deps.dataDir, 'fusion.sqlite');
  const damaged = setAsideIfDamaged(statePath);
  if (damaged) deps.logger.warn({ ...damaged }, 'fusion state file was damaged: set aside, station trust and positions start anew');
  const store = new FusionStateStore(statePath);
  const runner = new FusionRunner({
    store,
    options,
    stepMs: config.stepSeconds * 1000,
    graceMs: config.graceSeconds * 1000,
    idleFlushMs: config.idleFlushSeconds * 1000,
    emit: (qc, fused, stepTimeMs) => {
      const row = fusionOutboxRow(deps.gatewayId, stepTimeMs, qc, fused, now());
      if (row) deps.outbox.append([row]);
    },
    logger,
    metrics: createFusionMetrics(deps.registry),
    now,
  });
  const ingestOutbox = tapOutbox(deps.outbox, {
    onReadings: (readings) => readings.forEach((r) => runner.onReading(r)),
    onStatus: (s) => runner.onStatus(s),
    onError: (err) => logger.warn({ err }, 'fusion could not decode an accepted row'),
  });
  const timer = setInterval(() => runner.tick(), deps.tickMs ?? 1000);
  timer.unref();
  logger.info({ stepSeconds: config.stepSeconds, h3Resolution: config.h3Resolution }, 'gateway fusion started');
  return {
    runner,
    ingestOutbox,
    stop: () => {
      clearInterval(timer);
      store.close();
    },
  };
}
