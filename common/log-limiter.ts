import type { Logger } from './logger.js';

/**
 * Logs at most one line per key per interval, with how many were suppressed since, so a device
 * spraying garbage cannot flood the log (the counters carry the exact numbers).
 */
export function createLogLimiter(logger: Logger, intervalMs = 10_000, now: () => number = Date.now, level: 'warn' | 'error' = 'warn') {
  const last = new Map<string, { at: number; suppressed: number }>();
  return function warn(key: string, fields: Record<string, unknown>, message: string): void {
    const t = now();
    const entry = last.get(key);
    if (entry && t - entry.at < intervalMs) {
      entry.suppressed++;
      return;
    }
    logger[level]({ ...fields, suppressedSinceLast: entry?.suppressed ?? 0 }, message);
    last.set(key, { at: t, suppressed: 0 });
    if (last.size > 10_000) last.clear(); // bounded: keys include device ids
  };
}
