import { setImmediate as yieldNow, setTimeout as sleepMs } from 'node:timers/promises';
import type { SourceHost } from './types.js';

/** The real host: wall clock and timers. `clockSynced` comes from the clock module. */
export function realHost(clockSynced: () => boolean): SourceHost {
  return {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
      if (ms >= 1) await sleepMs(ms, undefined, { signal });
      else await yieldNow(undefined, { signal }); // never spin on microtasks: let sockets run
    },
    clockSynced,
  };
}

/**
 * Paces data time against wall time: a sample stamped `t` is due at
 * anchorWall + (t - anchorData) / speedup, the anchor being the first sample after (re)start, which
 * is due at once. Behind schedule it does not sleep (it catches up).
 */
export class Pacer {
  private anchor: { wall: number; data: number } | undefined;

  constructor(
    private readonly host: SourceHost,
    private readonly speedup: number,
  ) {}

  async waitFor(dataTimeMs: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const now = this.host.now();
    if (!this.anchor || dataTimeMs < this.anchor.data) {
      this.anchor = { wall: now, data: dataTimeMs };
      await this.host.sleep(0, signal);
      return;
    }
    const due = this.anchor.wall + (dataTimeMs - this.anchor.data) / this.speedup;
    await this.host.sleep(Math.max(0, due - now), signal);
  }
}
