import type BetterSqlite3 from 'better-sqlite3';
import { createCommitSync, type CommitSync } from '../../common/commit-sync.js';
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { READING_COLUMNS } from './schema.js';
import type { StationUpdate } from './types.js';
import { COL, ROW_WIDTH } from './reading-rows.js';
import type { WriteRequest, WriteResponse } from './write-request.js';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** How the writer opens the store (plain data: it is handed to the writer thread). */
export interface WriterSettings {
  path: string;
  synchronous: 'FULL' | 'NORMAL';
  cacheSizeMiB: number;
}

/**
 * The connection that writes, with the commit sync that makes its commits durable (FULL: an fsync
 * off the writer's event loop, so the next transaction is built while the last one syncs). The
 * schema already exists: the store creates it before any writer.
 */
export function openWriteConnection(s: WriterSettings): { db: SqliteDatabase; commitSync: CommitSync } {
  // The WAL builds up to ~40 MB between checkpoints (below): cut back to more than that, not less.
  const db = openDatabase(s.path, { synchronous: 'NORMAL', walLimitBytes: 64 * 1024 * 1024 });
  // Inserts land on every station's B-tree leaf, so the hot pages of all active stations should fit.
  db.pragma(`cache_size = -${s.cacheSizeMiB * 1024}`);
  // Checkpoint every ~40 MB of WAL rather than 4 MB: pages rewritten by several commits are copied
  // into the database once.
  db.pragma('wal_autocheckpoint = 10000');
  try {
    return { db, commitSync: createCommitSync(s.path, s.synchronous) };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * The write side of the hub store: stores one WriteRequest per transaction on its own connection.
 * It runs in the store's writer thread (or inline, see SqliteStoreOptions.writer) and keeps its own
 * id caches; the reading side never sees its uncommitted ids.
 */
export class SqliteWriter {
  private readonly stationIds = new Map<string, number>();
  private readonly gatewayRefs = new Map<string, number>();
  private readonly stmt: Record<string, Statement>;
  private readonly transaction: (req: WriteRequest, now: number) => WriteResponse;

  constructor(private readonly db: SqliteDatabase) {
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
           status_last_seq = @lastSeq, outbox_depth = @outboxDepth, clock_synced = @clockSynced, details_json = @details
         WHERE id = @id AND (status_time_ms IS NULL OR status_time_ms <= @statusTimeMs)`,
      ),
      updateInfo: db.prepare(
        `UPDATE stations SET site = @site, name = @name, latitude = @latitude, longitude = @longitude, elevation_m = @elevationM,
           hardware = @hardware WHERE id = @id AND (status_time_ms IS NULL OR status_time_ms <= @statusTimeMs)`,
      ),
    };
    this.transaction = db.transaction((req: WriteRequest, now: number) => this.writeAll(req, now));
  }

  /** Stores every batch of `req` in one transaction; throws (storing nothing) if any part fails. */
  write(req: WriteRequest, now = Date.now()): WriteResponse {
    try {
      return this.transaction(req, now);
    } catch (err) {
      // Ids handed out inside the rolled-back transaction do not exist: forget them.
      this.stationIds.clear();
      this.gatewayRefs.clear();
      throw err;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private writeAll(req: WriteRequest, now: number): WriteResponse {
    const { rows } = req;
    const stations = req.deviceIds.map((d) => this.stationId(d));
    const gateways = req.gatewayIds.map((g) => this.gatewayRef(g));
    const storedMask = new Uint8Array(rows.length / ROW_WIDTH);
    const params = new Array<number | null>(ROW_WIDTH);
    const insert = this.stmt.insertReading!;
    const counts: WriteResponse['counts'] = [];
    // One last_reading_ms update per station per transaction, not per batch: a transaction often
    // holds several batches that each name most of the stations.
    const latestByStation = new Map<number, number>();
    let row = 0;
    for (const b of req.batches) {
      const gatewayRef = gateways[b.gatewayIdx]!;
      for (const s of b.statuses) this.applyStatus(s);
      let stored = 0;
      for (const end = row + b.readings; row < end; row++) {
        const o = row * ROW_WIDTH;
        const stationId = stations[rows[o + COL.device]!]!;
        const timeMs = rows[o + COL.timeMs]!;
        params[0] = stationId;
        // NaN binds as NULL, which the NOT NULL columns refuse: the transaction fails as a whole.
        params[1] = rows[o + COL.seq]!;
        params[2] = timeMs;
        params[3] = nullIfNaN(rows[o + COL.gatewayReceivedMs]!);
        params[4] = rows[o + COL.cloudReceivedMs]!;
        params[5] = rows[o + COL.clockFlags]!;
        params[6] = gateways[rows[o + COL.gateway]!]!;
        for (let i = COL.values; i < ROW_WIDTH; i++) params[i] = nullIfNaN(rows[o + i]!);
        if (insert.run(params).changes === 1) {
          storedMask[row] = 1;
          stored++;
          const prev = latestByStation.get(stationId);
          if (prev === undefined || timeMs > prev) latestByStation.set(stationId, timeMs);
        }
      }
      const duplicates = b.readings - stored;
      this.stmt.updateGateway!.run(stored, duplicates, b.rejected, now, gatewayRef);
      counts.push({ stored, duplicates });
    }
    for (const [stationId, timeMs] of latestByStation) this.stmt.touchStation!.run(timeMs, stationId);
    return { counts, storedMask };
  }

  private applyStatus(s: StationUpdate): void {
    const id = this.stationId(s.deviceId);
    // Info first: the status-time guard must compare against the previous status, not this one.
    if (s.info) this.stmt.updateInfo!.run({ id, statusTimeMs: s.statusTimeMs, ...s.info });
    this.stmt.updateStatus!.run({
      id,
      gatewayId: s.gatewayId,
      state: s.state,
      statusTimeMs: s.statusTimeMs,
      agentVersion: s.agentVersion,
      lastSeq: s.lastSeq,
      outboxDepth: s.outboxDepth,
      clockSynced: s.clockSynced ? 1 : 0,
      details: JSON.stringify(s.details ?? {}),
    });
  }

  private stationId(deviceId: string): number {
    return cachedId(this.stationIds, this.stmt.insertStation!, deviceId);
  }

  private gatewayRef(gatewayId: string): number {
    return cachedId(this.gatewayRefs, this.stmt.insertGateway!, gatewayId);
  }
}

/** The row id for `key` from `cache`, or from `upsert` (an INSERT ... RETURNING id) on a miss. */
function cachedId(cache: Map<string, number>, upsert: Statement, key: string): number {
  let id = cache.get(key);
  if (id === undefined) {
    id = (upsert.get(key) as { id: number }).id;
    cache.set(key, id);
  }
  return id;
}

function nullIfNaN(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}
