import { join } from 'node:path';
import type { Logger } from '../../common/logger.js';
import type { FirmwareConfig } from '../config/types.js';
import type { AgentMetrics } from '../metrics.js';
import { Outbox } from './outbox.js';

/** Opens the device's outbox (dataDir/outbox.sqlite) with the bound event counted and logged. */
export function openOutbox(config: FirmwareConfig, dataDir: string, metrics: AgentMetrics, logger: Logger): Outbox {
  let lastLogMs = 0;
  let unlogged = 0;
  return Outbox.open(join(dataDir, 'outbox.sqlite'), {
    deviceId: config.deviceId,
    maxReadings: config.outbox.maxReadings,
    onFull: config.outbox.onFull,
    historyMaxAgeMs: config.outbox.historyMaxAgeMs,
    onFullEvent: (e) => {
      metrics.outboxFull.inc({ action: e.action });
      if (e.action !== 'dropped') return; // refusals are logged by the sampler when it pauses
      // Every drop is counted; the log says so at most once a minute with the count since.
      unlogged++;
      const now = Date.now();
      if (now - lastLogMs >= 60_000) {
        logger.warn({ droppedSinceLastLog: unlogged, oldestDroppedSeq: e.seq, depth: e.depth, maxReadings: config.outbox.maxReadings }, 'outbox full: oldest readings dropped');
        lastLogMs = now;
        unlogged = 0;
      }
    },
  });
}
