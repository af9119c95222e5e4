import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { WxError } from '../../common/errors.js';
import type { VariableName } from '../../common/variables.js';
import { DDL, packQc, READING_COLUMNS, SCHEMA_VERSION, toStoredValue, VARIABLE_COLUMNS } from './schema.js';
import type {
  BatchInput,
  BatchResult,
  GatewayStats,
  ObservationPage,
  ObservationQuery,
  ObservationStore,
  ReadingRecord,
  StationSummary,
  StationUpdate,
  StoreStats,
} from './types.js';

export interface SqliteStoreOptions {
  /** NORMAL (default) survives a hub crash; FULL also a power cut, at some ingest speed. */
  synchronous?: 'FULL' | 'NORMAL';
  /** [8...65536] MiB of page cache. Inserts land on every station's B-tree leaf, so the hot pages
   * of all active stations should fit; 256 MiB by default. */
  cacheSizeMiB?: number;
}

type Row = Record<string, number | string | null>;
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** Opens (creating) the hub's SQLite store at `path`. See schema.ts for the layout. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteObservationStore {
  const db = openDatabase(path, { synchronous: options.synchronous ?? 'NORMAL' });
  db.pragma(`cache_size = -${(options.cacheSizeMiB ?? 256) * 1024}`);
  // Checkpoint every ~40 MB of WAL rather than 4 MB: pages rewritten by several commits are copied
  // into the database once.
  db.pragma('wal_autocheckpoint = 10000');
  try {
    return new SqliteObservationStore(db);
  } catch (err) {
    db.close();
    throw err;
  }
}

export class SqliteObservationStore implements ObservationStore {
  private readonly stationIds = new Map<string, number>();
  private readonly sites = new Map<string, string>();
  private readonly gatewayRefs = new Map<string, number>();
  private readonly gatewayNames = new Map<number, string>();
  private readonly stmt: Record<string, Statement>;
  private readonly writeBatches: (batches: readonly BatchInput[], now: number) => BatchResult[];

  constructor(private readonly db: SqliteDatabase) {
    db.exec(DDL);
    const version = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get() as string | undefined;
    if (version === undefined) db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
    else if (Number(version) !== SCHEMA_VERSION) {
      throw new WxError('WX_ERR_STORE', `store schema version ${version} is not the supported ${SCHEMA_VERSION}`);
    }
    this.stmt = {
      // ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: only the (station, seq) key counts as a
      // duplicate; OR IGNORE would also swallow NOT NULL violations and miscount them.
      insertReading: db.prepare(
        `INSERT INTO readings (${READING_COLUMNS.join(', ')}) VALUES (${READING_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (station_id, seq) DO NOTHING`,
      ),
      insertStation: db.prepare(`INSERT INTO stations (device_id) VALUES (?) ON CONFLICT (device_id) DO UPDATE SET device_id = device_id RETURNING id`),
      insertGateway: db.prepare(`INSERT INTO gateways (gateway_id) VALUES (?) ON CONFLICT (gateway_id) DO UPDATE SET gateway_id = gateway_id RETURNING id`),
      touchStation: db.prepare(`UPDATE stations SET last_reading_ms = MAX(COALESCE(last_reading_ms, -9007199254740991), ?) WHERE id = ?`),
      updateGateway: db.prepare(
        `UPDATE gateways SET stored = stored + ?, duplicates = duplicates + ?, rejected = rejected + ?, batches = batches + 1, last_seen_ms = ? WHERE id = ?`,
      ),
      updateStatus: db.prepare(
        `UPDATE stations SET gateway_id = @gatewayId, state = @state, status_time_ms = @statusTimeMs, agent_version = @agentVersion,
           status_last_seq = @lastSeq, outbox_depth = @outboxDepth, clock_synced = @clockSynced
         WHERE id = @id AND (status_time_ms IS NULL OR status_time_ms <= @statusTimeMs)`,
      ),
      updateInfo: db.prepare(
        `UPDATE stations SET site = @site, name = @name, latitude = @latitude, longitude = @longitude, elevation_m = @elevationM,
           hardware = @hardware WHERE id = @id AND (status_time_ms IS NULL OR status_time_ms <= @statusTimeMs)`,
      ),
      stations: db.prepare(`SELECT * FROM stations ORDER BY device_id`),
      station: db.prepare(`SELECT * FROM stations WHERE device_id = ?`),
      latest: db.prepare(`SELECT * FROM readings WHERE station_id = ? ORDER BY time_ms DESC, seq DESC LIMIT 1`),
      range: db.prepare(`SELECT * FROM readings WHERE station_id = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, seq LIMIT ?`),
      gateways: db.prepare(`SELECT * FROM gateways ORDER BY gateway_id`),
      stationCount: db.prepare(`SELECT COUNT(*) FROM stations`).pluck(),
    };
    this.loadCaches();
    this.writeBatches = db.transaction((batches: readonly BatchInput[], now: number) => batches.map((b) => this.write(b, now)));
  }

  async storeBatch(batch: BatchInput): Promise<BatchResult> {
    return (await this.storeBatches([batch]))[0]!;
  }

  /**
   * All batches in ONE transaction. Each commit rewrites every B-tree page it touches, and readings
   * of many stations land on as many pages, so fewer, larger transactions store far more per second.
   */
  async storeBatches(batches: readonly BatchInput[]): Promise<BatchResult[]> {
    try {
      return this.writeBatches(batches, Date.now());
    } catch (err) {
      // Ids handed out inside the rolled-back transaction do not exist: forget them.
      this.loadCaches();
      const gateways = [...new Set(batches.map((b) => b.gatewayId))].join(', ');
      throw new WxError('WX_ERR_STORE', `cannot store batches from ${gateways}: ${(err as Error).message}`, { cause: err });
    }
  }

  private write(batch: BatchInput, now: number): BatchResult {
    const gatewayRef = this.gatewayRef(batch.gatewayId);
    for (const s of batch.statuses) this.applyStatus(s);
    const insert = this.stmt.insertReading!;
    const latestByStation = new Map<number, number>();
    const storedReadings: ReadingRecord[] = [];
    let duplicates = 0;
    const params: (number | null)[] = new Array<number | null>(READING_COLUMNS.length);
    for (const r of batch.readings) {
      const stationId = this.stationId(r.deviceId);
      params[0] = stationId;
      params[1] = r.seq;
      params[2] = r.timeMs;
      params[3] = r.gatewayReceivedMs;
      params[4] = r.cloudReceivedMs;
      params[5] = (r.clockSynced ? 1 : 0) | (r.clockSuspect ? 2 : 0);
      params[6] = r.gatewayId === batch.gatewayId ? gatewayRef : this.gatewayRef(r.gatewayId);
      let i = 7;
      for (const c of VARIABLE_COLUMNS) {
        const v = r.values[c.name];
        params[i++] = v === undefined ? null : v.value;
        params[i++] = v === undefined ? null : packQc(v.flag, v.tests);
      }
      if (insert.run(params).changes === 1) {
        storedReadings.push(r);
        const prev = latestByStation.get(stationId);
        if (prev === undefined || r.timeMs > prev) latestByStation.set(stationId, r.timeMs);
      } else {
        duplicates++;
      }
    }
    for (const [stationId, timeMs] of latestByStation) this.stmt.touchStation!.run(timeMs, stationId);
    this.stmt.updateGateway!.run(storedReadings.length, duplicates, batch.rejected, now, gatewayRef);
    return { stored: storedReadings.length, duplicates, storedReadings };
  }

  private applyStatus(s: StationUpdate): void {
    const id = this.stationId(s.deviceId);
    // Info first: the status-time guard must compare against the previous status, not this one.
    if (s.info) {
      this.stmt.updateInfo!.run({ id, statusTimeMs: s.statusTimeMs, ...s.info });
      if (s.info.site !== '') this.sites.set(s.deviceId, s.info.site);
    }
    this.stmt.updateStatus!.run({
      id,
      gatewayId: s.gatewayId,
      state: s.state,
      statusTimeMs: s.statusTimeMs,
      agentVersion: s.agentVersion,
      lastSeq: s.lastSeq,
      outboxDepth: s.outboxDepth,
      clockSynced: s.clockSynced ? 1 : 0,
    });
  }

  private stationId(deviceId: string): number {
    let id = this.stationIds.get(deviceId);
    if (id === undefined) {
      id = (this.stmt.insertStation!.get(deviceId) as { id: number }).id;
      this.stationIds.set(deviceId, id);
    }
    return id;
  }

  private gatewayRef(gatewayId: string): number {
    let id = this.gatewayRefs.get(gatewayId);
    if (id === undefined) {
      id = (this.stmt.insertGateway!.get(gatewayId) as { id: number }).id;
      this.gatewayRefs.set(gatewayId, id);
      this.gatewayNames.set(id, gatewayId);
    }
    return id;
  }

  private loadCaches(): void {
    this.stationIds.clear();
    this.sites.clear();
    this.gatewayRefs.clear();
    this.gatewayNames.clear();
    for (const row of this.db.prepare(`SELECT id, device_id, site FROM stations`).all() as Row[]) {
      this.stationIds.set(row.device_id as string, row.id as number);
      if (row.site) this.sites.set(row.device_id as string, row.site as string);
    }
    for (const row of this.db.prepare(`SELECT id, gateway_id FROM gateways`).all() as Row[]) {
      this.gatewayRefs.set(row.gateway_id as string, row.id as number);
      this.gatewayNames.set(row.id as number, row.gateway_id as string);
    }
  }

  async listStations(): Promise<StationSummary[]> {
    return (this.stmt.stations!.all() as Row[]).map((row) => this.summary(row));
  }

  async getStation(deviceId: string): Promise<StationSummary | undefined> {
    const row = this.stmt.station!.get(deviceId) as Row | undefined;
    return row ? this.summary(row) : undefined;
  }

  private summary(row: Row): StationSummary {
    const latest = this.stmt.latest!.get(row.id) as Row | undefined;
    return {
      deviceId: row.device_id as string,
      site: row.site as string | null,
      name: row.name as string | null,
      latitude: row.latitude as number | null,
      longitude: row.longitude as number | null,
      elevationM: row.elevation_m as number | null,
      hardware: row.hardware as string | null,
      gatewayId: row.gateway_id as string | null,
      state: row.state as string | null,
      statusTimeMs: row.status_time_ms as number | null,
      agentVersion: row.agent_version as string | null,
      lastReadingMs: row.last_reading_ms as number | null,
      latest: latest ? this.record(row.device_id as string, latest) : null,
    };
  }

  async queryObservations(q: ObservationQuery): Promise<ObservationPage> {
    const stationId = this.stationIds.get(q.deviceId);
    if (stationId === undefined) throw new WxError('WX_ERR_NOT_FOUND', `unknown station ${JSON.stringify(q.deviceId)}`, { field: 'station' });
    const rows = this.stmt.range!.all(stationId, q.fromMs ?? Number.MIN_SAFE_INTEGER, q.toMs ?? Number.MAX_SAFE_INTEGER, q.limit + 1) as Row[];
    const truncated = rows.length > q.limit;
    if (truncated) rows.pop();
    return { readings: rows.map((row) => this.record(q.deviceId, row, q.variables)), truncated };
  }

  private record(deviceId: string, row: Row, only?: readonly VariableName[]): ReadingRecord {
    const values: ReadingRecord['values'] = {};
    for (const c of VARIABLE_COLUMNS) {
      const qc = row[c.qc];
      if (qc === null || qc === undefined || (only && !only.includes(c.name))) continue;
      values[c.name] = toStoredValue(row[c.value] as number | null, qc as number);
    }
    const clock = row.clock_flags as number;
    return {
      deviceId,
      seq: row.seq as number,
      timeMs: row.time_ms as number,
      clockSynced: (clock & 1) !== 0,
      clockSuspect: (clock & 2) !== 0,
      gatewayReceivedMs: row.gateway_received_ms as number | null,
      cloudReceivedMs: row.cloud_received_ms as number,
      gatewayId: this.gatewayNames.get(row.gateway_ref as number) ?? '',
      values,
    };
  }

  async stats(): Promise<StoreStats> {
    const gateways: GatewayStats[] = (this.stmt.gateways!.all() as Row[]).map((row) => ({
      gatewayId: row.gateway_id as string,
      stored: row.stored as number,
      duplicates: row.duplicates as number,
      rejected: row.rejected as number,
      batches: row.batches as number,
      lastSeenMs: row.last_seen_ms as number | null,
    }));
    const sum = (k: 'stored' | 'duplicates' | 'rejected'): number => gateways.reduce((a, g) => a + g[k], 0);
    return {
      stored: sum('stored'),
      duplicates: sum('duplicates'),
      rejected: sum('rejected'),
      stations: this.stmt.stationCount!.get() as number,
      gateways,
    };
  }

  siteOf(deviceId: string): string | undefined {
    return this.sites.get(deviceId);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
