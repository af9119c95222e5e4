import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../common/logger.js';
import { createDiskReserve } from '../../common/disk-reserve.js';
import { MIB } from '../../common/sqlite-space.js';
import type { FirmwareConfig } from '../config/types.js';
import type { AgentMetrics } from '../metrics.js';
import type { Outbox } from './outbox.js';
import { openOutboxRecovering } from './recover.js';
import { openSeqFloor } from './seq-floor.js';

/**
 * Opens the device's outbox (dataDir/outbox.sqlite) with the bound event counted and logged, and
 * with the disk a drained backlog took given back (an SD card is small; at a reading a minute what is
 * live stays well under a MiB, so the VACUUM is quick), and with a disk reserve for when the card
 * fills up (common/disk-reserve.ts): a station cannot hold its sensor back, so it spends the reserve
 * on readings and deletes while an operator frees space. A corrupted outbox is set aside and a fresh
 * one started with what could be read back (recover.ts); `outbox.recovered` says so.
 */
export function openOutbox(config: FirmwareConfig, dataDir: string, metrics: AgentMetrics, logger: Logger): Outbox {
  let floorWarned = false;
  let lastLogMs = 0;
  let unlogged = 0;
  mkdirSync(dataDir, { recursive: true });
  const reserve = createDiskReserve(join(dataDir, 'outbox.reserve'), config.outbox.reserveMiB * MIB);
  if (!reserve.restore()) logger.warn({ reserveMiB: config.outbox.reserveMiB, freeMiB: Math.round(reserve.freeBytes() / MIB) }, 'no room for the outbox reserve: a full disk will stop sampling (tried again after acks)');
  const seqFloor = openSeqFloor(join(dataDir, 'outbox.seq-floor'), config.deviceId, (problem, detail) => {
    // Missing on a first start (or after an upgrade): written before the first reading.
    if (problem !== 'missing') logger.warn({ problem, detail }, 'outbox seq floor file unusable: written again before the next reading');
  });
  return openOutboxRecovering(outboxPath(dataDir), {
    seqFloor,
    onSeqFloorError: (err) => {
      if (floorWarned) return;
      floorWarned = true; // tried again at every reading; one line says it
      logger.warn({ err: err.message }, 'could not record the outbox seq floor (readings are still stored; a corrupted outbox would restart its seqs from the clock)');
    },
    reserve,
    onReserve: (e) => {
      if (e.action === 'released') logger.error({ releasedMiB: +(e.bytes / MIB).toFixed(1) }, 'disk full: gave up the outbox reserve to keep storing readings; free space on this disk');
      else logger.warn({ reserveMiB: +(e.bytes / MIB).toFixed(1) }, 'disk has room again: outbox reserve made');
    },
    deviceId: config.deviceId,
    maxReadings: config.outbox.maxReadings,
    onFull: config.outbox.onFull,
    historyMaxAgeMs: config.outbox.historyMaxAgeMs,
    reclaim: { minFreeBytes: 8 * MIB, maxLiveBytes: 4 * MIB },
    onReclaim: (r) => {
      if (r instanceof Error) logger.warn({ err: r.message }, 'outbox could not give free disk space back');
      else {
        metrics.outboxReclaimed.inc(Math.max(0, r.before.fileBytes - r.after.fileBytes));
        logger.info({ beforeMiB: Math.round(r.before.fileBytes / MIB), afterMiB: Math.round(r.after.fileBytes / MIB), seconds: r.seconds }, 'outbox gave free disk space back');
      }
    },
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
  }, {
    onRecovered: (r) => {
      metrics.outboxRecovered.inc();
      logger.error({ ...r }, 'outbox was corrupted: set aside, readable readings carried over, a fresh outbox started');
    },
  });
}

export function outboxPath(dataDir: string): string {
  return join(dataDir, 'outbox.sqlite');
}
