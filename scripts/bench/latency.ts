import Database from 'better-sqlite3';
import { sqliteFiles } from './sut.js';

export interface Percentiles {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export interface Latency {
  /** Device time_ms -> cloud receive time (cloud_received_ms), ms. */
  total: Percentiles;
  /** Device time_ms -> gateway receive time (gateway_received_ms): MQTT + outbox commit. */
  toGateway: Percentiles;
  /** Gateway receive -> cloud receive: outbox, forwarding, gRPC. */
  gatewayToCloud: Percentiles;
}

function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { n: 0, p50: NaN, p99: NaN, max: NaN };
  values.sort((a, b) => a - b);
  const q = (p: number): number => values[Math.min(values.length - 1, Math.max(0, Math.ceil(p * values.length) - 1))]!;
  return { n: values.length, p50: q(0.5), p99: q(0.99), max: values[values.length - 1]! };
}

/**
 * Device-to-cloud latency of the readings sent in [fromMs, toMs), split at the gateway, from the
 * receive times the cloud stored with each reading, read from its SQLite file (read-only, after the
 * cloud stopped). One clock: every process runs on this machine.
 */
export function latencyFromStore(dataDir: string, fromMs: number, toMs: number): Latency {
  const files = sqliteFiles(dataDir);
  for (const file of files) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'readings'").get();
      if (!has) continue;
      const rows = db
        .prepare('SELECT time_ms AS t, gateway_received_ms AS g, cloud_received_ms AS c FROM readings WHERE time_ms >= ? AND time_ms < ?')
        .raw()
        .all(fromMs, toMs) as Array<[number, number | null, number]>;
      const withGateway = rows.filter((r) => r[1] !== null) as Array<[number, number, number]>;
      return {
        total: percentiles(rows.map(([t, , c]) => c - t)),
        toGateway: percentiles(withGateway.map(([t, g]) => g - t)),
        gatewayToCloud: percentiles(withGateway.map(([, g, c]) => c - g)),
      };
    } finally {
      db.close();
    }
  }
  throw new Error(`no cloud SQLite file with a readings table under ${dataDir} (found: ${files.join(', ') || 'none'})`);
}
