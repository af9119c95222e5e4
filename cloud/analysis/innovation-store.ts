/**
 * SQLite tables of the cycling analysis (a file of its own, `analysis.sqlite`, beside the hub's
 * observation store so analysis writes never hold the ingest's write lock):
 *
 *   analysis_cycles     one row per cycle: time, method, observations offered / used / rejected, duration
 *   innovation_stats    per cycle, station and variable: count, mean and RMS of O − B and O − A,
 *                       the observation-error sd used and the station's trust after the cycle.
 *                       Primary key (device_id, variable, time_ms): a re-run cycle replaces its rows
 *                       (idempotent); the key serves "one station over a time range".
 *   station_trust       the StationTrust running statistics, so trust survives a restart.
 */
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import type { TrustRecord } from './trust.js';

export interface InnovationRow {
  deviceId: string;
  variable: string;
  timeMs: number;
  count: number;
  ombMean: number;
  ombRms: number;
  omaMean: number;
  omaRms: number;
  obsErrorSd: number;
  trust: number;
  /** Readings rejected by the background check in this cycle. */
  rejected: number;
}

export interface CycleRow {
  timeMs: number;
  method: string;
  offered: number;
  used: number;
  rejected: number;
  durationMs: number;
}

const DDL = `
CREATE TABLE IF NOT EXISTS analysis_cycles (
  time_ms     INTEGER PRIMARY KEY,
  method      TEXT NOT NULL,
  offered     INTEGER NOT NULL,
  used        INTEGER NOT NULL,
  rejected    INTEGER NOT NULL,
  duration_ms REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS innovation_stats (
  device_id    TEXT NOT NULL,
  variable     TEXT NOT NULL,
  time_ms      INTEGER NOT NULL,
  count        INTEGER NOT NULL,
  omb_mean     REAL,
  omb_rms      REAL,
  oma_mean     REAL,
  oma_rms      REAL,
  obs_error_sd REAL,
  trust        REAL,
  rejected     INTEGER NOT NULL,
  PRIMARY KEY (device_id, variable, time_ms)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS innovation_stats_time ON innovation_stats (time_ms);
CREATE TABLE IF NOT EXISTS station_trust (
  device_id  TEXT NOT NULL,
  variable   TEXT NOT NULL,
  weight     REAL NOT NULL,
  omb_oma    REAL NOT NULL,
  omb        REAL NOT NULL,
  omb2       REAL NOT NULL,
  updated_ms INTEGER NOT NULL,
  PRIMARY KEY (device_id, variable)
) WITHOUT ROWID;
`;

export class InnovationStore {
  private readonly db: SqliteDatabase;
  private readonly writeCycleTx: (cycle: CycleRow, rows: readonly InnovationRow[], trust: ReadonlyArray<{ stationId: string; variable: string; record: TrustRecord }>) => void;

  constructor(path: string) {
    this.db = openDatabase(path, { synchronous: 'NORMAL' });
    this.db.exec(DDL);
    const insCycle = this.db.prepare(
      `INSERT INTO analysis_cycles (time_ms, method, offered, used, rejected, duration_ms) VALUES (@timeMs, @method, @offered, @used, @rejected, @durationMs)
       ON CONFLICT (time_ms) DO UPDATE SET method = excluded.method, offered = excluded.offered, used = excluded.used, rejected = excluded.rejected, duration_ms = excluded.duration_ms`,
    );
    const insStat = this.db.prepare(
      `INSERT OR REPLACE INTO innovation_stats (device_id, variable, time_ms, count, omb_mean, omb_rms, oma_mean, oma_rms, obs_error_sd, trust, rejected)
       VALUES (@deviceId, @variable, @timeMs, @count, @ombMean, @ombRms, @omaMean, @omaRms, @obsErrorSd, @trust, @rejected)`,
    );
    const insTrust = this.db.prepare(
      `INSERT OR REPLACE INTO station_trust (device_id, variable, weight, omb_oma, omb, omb2, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.writeCycleTx = this.db.transaction((cycle, rows, trust) => {
      insCycle.run(cycle);
      for (const r of rows) insStat.run(nanToNull(r));
      for (const t of trust) insTrust.run(t.stationId, t.variable, t.record.weight, t.record.ombOma, t.record.omb, t.record.omb2, t.record.updatedMs);
    });
  }

  /** Writes one cycle, its innovation rows and the trust table in one transaction. */
  writeCycle(cycle: CycleRow, rows: readonly InnovationRow[], trust: ReadonlyArray<{ stationId: string; variable: string; record: TrustRecord }>): void {
    this.writeCycleTx(cycle, rows, trust);
  }

  lastCycleMs(): number | undefined {
    return (this.db.prepare('SELECT MAX(time_ms) FROM analysis_cycles').pluck().get() as number | null) ?? undefined;
  }

  loadTrust(): Array<{ stationId: string; variable: string; record: TrustRecord }> {
    const rows = this.db.prepare('SELECT device_id, variable, weight, omb_oma, omb, omb2, updated_ms FROM station_trust').all() as Array<Record<string, number | string>>;
    return rows.map((r) => ({
      stationId: String(r.device_id),
      variable: String(r.variable),
      record: { weight: Number(r.weight), ombOma: Number(r.omb_oma), omb: Number(r.omb), omb2: Number(r.omb2), updatedMs: Number(r.updated_ms) },
    }));
  }

  /** A station's innovation statistics in [fromMs, toMs), oldest first, at most `limit` rows. */
  query(q: { deviceId: string; fromMs?: number; toMs?: number; variable?: string; limit: number }): InnovationRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM innovation_stats WHERE device_id = ? AND time_ms >= ? AND time_ms < ? AND (? IS NULL OR variable = ?)
         ORDER BY time_ms, variable LIMIT ?`,
      )
      .all(q.deviceId, q.fromMs ?? -8.64e15, q.toMs ?? 8.64e15, q.variable ?? null, q.variable ?? null, q.limit) as Array<Record<string, number | string | null>>;
    return rows.map((r) => ({
      deviceId: String(r.device_id),
      variable: String(r.variable),
      timeMs: Number(r.time_ms),
      count: Number(r.count),
      ombMean: numOrNaN(r.omb_mean),
      ombRms: numOrNaN(r.omb_rms),
      omaMean: numOrNaN(r.oma_mean),
      omaRms: numOrNaN(r.oma_rms),
      obsErrorSd: numOrNaN(r.obs_error_sd),
      trust: numOrNaN(r.trust),
      rejected: Number(r.rejected),
    }));
  }

  close(): void {
    this.db.close();
  }
}

// SQLite stores NaN as NULL anyway; say so explicitly.
function nanToNull(r: InnovationRow): Record<string, number | string | null> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v]));
}

function numOrNaN(v: number | string | null | undefined): number {
  return v === null || v === undefined ? NaN : Number(v);
}
