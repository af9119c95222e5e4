/**
 * Backpressure to devices: while the outbox backlog is beyond a high-water mark (rows or age of the
 * oldest row) and the cloud is reachable, the PUBACK of each stored message is held (the broker's
 * authorizePublish callback waits here) until the backlog is back under the low-water mark. Devices
 * keep a bounded window of unacknowledged QoS 1 publishes, so they slow down to what the cloud takes
 * and the backlog stays bounded. Nothing is dropped: a held message is already durable in the
 * outbox; if the connection drops meanwhile, the device sends it again and the cloud deduplicates.
 *
 * While the cloud is unreachable nothing is held: the outbox absorbs the outage (up to
 * outbox.maxRows) as before. Backpressure is about a cloud slower than the devices, not an absent one.
 */
import type { Gauge, Counter } from 'prom-client';
import type { BackpressureConfig } from '../config/schema.js';
import type { Outbox } from '../outbox/outbox.js';

export interface BackpressureDeps {
  config: BackpressureConfig;
  outbox: Pick<Outbox, 'depth' | 'oldestReceivedMs' | 'onDelete'>;
  /** True while the forwarder is connected to the cloud (only then is anything held). */
  forwarding: () => boolean;
  metrics: { backpressureDelayed: Counter; backpressureEngaged: Gauge };
  now?: () => number;
  /** [10...1000] ms between checks while messages are held (the stream may drop, time passes). */
  checkIntervalMs?: number;
}

export interface Backpressure {
  /** Calls `release` now, or once the backlog is under the low-water mark. */
  admit(release: () => void): void;
  /** PUBACKs held now. */
  held(): number;
  engaged(): boolean;
  /** Releases everything held and stops holding (shutdown). */
  stop(): void;
}

// The oldest row's age needs a query; on the hot path it is re-read at most this often.
const AGE_RECHECK_MS = 20;

export function createBackpressure(deps: BackpressureDeps): Backpressure {
  const { config, outbox, metrics } = deps;
  const now = deps.now ?? Date.now;
  const checkIntervalMs = deps.checkIntervalMs ?? 50;
  const lowRows = Math.min(config.lowWaterRows, config.highWaterRows);
  const lowAgeMs = Math.min(config.lowWaterAgeMs, config.highWaterAgeMs);
  const disabled = config.highWaterRows === 0 && config.highWaterAgeMs === 0;
  let engaged = false;
  let stopped = false;
  let held: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let ageCheckedAt = -Infinity;
  let oldestMs: number | undefined;

  function ageMs(t: number, fresh: boolean): number {
    if (config.highWaterAgeMs === 0) return 0;
    if (fresh || t - ageCheckedAt >= AGE_RECHECK_MS) {
      oldestMs = outbox.oldestReceivedMs();
      ageCheckedAt = t;
    }
    return oldestMs === undefined ? 0 : t - oldestMs;
  }

  function evaluate(fresh: boolean): void {
    if (disabled || stopped || !deps.forwarding()) {
      engaged = false;
    } else {
      const t = now();
      const rows = outbox.depth();
      const age = ageMs(t, fresh);
      const overRows = config.highWaterRows > 0 && rows >= config.highWaterRows;
      const overAge = config.highWaterAgeMs > 0 && age >= config.highWaterAgeMs;
      const underRows = config.highWaterRows === 0 || rows <= lowRows;
      const underAge = config.highWaterAgeMs === 0 || age <= lowAgeMs;
      if (!engaged && (overRows || overAge)) engaged = true;
      else if (engaged && underRows && underAge) engaged = false;
    }
    metrics.backpressureEngaged.set(engaged ? 1 : 0);
    if (!engaged && held.length > 0) {
      const release = held;
      held = [];
      for (const r of release) r();
    }
    if (held.length > 0 && !timer) {
      timer = setInterval(() => evaluate(true), checkIntervalMs);
      timer.unref();
    } else if (held.length === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  outbox.onDelete(() => {
    if (engaged) evaluate(true);
  });

  return {
    admit(release) {
      if (disabled || stopped) return release();
      evaluate(false);
      if (!engaged) return release();
      held.push(release);
      metrics.backpressureDelayed.inc();
      if (!timer) evaluate(false); // starts the re-check timer
    },
    held: () => held.length,
    engaged: () => engaged,
    stop() {
      stopped = true;
      evaluate(true);
    },
  };
}
