import { existsSync } from 'node:fs';
import type { FirmwareConfig } from '../config/types.js';

/**
 * Clock trust. A Pi without an RTC boots at 1970 until NTP answers; such readings are kept but
 * flagged (Reading.clock_suspect), never dropped.
 */
export const EARLIEST_TRUSTED_MS = Date.UTC(2000, 0, 1);

/** Before 2000, or further than maxFutureSkewMs ahead of the device's own clock. */
export function isClockSuspect(timeMs: number, nowMs: number, maxFutureSkewMs: number): boolean {
  return !Number.isFinite(timeMs) || timeMs < EARLIEST_TRUSTED_MS || timeMs > nowMs + maxFutureSkewMs;
}

/**
 * Whether the device clock is synchronised. systemd-timesyncd touches
 * /run/systemd/timesync/synchronized once it has synchronised; `exists` is injectable for tests.
 */
export function clockSyncProbe(clock: FirmwareConfig['clock'], exists: (path: string) => boolean = existsSync): () => boolean {
  switch (clock.syncCheck) {
    case 'assume-synced':
      return () => true;
    case 'assume-unsynced':
      return () => false;
    case 'systemd-timesync':
      return () => exists(clock.syncFlagFile);
  }
}
