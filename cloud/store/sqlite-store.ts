import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { WxError } from '../../common/errors.js';
import type { VariableName } from '../../common/variables.js';
import { addMissingColumns, DDL, SCHEMA_VERSION, toStoredValue, VARIABLE_COLUMNS } from './schema.js';
import { openWriteConnection, SqliteWriter, type WriterSettings } from './sqlite-writer.js';
import { ReadingRows } from './reading-rows.js';
import { encodeWriteRequest, type WriteRequest, type WriteResponse } from './write-request.js';
import { WriterThread } from './writer-thread.js';
import type {
  BatchInput,
  BatchResult,
  GatewayStats,
  ObservationPage,
  ObservationQuery,
  ObservationStore,
  ReadingRecord,
  StationHealth,
  StationSummary,
  StoreStats,
} from './types.js';

export interface SqliteStoreOptions {
  /**
   * FULL (default): a batch is acknowledged only once it would survive a power cut (the WAL is
   * fsynced off the writer's event loop, common/commit-sync.ts). NORMAL survives a hub crash only.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** [8...65536] MiB of page cache for the writer. Inserts land on every station's B-tree leaf, so
   * the hot pages of all active stations should fit; 256 MiB by default. */
  cacheSizeMiB?: number;
  /**
   * 'thread' (default): transactions run on a writer thread with its own connection, so inserts and
   * checkpoints overlap the hub's event loop. 'inline': on the calling thread (tools, small stores).
   */
  writer?: 'thread' | 'inline';
}

type Row = Record<string, number | string | null>;
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** Opens (creating) the hub's SQLite store at `path`. See schema.ts for the layout. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteObservationStore {
  const settings: WriterSettings = { path, synchronous: options.synchronous ?? 'FULL', cacheSizeMiB: options.cacheSizeMiB ?? 256 };
  // This connection creates the schema and serves the reads; the writer opens its own.
  const db = openDatabase(path, { synchronous: 'NORMAL' });
  try {
    return new SqliteObservationStore(db, settings, options.writer ?? 'thread');
  } catch (err) {
    db.close();
    throw err;
  }
}

interface Writer {
  start(): Promise<void>;
  write(req: WriteRequest, now: number): Promise<WriteResponse>;
  close(): Promise<void>;
}

export class SqliteObservationStore implements ObservationStore {
  /** Read-side caches of committed rows only; a miss falls back to the database. */
  private readonly stationIds = new Map<string, number>();
  private readonly sites = new Map<string, string>();
  private readonly gatewayNames = new Map<number, string>();
  private readonly stmt: Record<string, Statement>;
  private readonly writer: Writer;

  constructor(
    private readonly db: SqliteDatabase,
    settings: WriterSettings,
    mode: 'thread' | 'inline',
  ) {
    db.exec(DDL);
    addMissingColumns(db);
    const version = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get() as string | undefined;
    if (version === undefined) db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
    else if (Number(version) !== SCHEMA_VERSION) {
      throw new WxError('WX_ERR_STORE', `store schema version ${version} is not the supported ${SCHEMA_VERSION}`);
    }
    this.stmt = {
      // Each station with its latest reading in one statement: a query per station cost ~20 ms per
      // listing at 1,000 stations.
      stations: db.prepare(
        `SELECT s.*, r.* FROM stations s LEFT JOIN readings r ON r.station_id = s.id
           AND r.seq = (SELECT seq FROM readings WHERE station_id = s.id ORDER BY time_ms DESC, seq DESC LIMIT 1)
         ORDER BY s.device_id`,
      ),
      station: db.prepare(`SELECT * FROM stations WHERE device_id = ?`),
      health: db.prepare(`SELECT device_id, site, last_reading_ms, state, outbox_depth FROM stations`),
      stationId: db.prepare(`SELECT id FROM stations WHERE device_id = ?`).pluck(),
      gatewayName: db.prepare(`SELECT gateway_id FROM gateways WHERE id = ?`).pluck(),
      latest: db.prepare(`SELECT * FROM readings WHERE station_id = ? ORDER BY time_ms DESC, seq DESC LIMIT 1`),
      range: db.prepare(`SELECT * FROM readings WHERE station_id = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, seq LIMIT ?`),
      gateways: db.prepare(`SELECT * FROM gateways ORDER BY gateway_id`),
      stationCount: db.prepare(`SELECT COUNT(*) FROM stations`).pluck(),
    };
    for (const row of db.prepare(`SELECT id, device_id, site FROM stations`).all() as Row[]) {
      this.stationIds.set(row.device_id as string, row.id as number);
      if (row.site) this.sites.set(row.device_id as string, row.site as string);
    }
    if (mode === 'thread') {
      this.writer = new WriterThread(settings);
    } else {
      const { db: writeDb, commitSync } = openWriteConnection(settings);
      const inline = new SqliteWriter(writeDb);
      this.writer = {
        start: async () => {},
        write: (req, now) => {
          const res = inline.write(req, now);
          return new Promise((resolve, reject) => commitSync.afterCommit((err) => (err ? reject(err) : resolve(res))));
        },
        close: () =>
          new Promise((resolve) =>
            commitSync.afterCommit(() => {
              inline.close();
              commitSync.close();
              resolve();
            }),
          ),
      };
    }
  }

  /** Resolves once the writer can take transactions (the first write waits for it anyway). */
  ready(): Promise<void> {
    return this.writer.start();
  }

  async storeBatch(batch: BatchInput): Promise<BatchResult> {
    return (await this.storeBatches([batch]))[0]!;
  }

  /**
   * All batches in ONE transaction. Each commit rewrites every B-tree page it touches, and readings
   * of many stations land on as many pages, so fewer, larger transactions store far more per second.
   */
  async storeBatches(batches: readonly BatchInput[]): Promise<BatchResult[]> {
    const request = batches.map((b) => ({ gatewayId: b.gatewayId, rows: ReadingRows.of(b.readings), rejected: b.rejected, statuses: b.statuses }));
    let res: WriteResponse;
    try {
      res = await this.writer.write(encodeWriteRequest(request), Date.now());
    } catch (err) {
      const gateways = [...new Set(batches.map((b) => b.gatewayId))].join(', ');
      throw new WxError('WX_ERR_STORE', `cannot store batches from ${gateways}: ${(err as Error).message}`, { cause: err });
    }
    let row = 0;
    return request.map((b, i) => {
      for (const s of b.statuses) if (s.info && s.info.site !== '') this.sites.set(s.deviceId, s.info.site);
      const result = storedResult(res.counts[i]!, b.rows, res.storedMask, row);
      row += b.rows.length;
      return result;
    });
  }

  private stationIdOf(deviceId: string): number | undefined {
    let id = this.stationIds.get(deviceId);
    if (id === undefined) {
      id = this.stmt.stationId!.get(deviceId) as number | undefined;
      if (id !== undefined) this.stationIds.set(deviceId, id);
    }
    return id;
  }

  private gatewayName(ref: number): string {
    let name = this.gatewayNames.get(ref);
    if (name === undefined) {
      name = this.stmt.gatewayName!.get(ref) as string | undefined;
      if (name === undefined) return '';
      this.gatewayNames.set(ref, name);
    }
    return name;
  }

  async listStations(): Promise<StationSummary[]> {
    return (this.stmt.stations!.all() as Row[]).map((row) => this.summary(row, row.station_id === null ? undefined : row));
  }

  async stationHealth(): Promise<StationHealth[]> {
    return (this.stmt.health!.all() as Row[]).map((r) => ({
      deviceId: r.device_id as string,
      site: r.site as string | null,
      lastReadingMs: r.last_reading_ms as number | null,
      state: r.state as StationHealth['state'],
      outboxDepth: r.outbox_depth as number | null,
    }));
  }

  async getStation(deviceId: string): Promise<StationSummary | undefined> {
    const row = this.stmt.station!.get(deviceId) as Row | undefined;
    return row ? this.summary(row, this.stmt.latest!.get(row.id) as Row | undefined) : undefined;
  }

  private summary(row: Row, latest: Row | undefined): StationSummary {
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
      details: parseDetails(row.details_json),
      lastReadingMs: row.last_reading_ms as number | null,
      latest: latest ? this.record(row.device_id as string, latest) : null,
    };
  }

  async queryObservations(q: ObservationQuery): Promise<ObservationPage> {
    const stationId = this.stationIdOf(q.deviceId);
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
      gatewayId: this.gatewayName(row.gateway_ref as number),
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

  /** Waits for the transactions already handed to the writer, then closes both connections. */
  async close(): Promise<void> {
    await this.writer.close();
    if (this.db.open) this.db.close();
  }
}

/** A batch's counts, with its stored readings made into records only when asked for. */
function storedResult(counts: { stored: number; duplicates: number }, rows: ReadingRows, mask: Uint8Array, offset: number): BatchResult {
  let records: ReadingRecord[] | undefined;
  return {
    ...counts,
    get storedReadings() {
      return (records ??= rows.records(mask, offset));
    },
  };
}

/** The facts of the station's last status (stored as JSON); null where none came or it does not parse. */
function parseDetails(json: unknown): Record<string, string> | null {
  if (typeof json !== 'string') return null;
  try {
    const d = JSON.parse(json) as unknown;
    return d !== null && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, string>) : null;
  } catch {
    return null;
  }
}
