/**
 * The gateways' spatial QC verdicts and fused H3-cell estimates (ForwardBatch fields 6 and 7), in a
 * SQLite file of their own (`fusion.sqlite`). Both tables are keyed so that a batch delivered again
 * (the gateway resends until acknowledged) replaces its rows instead of adding them:
 *   spatial_qc (device_id, seq, variable)     index (device_id, time_ms) for one station's verdicts
 *   fused      (variable, time_ms, h3_cell)   index (h3_cell, time_ms) for one cell's history
 * Entries are validated at this boundary; invalid ones are dropped and counted, never stored.
 */
import { isValidCell } from 'h3-js';
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { isValidId } from '../../common/topics.js';
import { variableFromProto, type VariableName } from '../../common/variables.js';
import type { FusedEstimateProps, SpatialQcProps } from '../../protos/index.js';

export interface SpatialQcRow {
  deviceId: string;
  seq: number;
  timeMs: number;
  variable: VariableName;
  flag: number;
  tests: number;
  trust: number;
  gatewayId: string;
}

export interface FusedRow {
  cell: string;
  resolution: number;
  timeMs: number;
  variable: VariableName;
  value: number;
  sd: number;
  stations: number;
  independentSeries: number;
  /** The stations behind the estimate (empty from gateways that did not name them). */
  deviceIds: string[];
  gatewayId: string;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'object' && v !== null ? Number(v.toString()) : NaN);

export class FusionOutputStore {
  private readonly db: SqliteDatabase;
  private readonly write: (qc: readonly SpatialQcRow[], fused: readonly FusedRow[]) => void;

  constructor(path: string) {
    this.db = openDatabase(path, { synchronous: 'NORMAL' });
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS spatial_qc (
        device_id TEXT NOT NULL, seq INTEGER NOT NULL, variable TEXT NOT NULL, time_ms INTEGER NOT NULL,
        flag INTEGER NOT NULL, tests INTEGER NOT NULL, trust REAL, gateway_id TEXT NOT NULL,
        PRIMARY KEY (device_id, seq, variable)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS spatial_qc_station_time ON spatial_qc (device_id, time_ms);
      CREATE TABLE IF NOT EXISTS fused (
        variable TEXT NOT NULL, time_ms INTEGER NOT NULL, h3_cell TEXT NOT NULL, h3_resolution INTEGER NOT NULL,
        value REAL NOT NULL, sd REAL NOT NULL, stations INTEGER NOT NULL, independent_series INTEGER NOT NULL, gateway_id TEXT NOT NULL,
        PRIMARY KEY (variable, time_ms, h3_cell)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS fused_cell_time ON fused (h3_cell, time_ms);
    `);
    // Added after the first release: a hub that already has the table gets the column here.
    const cols = this.db.prepare(`SELECT name FROM pragma_table_info('fused')`).all() as Array<{ name: string }>;
    if (!cols.some((c) => c.name === 'device_ids')) this.db.exec(`ALTER TABLE fused ADD COLUMN device_ids TEXT NOT NULL DEFAULT ''`);
    const insQc = this.db.prepare(
      `INSERT OR REPLACE INTO spatial_qc (device_id, seq, variable, time_ms, flag, tests, trust, gateway_id) VALUES (@deviceId, @seq, @variable, @timeMs, @flag, @tests, @trust, @gatewayId)`,
    );
    const insFused = this.db.prepare(
      `INSERT OR REPLACE INTO fused (variable, time_ms, h3_cell, h3_resolution, value, sd, stations, independent_series, device_ids, gateway_id)
       VALUES (@variable, @timeMs, @cell, @resolution, @value, @sd, @stations, @independentSeries, @deviceIdsText, @gatewayId)`,
    );
    this.write = this.db.transaction((qc: readonly SpatialQcRow[], fused: readonly FusedRow[]) => {
      for (const r of qc) insQc.run({ ...r, trust: Number.isFinite(r.trust) ? r.trust : null });
      for (const { deviceIds, ...r } of fused) insFused.run({ ...r, deviceIdsText: deviceIds.join(',') });
    });
  }

  /** Validates and stores one batch's entries in one transaction; returns how many were dropped. */
  store(gatewayId: string, spatialQc: readonly SpatialQcProps[], fused: readonly FusedEstimateProps[]): { stored: number; dropped: number } {
    const qc: SpatialQcRow[] = [];
    const fz: FusedRow[] = [];
    for (const q of spatialQc) {
      const variable = variableFromProto(q.variable ?? 0);
      const r = { deviceId: q.deviceId ?? '', seq: num(q.seq), timeMs: num(q.timeMs), flag: q.flag ?? 0, tests: q.tests ?? 0, trust: q.trust ?? NaN, gatewayId };
      if (variable && isValidId(r.deviceId) && Number.isSafeInteger(r.seq) && Number.isSafeInteger(r.timeMs) && r.flag >= 0 && r.flag <= 4) qc.push({ ...r, variable });
    }
    for (const f of fused) {
      const variable = variableFromProto(f.variable ?? 0);
      const r = { cell: f.h3Cell ?? '', resolution: f.h3Resolution ?? 0, timeMs: num(f.timeMs), value: f.value ?? NaN, sd: f.sd ?? NaN, stations: f.stations ?? 0, independentSeries: f.independentSeries ?? 0, deviceIds: (f.deviceIds ?? []).filter(isValidId), gatewayId };
      if (variable && isValidCell(r.cell) && Number.isSafeInteger(r.timeMs) && Number.isFinite(r.value) && r.sd >= 0) fz.push({ ...r, variable });
    }
    if (qc.length + fz.length > 0) this.write(qc, fz);
    return { stored: qc.length + fz.length, dropped: spatialQc.length + fused.length - qc.length - fz.length };
  }

  queryFused(q: { fromMs?: number; toMs?: number; variable?: VariableName; cell?: string; limit: number }): FusedRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM fused WHERE time_ms >= ? AND time_ms < ? AND (? IS NULL OR variable = ?) AND (? IS NULL OR h3_cell = ?)
         ORDER BY time_ms, variable, h3_cell LIMIT ?`,
      )
      .all(q.fromMs ?? -8.64e15, q.toMs ?? 8.64e15, q.variable ?? null, q.variable ?? null, q.cell ?? null, q.cell ?? null, q.limit) as Array<Record<string, number | string>>;
    return rows.map((r) => ({
      cell: String(r.h3_cell),
      resolution: Number(r.h3_resolution),
      timeMs: Number(r.time_ms),
      variable: r.variable as VariableName,
      value: Number(r.value),
      sd: Number(r.sd),
      stations: Number(r.stations),
      independentSeries: Number(r.independent_series),
      deviceIds: r.device_ids ? String(r.device_ids).split(',') : [],
      gatewayId: String(r.gateway_id),
    }));
  }

  querySpatialQc(q: { deviceId: string; fromMs?: number; toMs?: number; limit: number }): SpatialQcRow[] {
    const rows = this.db
      .prepare(`SELECT * FROM spatial_qc WHERE device_id = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, seq, variable LIMIT ?`)
      .all(q.deviceId, q.fromMs ?? -8.64e15, q.toMs ?? 8.64e15, q.limit) as Array<Record<string, number | string | null>>;
    return rows.map((r) => ({
      deviceId: String(r.device_id),
      seq: Number(r.seq),
      timeMs: Number(r.time_ms),
      variable: r.variable as VariableName,
      flag: Number(r.flag),
      tests: Number(r.tests),
      trust: r.trust === null ? NaN : Number(r.trust),
      gatewayId: String(r.gateway_id),
    }));
  }

  /** `${timeMs}|${variable}` of a station's values flagged suspect or bad by spatial QC in [fromMs, toMs). */
  flaggedKeys(deviceId: string, fromMs: number, toMs: number): Set<string> {
    const rows = this.db.prepare('SELECT time_ms, variable FROM spatial_qc WHERE device_id = ? AND time_ms >= ? AND time_ms < ? AND flag IN (2, 3)').all(deviceId, fromMs, toMs) as Array<{ time_ms: number; variable: string }>;
    return new Set(rows.map((r) => `${r.time_ms}|${r.variable}`));
  }

  close(): void {
    this.db.close();
  }
}
