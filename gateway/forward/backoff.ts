/** Exponential backoff with jitter: initial, 2x per failure, capped; reset after a success. */
export function createBackoff(initialMs: number, maxMs: number, random: () => number = Math.random) {
  let attempt = 0;
  return {
    next(): number {
      const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
      attempt++;
      return Math.round(base * (0.5 + random() * 0.5));
    },
    reset(): void {
      attempt = 0;
    },
  };
}
