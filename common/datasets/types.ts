import type { VariableName } from '../variables.js';

/** One row of an observed station file, in the platform's variables and units. NaN = missing. */
export interface StationRecord {
  /** Unix epoch ms (UTC), converted from the file's local time. */
  timeMs: number;
  /** The file's own local time, "YYYY-MM-DD HH:MM", kept for reports and split boundaries. */
  localTime: string;
  values: Partial<Record<VariableName, number>>;
}

export interface StationMeta {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** NaN when the source gives none. */
  elevationM: number;
  file: string;
  /** Fixed offset of the file's local time from UTC, hours. */
  utcOffsetHours: number;
}

export type Split = 'train' | 'validation' | 'test';
