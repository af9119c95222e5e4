/**
 * The fusion's memory in the gateway's data folder (`fusion.sqlite`): the station positions last
 * seen in DeviceStatus messages and the fusion state (trust, shared-series window), so trust and
 * shared-series detection survive a restart.
 */
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import type { FusionState, FusionStation } from '../fusion/index.js';

export interface SavedFusion {
  state: FusionState;
  lastStepMs: number;
  /** The station ids (in order) the state was made with: the shared-series window is indexed by them. */
  stationIds: string[];
}

export class FusionStateStore {
  private readonly db: SqliteDatabase;

  constructor(path: string) {
    this.db = openDatabase(path, { synchronous: 'NORMAL' });
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS stations (device_id TEXT PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL, elev_m REAL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
    `);
  }

  stations(): FusionStation[] {
    const rows = this.db.prepare('SELECT device_id, lat, lon, elev_m FROM stations ORDER BY device_id').all() as Array<{ device_id: string; lat: number; lon: number; elev_m: number | null }>;
    return rows.map((r) => ({ id: r.device_id, lat: r.lat, lon: r.lon, elevM: r.elev_m ?? NaN }));
  }

  saveStation(s: FusionStation): void {
    this.db
      .prepare('INSERT INTO stations (device_id, lat, lon, elev_m) VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, elev_m = excluded.elev_m')
      .run(s.id, s.lat, s.lon, Number.isFinite(s.elevM) ? (s.elevM as number) : null);
  }

  loadState(): SavedFusion | undefined {
    const json = this.db.prepare(`SELECT json FROM state WHERE key = 'fusion'`).pluck().get() as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as SavedFusion);
  }

  saveState(saved: SavedFusion): void {
    this.db.prepare(`INSERT OR REPLACE INTO state (key, json) VALUES ('fusion', ?)`).run(JSON.stringify(saved));
  }

  close(): void {
    this.db.close();
  }
}
