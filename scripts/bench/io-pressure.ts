import { readFileSync } from 'node:fs';

/**
 * Share of wall time some task waited on I/O (Linux pressure stall information, /proc/pressure/io,
 * "some"), from the call until the returned function is called; NaN where the kernel has no PSI.
 * The latency figure depends on fsync times (the gateway's outbox commits before each PUBACK), and
 * on a shared virtual disk those vary with other machines' work, which no CPU figure shows.
 */
export function ioStallShare(): () => number {
  const t0 = Date.now();
  const s0 = someTotalUs();
  return () => {
    const s1 = someTotalUs();
    const ms = Date.now() - t0;
    return s0 === undefined || s1 === undefined || ms <= 0 ? Number.NaN : (s1 - s0) / 1000 / ms;
  };
}

function someTotalUs(): number | undefined {
  try {
    const m = /^some .*total=(\d+)/m.exec(readFileSync('/proc/pressure/io', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
