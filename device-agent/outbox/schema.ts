import type { SqliteDatabase } from '../../common/sqlite.js';

/**
 * The agent's durable state, one SQLite file per device:
 *  - meta: device_id, last_seq (the sequence counter, never reused), cursor (source position)
 *  - outbox: every reading not yet acknowledged by the broker; 'held' until QC decides it, then
 *    'ready' with its encoded wx.v1.Reading
 *  - history: recently decided readings (raw values and flags) to prime QC after a restart and for
 *    the nowcast issue
 */
export const SCHEMA_VERSION = 1;

export function migrate(db: SqliteDatabase): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS outbox (
      seq           INTEGER PRIMARY KEY,
      time_ms       INTEGER NOT NULL,
      stored_ms     INTEGER NOT NULL,
      clock_synced  INTEGER NOT NULL,
      clock_suspect INTEGER NOT NULL,
      values_json   TEXT NOT NULL,
      state         TEXT NOT NULL CHECK (state IN ('held', 'ready')),
      payload       BLOB
    ) STRICT;
    CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, seq);
    CREATE TABLE IF NOT EXISTS history (
      seq          INTEGER PRIMARY KEY,
      time_ms      INTEGER NOT NULL,
      clock_synced INTEGER NOT NULL,
      values_json  TEXT NOT NULL,
      flags_json   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS history_time ON history (time_ms);
  `);
  db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
}
