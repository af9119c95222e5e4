import { setAsideIfDamaged } from '../../common/sqlite-salvage.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Registry } from 'prom-client';
import { describeError } from '../../common/errors.js';
import { componentLogger, type Logger } from '../../common/logger.js';
import type { FirmwareConfig } from '../config/types.js';
import { loadNowcastModel, type NowcastModel } from '../nowcast/index.js';
import type { Outbox } from '../outbox/outbox.js';
import type { CommandHandler } from '../mqtt/commands.js';
import { createAgentOta, otaRoot } from '../ota/agent-ota.js';
import { startingCard } from '../ota/updater.js';
import { PendingNowcasts } from './pending.js';
import { createNowcastRunner, type NowcastRunner } from './runner.js';

/** The model committed with the agent (models/nowcast/), found from this file in the source tree or in dist/. */
export const DEFAULT_MODEL = 'models/nowcast/station-nowcast-1.2.0/card.json';

export function defaultCardPath(): string {
  for (const up of ['../..', '../../..']) {
    const p = fileURLToPath(new URL(`${up}/${DEFAULT_MODEL}`, import.meta.url));
    if (existsSync(p)) return p;
  }
  return DEFAULT_MODEL;
}

export interface Nowcasting {
  runner: NowcastRunner;
  /** Command handlers for over-the-air model updates (model.deploy, model.chunk). */
  commands: Record<string, CommandHandler>;
  /** Closes the model in use and the pending store (after the agent stopped). */
  close(): Promise<void>;
}

/**
 * Builds the nowcasting of an agent from its config: loads the configured (or committed) model and
 * opens `<dataDir>/nowcasts.sqlite`. A model that cannot be loaded does not stop the agent: its
 * nowcasts say NO_MODEL with the reason until an update brings a working one.
 */
export async function openNowcasting(config: FirmwareConfig, dataDir: string, outbox: Outbox, logger: Logger, registry?: Registry): Promise<Nowcasting> {
  const cfg = config.nowcast;
  const log = componentLogger(logger, 'nowcast');
  // A model installed by an update (the pointer file) wins over the configured one.
  const configured = cfg.cardPath ?? defaultCardPath();
  const cardPath = startingCard(otaRoot(dataDir), configured);
  const load = (path: string): Promise<NowcastModel> =>
    loadNowcastModel(path, { threads: cfg.threads, providers: cfg.providers, precision: cfg.precision, longitudeDeg: config.station.longitude, logger });
  let model: NowcastModel | undefined;
  let noModelReason: string | undefined;
  try {
    model = await load(cardPath);
    log.info({ cardPath, version: model.card.version, executionProvider: model.executionProvider, precision: model.precision }, 'nowcasting on');
  } catch (err) {
    noModelReason = `model ${cardPath} could not be loaded: ${describeError(err)}`;
    log.error({ cardPath, err: describeError(err) }, 'nowcast model not loaded; nowcasts will say NO_MODEL');
  }
  const pendingPath = join(dataDir, 'nowcasts.sqlite');
  const damaged = setAsideIfDamaged(pendingPath);
  if (damaged) log.warn({ ...damaged }, 'pending nowcasts file was damaged: set aside, starting with none pending');
  const pending = PendingNowcasts.open(pendingPath, cfg.maxPending);
  const runner = createNowcastRunner({ config, outbox, pending, model, ...(noModelReason ? { noModelReason } : {}), logger, ...(registry ? { registry } : {}) });
  const ota = createAgentOta({ config, dataDir, runner, load, initialCardPath: model ? cardPath : undefined, logger });
  return {
    runner,
    commands: ota.commands,
    async close() {
      await runner.stop();
      await runner.model?.close();
      pending.close();
    },
  };
}
