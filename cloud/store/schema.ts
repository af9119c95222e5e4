import { VARIABLES } from '../../common/variables.js';
import type { StoredValue } from './types.js';

/**
 * SQLite layout of the hub store.
 *
 * readings: ONE WIDE ROW per reading. Per variable there are two columns:
 *   `<column>`     REAL    the raw value in the variable's unit; NULL when missing or not measured
 *   `<column>_qc`  INTEGER QC packed as `flag | (tests << 8)`: bits 0-7 hold the wx.v1.QcFlag number
 *                          (0..4), bits 8 and up the wx.v1.QcTest bitmask (QC_TESTS in
 *                          common/variables.ts). NULL when the reading did not carry the variable.
 * `clock_flags` packs bit 0 = clock_synced, bit 1 = clock_suspect.
 *
 * The table is WITHOUT ROWID, clustered on its primary key (station_id, seq): ingest is an
 * `INSERT ... ON CONFLICT DO NOTHING` on that key (idempotent on device + sequence), and a station's readings sit
 * together on disk. `readings_station_time` on (station_id, time_ms) serves the station + time range
 * queries of the API and the latest reading per station, at tens of millions of rows.
 * Stations and gateways are referenced by small integer ids to keep the wide rows short. These are
 * not declared as FOREIGN KEYs: the store creates the referenced rows in the same transaction, and
 * per-row foreign-key checks cost about a third of the ingest rate.
 */
export const SCHEMA_VERSION = 1;

export const QC_FLAG_MASK = 0xff;
export const QC_TESTS_SHIFT = 8;

/** Computed once: `2 ** QC_TESTS_SHIFT` inside the functions cost a pow() call per reading. */
const QC_TESTS_UNIT = 2 ** QC_TESTS_SHIFT;

export function packQc(flag: number, tests: number): number {
  // tests is a uint32 on the wire; shifting by 8 stays within SQLite's 64-bit integers but not
  // JavaScript's 32-bit bitwise operators, hence the multiplication.
  return (flag & QC_FLAG_MASK) + (tests >>> 0) * QC_TESTS_UNIT;
}

export function unpackQc(packed: number): { flag: number; tests: number } {
  return { flag: packed % QC_TESTS_UNIT, tests: Math.floor(packed / QC_TESTS_UNIT) };
}

export function toStoredValue(value: number | null, packed: number): StoredValue {
  const { flag, tests } = unpackQc(packed);
  return { value, flag, tests };
}

export const VARIABLE_COLUMNS = VARIABLES.map((v) => ({ name: v.name, value: v.column, qc: `${v.column}_qc` }));

/** Columns of `readings` in insert order. */
export const READING_COLUMNS = [
  'station_id',
  'seq',
  'time_ms',
  'gateway_received_ms',
  'cloud_received_ms',
  'clock_flags',
  'gateway_ref',
  ...VARIABLE_COLUMNS.flatMap((c) => [c.value, c.qc]),
];

export const DDL = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS gateways (
  id            INTEGER PRIMARY KEY,
  gateway_id    TEXT NOT NULL UNIQUE,
  stored        INTEGER NOT NULL DEFAULT 0,
  duplicates    INTEGER NOT NULL DEFAULT 0,
  rejected      INTEGER NOT NULL DEFAULT 0,
  batches       INTEGER NOT NULL DEFAULT 0,
  last_seen_ms  INTEGER
);

CREATE TABLE IF NOT EXISTS stations (
  id               INTEGER PRIMARY KEY,
  device_id        TEXT NOT NULL UNIQUE,
  site             TEXT,
  name             TEXT,
  latitude         REAL,
  longitude        REAL,
  elevation_m      REAL,
  hardware         TEXT,
  gateway_id       TEXT,
  state            TEXT,
  status_time_ms   INTEGER,
  agent_version    TEXT,
  status_last_seq  INTEGER,
  outbox_depth     INTEGER,
  clock_synced     INTEGER,
  last_reading_ms  INTEGER,
  details_json     TEXT
);

CREATE TABLE IF NOT EXISTS readings (
  station_id          INTEGER NOT NULL,
  seq                 INTEGER NOT NULL,
  time_ms             INTEGER NOT NULL,
  gateway_received_ms INTEGER,
  cloud_received_ms   INTEGER NOT NULL,
  clock_flags         INTEGER NOT NULL,
  gateway_ref         INTEGER,
${VARIABLE_COLUMNS.map((c) => `  ${c.value} REAL,\n  ${c.qc} INTEGER,`).join('\n')}
  PRIMARY KEY (station_id, seq)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS readings_station_time ON readings (station_id, time_ms);
`;

/**
 * Columns added to a table after schema version 1, nullable so that older code still reads the
 * file: added to a store created before them when it is opened.
 */
const ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [{ table: 'stations', column: 'details_json', type: 'TEXT' }];

export function addMissingColumns(db: { prepare(sql: string): { all(): unknown[] }; exec(sql: string): unknown }): void {
  for (const { table, column, type } of ADDED_COLUMNS) {
    const have = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
    if (!have) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}
