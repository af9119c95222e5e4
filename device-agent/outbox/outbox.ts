import { WxError } from '../../common/errors.js';
import type { DiskReserve } from '../../common/disk-reserve.js';
import { isDiskFull, openDatabase, walForFullDisk, type SqliteDatabase } from '../../common/sqlite.js';
import type { SalvagedRow } from '../../common/sqlite-salvage.js';
import { bytesOnDisk, createReclaimer, type ReclaimPolicy, type Reclaimed } from '../../common/sqlite-space.js';
import type { VariableName } from '../../common/variables.js';
import type { QcOutcome, QcSample } from '../qc/index.js';
import { encodeReading, valuesFromJson, valuesToJson, type Values } from './reading.js';
import { migrate } from './schema.js';
import type { OutboxRecovery } from './recover.js';
import { SEQ_FLOOR_STEP, type SeqFloor } from './seq-floor.js';

export interface OutboxOptions {
  deviceId: string;
  /** Rows (held + ready) kept at most. */
  maxReadings: number;
  onFull: 'drop-oldest' | 'stop-sampling';
  /** Decided readings kept in `history`, ms of data time behind the newest. */
  historyMaxAgeMs: number;
  /** Wall clock for stored_ms (oldest age); injectable. */
  now?: () => number;
  /** Called after the commit whenever the bound is hit: a reading dropped or refused. */
  onFullEvent?: (event: OutboxFullEvent) => void;
  /** After acks, give free pages back to the disk once the policy says so (common/sqlite-space.ts). */
  reclaim?: ReclaimPolicy;
  /** What a reclaim did, or why it failed (the file keeps its free pages; a later ack tries again). */
  onReclaim?: (result: Reclaimed | Error) => void;
  /**
   * Disk held back for a full disk (common/disk-reserve.ts): a write that finds the disk full gives
   * it up and is tried again, so readings are still stored and acknowledged ones deleted while an
   * operator frees space; appends and acks try to make it again, at most every `reserveRetryMs` (60 s).
   */
  reserve?: DiskReserve;
  reserveRetryMs?: number;
  /** The reserve was given up (bytes freed) or made again (bytes held). */
  onReserve?: (event: { action: 'released' | 'restored'; bytes: number }) => void;
  /**
   * The bound on seqs kept outside this file (seq-floor.ts), raised before a seq above it is used,
   * so that a fresh outbox after a corrupted one never reuses a seq the hub has.
   */
  seqFloor?: SeqFloor;
  /** The bound could not be raised (the reading is stored anyway: it matters more). */
  onSeqFloorError?: (err: Error) => void;
}

/** A decided reading with its QC flag per variable (common/variables.ts QC_FLAGS). */
export interface FlaggedHistoryReading {
  seq: number;
  timeMs: number;
  values: Partial<Record<VariableName, number>>;
  flags: Partial<Record<VariableName, number>>;
}

export interface OutboxFullEvent {
  action: 'dropped' | 'refused';
  /** The dropped reading (drop-oldest); undefined when refused. */
  seq?: number;
  timeMs?: number;
  depth: number;
}

export interface NewReading {
  timeMs: number;
  clockSynced: boolean;
  clockSuspect: boolean;
  values: Values;
}

export interface HeldReading extends NewReading {
  seq: number;
}

export interface ReadyRow {
  seq: number;
  payload: Uint8Array;
}

interface OutboxRow {
  seq: number;
  time_ms: number;
  stored_ms: number;
  clock_synced: number;
  clock_suspect: number;
  values_json: string;
}

const PRUNE_EVERY = 256;

/**
 * The durable outbox (see schema.ts). Every reading gets the next seq and is committed together with
 * the source cursor before anything is published; rows go only when the broker has acknowledged them.
 */
export class Outbox {
  /** Set when this outbox replaced a corrupted one at start (recover.ts): reported in the status. */
  recovered: OutboxRecovery | undefined;
  private readonly now: () => number;
  private count: number;
  private seq: number;
  private decidedSincePrune = 0;
  private nextReserveTryMs = 0;
  /**
   * Whether the reserve is held: asked of the disk once, at the first write (the owner may make it
   * after opening), then kept here rather than asked at every append and ack.
   */
  private reserveHeldNow: boolean | undefined;
  private readonly reclaim: (() => Reclaimed | Error | undefined) | undefined;
  private readonly st;
  /**
   * flaggedHistory's last answer, parsed: each nowcast cycle asks for the same span, and re-reading and
   * re-parsing a day of minute readings every cycle was most of the agent's garbage (its peak memory).
   * History rows are written once, when decided; a rewrite of a cached row drops the cache.
   */
  private historyCache: { spanMs: number; rows: FlaggedHistoryReading[]; maxSeq: number } | undefined;

  private constructor(
    private readonly db: SqliteDatabase,
    private readonly options: OutboxOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.reclaim = options.reclaim && createReclaimer(db, options.reclaim, { now: this.now });
    migrate(db);
    const owner = this.meta('device_id');
    if (owner === undefined) db.prepare(`INSERT INTO meta (key, value) VALUES ('device_id', ?)`).run(options.deviceId);
    else if (owner !== options.deviceId) {
      throw new WxError('WX_ERR_STORE', `outbox belongs to device ${owner}, not ${options.deviceId}: use another data folder`);
    }
    const maxRow = db.prepare(`SELECT MAX(m) AS m FROM (SELECT MAX(seq) AS m FROM outbox UNION ALL SELECT MAX(seq) FROM history)`).get() as { m: number | null };
    this.seq = Math.max(Number(this.meta('last_seq') ?? 0), maxRow.m ?? 0);
    this.count = (db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number }).n;
    this.st = {
      setMeta: db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
      insert: db.prepare(
        `INSERT INTO outbox (seq, time_ms, stored_ms, clock_synced, clock_suspect, values_json, state) VALUES (?, ?, ?, ?, ?, ?, 'held')`,
      ),
      oldest: db.prepare(`SELECT seq, time_ms FROM outbox ORDER BY seq LIMIT 1`),
      deleteSeq: db.prepare(`DELETE FROM outbox WHERE seq = ?`),
      heldRow: db.prepare(`SELECT seq, time_ms, stored_ms, clock_synced, clock_suspect, values_json FROM outbox WHERE seq = ? AND state = 'held'`),
      held: db.prepare(`SELECT seq, time_ms, stored_ms, clock_synced, clock_suspect, values_json FROM outbox WHERE state = 'held' ORDER BY seq`),
      ready: db.prepare(`UPDATE outbox SET state = 'ready', payload = ? WHERE seq = ?`),
      history: db.prepare(`INSERT OR REPLACE INTO history (seq, time_ms, clock_synced, values_json, flags_json) VALUES (?, ?, ?, ?, ?)`),
      readyAsc: db.prepare(`SELECT seq, payload FROM outbox WHERE state = 'ready' ORDER BY seq ASC LIMIT ?`),
      readyDesc: db.prepare(`SELECT seq, payload FROM outbox WHERE state = 'ready' ORDER BY seq DESC LIMIT ?`),
      oldestStored: db.prepare(`SELECT seq, time_ms, stored_ms FROM outbox ORDER BY seq LIMIT 1`),
      prune: db.prepare(`DELETE FROM history WHERE time_ms < (SELECT MAX(time_ms) FROM history) - ?`),
      since: db.prepare(`SELECT seq, time_ms, values_json, flags_json FROM history WHERE time_ms >= (SELECT MAX(time_ms) FROM history) - ? ORDER BY time_ms, seq`),
      newer: db.prepare(`SELECT seq, time_ms, values_json, flags_json FROM history WHERE seq > ? ORDER BY seq`),
      historyMaxSeq: db.prepare(`SELECT MAX(seq) AS m FROM history`),
      recent: db.prepare(`SELECT seq, time_ms, clock_synced, values_json FROM history WHERE time_ms >= (SELECT MAX(time_ms) FROM history) - ? ORDER BY seq`),
    };
  }

  static open(path: string, options: OutboxOptions): Outbox {
    return new Outbox(openDatabase(path, { synchronous: 'FULL' }), options);
  }

  private meta(key: string): string | undefined {
    return (this.db.prepare(`SELECT value FROM meta WHERE key = ?`).get(key) as { value: string } | undefined)?.value;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** The source position saved with the last stored reading. */
  get cursor(): string | undefined {
    return this.meta('cursor');
  }

  get depth(): number {
    return this.count;
  }

  /** Disk the outbox file and its WAL take. */
  fileBytes(): number {
    return bytesOnDisk(this.db.name);
  }

  /** Disk held back for a full disk now (0 while given up, or without a reserve). */
  reserveBytes(): number {
    return this.options.reserve?.heldBytes() ?? 0;
  }

  get maxReadings(): number {
    return this.options.maxReadings;
  }

  /** False only when full in stop-sampling mode: the caller must not take a sample from its source. */
  hasRoom(): boolean {
    return this.options.onFull === 'drop-oldest' || this.count < this.options.maxReadings;
  }

  /** The oldest unacknowledged reading: its device time and when it was stored (wall clock). */
  oldest(): { seq: number; timeMs: number; storedMs: number } | undefined {
    const r = this.st.oldestStored.get() as { seq: number; time_ms: number; stored_ms: number } | undefined;
    return r && { seq: r.seq, timeMs: r.time_ms, storedMs: r.stored_ms };
  }

  /**
   * Stores a new reading as 'held' with the next seq and the source cursor, in one transaction.
   * At the bound: drop-oldest deletes the oldest row (an event), stop-sampling refuses (throws).
   */
  append(reading: NewReading, cursor: string): number {
    this.raiseSeqFloor(this.seq + 1);
    let events: OutboxFullEvent[] = [];
    const store = this.db.transaction((): number => {
      events = []; // a try that failed on a full disk left nothing behind, its events included
      let count = this.count;
      if (count >= this.options.maxReadings) {
        if (this.options.onFull === 'stop-sampling') {
          events.push({ action: 'refused', depth: count });
          return 0;
        }
        while (count >= this.options.maxReadings) {
          const victim = this.st.oldest.get() as { seq: number; time_ms: number } | undefined;
          if (!victim) break;
          this.st.deleteSeq.run(victim.seq);
          count--;
          events.push({ action: 'dropped', seq: victim.seq, timeMs: victim.time_ms, depth: count });
        }
      }
      const next = this.seq + 1;
      this.st.insert.run(next, Math.round(reading.timeMs), this.now(), reading.clockSynced ? 1 : 0, reading.clockSuspect ? 1 : 0, valuesToJson(reading.values));
      this.st.setMeta.run('last_seq', String(next));
      this.st.setMeta.run('cursor', cursor);
      return next;
    });
    const seq = this.withRoom(() => store());
    const dropped = events.filter((e) => e.action === 'dropped').length;
    this.count -= dropped;
    if (seq > 0) {
      this.seq = seq;
      this.count++;
    }
    for (const e of events) this.options.onFullEvent?.(e);
    if (seq === 0) throw new WxError('WX_ERR_OUTBOX_FULL', `outbox holds ${this.count} readings (maxReadings ${this.options.maxReadings}): sampling paused`);
    this.tryRestoreReserve(); // also while offline: an operator may have freed space
    return seq;
  }

  private raiseSeqFloor(next: number): void {
    const floor = this.options.seqFloor;
    if (!floor || (floor.reservedThrough ?? 0) >= next) return;
    try {
      this.withRoom(() => floor.reserveThrough(next - 1 + SEQ_FLOOR_STEP));
    } catch (err) {
      this.options.onSeqFloorError?.(err as Error);
    }
  }

  /**
   * Adds rows read back from a corrupted outbox (recover.ts) to this fresh one, with their seqs (the
   * hub drops any it already has); finishSalvage() then sets where the seqs go on from.
   */
  importSalvaged(table: 'outbox' | 'history', rows: readonly SalvagedRow[]): void {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const insert = this.db.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    const insertAll = this.db.transaction(() => {
      for (const r of rows) {
        try {
          insert.run(r);
        } catch (err) {
          // A row a damaged page garbled (a value of the wrong type): skipped, the others kept.
          if (!String((err as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw err;
        }
      }
    });
    this.withRoom(() => insertAll());
  }

  /** Counts on from `lastSeq` (above every seq the old outbox may have used) and resumes the source at `cursor`. */
  finishSalvage(lastSeq: number, cursor: string | undefined): void {
    const finish = this.db.transaction(() => {
      this.st.setMeta.run('last_seq', String(lastSeq));
      if (cursor !== undefined) this.st.setMeta.run('cursor', cursor);
    });
    this.withRoom(() => finish());
    this.count = (this.db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number }).n;
    this.seq = lastSeq;
    this.historyCache = undefined;
  }

  /** Readings waiting for their QC outcome (after a restart: those stored before the crash). */
  held(): HeldReading[] {
    return (this.st.held.all() as OutboxRow[]).map(toHeld);
  }

  /** Applies QC outcomes: each held row gets its encoded Reading and becomes publishable. */
  decide(outcomes: readonly QcOutcome[]): number {
    if (outcomes.length === 0) return 0;
    let decided = 0;
    let pruned = false;
    const apply = this.db.transaction(() => {
      decided = 0;
      pruned = false;
      for (const outcome of outcomes) {
        const row = this.st.heldRow.get(outcome.seq) as OutboxRow | undefined;
        if (!row) continue; // already decided, or dropped at the bound
        const held = toHeld(row);
        const payload = encodeReading({ deviceId: this.options.deviceId, ...held }, outcome);
        this.st.ready.run(payload, held.seq);
        const flags = Object.fromEntries(Object.entries(outcome.variables).map(([k, v]) => [k, [v.flag, v.tests]]));
        this.st.history.run(held.seq, held.timeMs, held.clockSynced ? 1 : 0, row.values_json, JSON.stringify(flags));
        if (this.historyCache && held.seq <= this.historyCache.maxSeq) this.historyCache = undefined;
        decided++;
      }
      if (this.decidedSincePrune + decided >= PRUNE_EVERY) {
        this.st.prune.run(this.options.historyMaxAgeMs);
        pruned = true;
      }
    });
    this.withRoom(() => apply());
    this.decidedSincePrune = pruned ? 0 : this.decidedSincePrune + decided;
    if (pruned) this.historyCache = undefined;
    return decided;
  }

  /** Up to `limit` publishable rows not in `exclude`, oldest first or the newest (returned oldest first). */
  readyRows(order: 'oldest' | 'newest', limit: number, exclude: ReadonlySet<number>): ReadyRow[] {
    const stmt = order === 'oldest' ? this.st.readyAsc : this.st.readyDesc;
    const rows = (stmt.all(limit + exclude.size) as { seq: number; payload: Uint8Array }[]).filter((r) => !exclude.has(r.seq)).slice(0, limit);
    if (order === 'newest') rows.reverse();
    return rows;
  }

  /** Deletes acknowledged rows; returns how many were still there. */
  ack(seqs: readonly number[]): number {
    const remove = this.db.transaction(() => {
      let n = 0;
      for (const s of seqs) n += this.st.deleteSeq.run(s).changes;
      return n;
    });
    const n = this.withRoom(() => remove());
    this.count -= n;
    const done = n > 0 ? this.reclaim?.() : undefined;
    if (done) this.options.onReclaim?.(done);
    this.tryRestoreReserve();
    return n;
  }

  /**
   * Runs a write transaction; on a full disk gives up the reserve (if held) and runs it once more.
   * A failed transaction was rolled back whole, so the second try starts from the same state.
   */
  private withRoom<T>(write: () => T): T {
    try {
      return write();
    } catch (err) {
      const reserve = this.options.reserve;
      if (!isDiskFull(err) || !reserve || !this.reserveHeld()) throw err;
      this.reserveHeldNow = false;
      this.options.onReserve?.({ action: 'released', bytes: reserve.release() });
      walForFullDisk(this.db, true);
      this.nextReserveTryMs = this.now() + (this.options.reserveRetryMs ?? 60_000);
      return write();
    }
  }

  private reserveHeld(): boolean {
    return (this.reserveHeldNow ??= (this.options.reserve?.heldBytes() ?? 0) > 0);
  }

  /** Makes the reserve again once the disk has room for it (and as much again). */
  private tryRestoreReserve(): void {
    const reserve = this.options.reserve;
    if (!reserve || this.reserveHeld() || this.now() < this.nextReserveTryMs) return;
    this.nextReserveTryMs = this.now() + (this.options.reserveRetryMs ?? 60_000);
    if (!reserve.restore()) return;
    this.reserveHeldNow = true;
    walForFullDisk(this.db, false);
    this.options.onReserve?.({ action: 'restored', bytes: reserve.heldBytes() });
  }

  /** Decided readings of the last historyMaxAgeMs of data time, oldest first, for QcEngine.prime(). */
  history(): QcSample[] {
    const rows = this.st.recent.all(this.options.historyMaxAgeMs) as { seq: number; time_ms: number; clock_synced: number; values_json: string }[];
    return rows.map((r) => ({ seq: r.seq, timeMs: r.time_ms, clockSynced: r.clock_synced === 1, values: valuesFromJson(r.values_json) }));
  }

  /**
   * Decided readings of the last `spanMs` of data time with their QC flags, oldest first: the input
   * of the nowcast model (which keeps only QC-passed values, see common/nowcast/window.ts).
   */
  flaggedHistory(spanMs: number): FlaggedHistoryReading[] {
    type Row = { seq: number; time_ms: number; values_json: string; flags_json: string };
    const c = this.historyCache;
    if (c && c.spanMs === spanMs) {
      const added = (this.st.newer.all(c.maxSeq) as Row[]).map(parseHistoryRow);
      const last = c.rows[c.rows.length - 1];
      // Rows decided out of time order (a late reading) change the ordering: read it all again.
      if (added.every((r, i) => r.timeMs >= (i === 0 ? (last?.timeMs ?? -Infinity) : added[i - 1]!.timeMs))) {
        for (const r of added) {
          c.rows.push(r);
          c.maxSeq = Math.max(c.maxSeq, r.seq);
        }
        const newest = c.rows[c.rows.length - 1]?.timeMs ?? 0;
        let drop = 0;
        while (drop < c.rows.length && c.rows[drop]!.timeMs < newest - spanMs) drop++;
        if (drop > 0) c.rows.splice(0, drop);
        return c.rows.slice();
      }
    }
    const maxSeq = (this.st.historyMaxSeq.get() as { m: number | null }).m ?? -1;
    const rows = (this.st.since.all(spanMs) as Row[]).map(parseHistoryRow);
    this.historyCache = { spanMs, rows, maxSeq };
    return rows.slice();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function parseHistoryRow(r: { seq: number; time_ms: number; values_json: string; flags_json: string }): FlaggedHistoryReading {
  const flags: Partial<Record<VariableName, number>> = {};
  for (const [k, v] of Object.entries(JSON.parse(r.flags_json) as Record<string, [number, number]>)) flags[k as VariableName] = v[0];
  const values: Partial<Record<VariableName, number>> = {};
  for (const [k, v] of Object.entries(valuesFromJson(r.values_json))) if (typeof v === 'number') values[k as VariableName] = v;
  return { seq: r.seq, timeMs: r.time_ms, values, flags };
}

function toHeld(r: OutboxRow): HeldReading {
  return { seq: r.seq, timeMs: r.time_ms, clockSynced: r.clock_synced === 1, clockSuspect: r.clock_suspect === 1, values: valuesFromJson(r.values_json) };
}
