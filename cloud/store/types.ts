import type { VariableName } from '../../common/variables.js';
import type { ReadingRows } from './reading-rows.js';

/** One variable of one reading as the hub keeps it. `value` is null when missing (NaN on the wire). */
export interface StoredValue {
  value: number | null;
  /** wx.v1.QcFlag number (0 unspecified, 1 good, 2 suspect, 3 bad, 4 missing). */
  flag: number;
  /** Bitmask of wx.v1.QcTest values that fired. */
  tests: number;
}

/** A validated reading, ready to store. Times are Unix epoch milliseconds. */
export interface ReadingRecord {
  deviceId: string;
  seq: number;
  timeMs: number;
  clockSynced: boolean;
  clockSuspect: boolean;
  /** Set by the gateway; null when it did not. */
  gatewayReceivedMs: number | null;
  cloudReceivedMs: number;
  gatewayId: string;
  values: Partial<Record<VariableName, StoredValue>>;
}

/** Station metadata and state from a DeviceStatus. */
export interface StationUpdate {
  deviceId: string;
  gatewayId: string;
  /** Status time (device clock); an older status than the one stored does not overwrite it. */
  statusTimeMs: number;
  state: 'online' | 'offline' | 'unspecified';
  agentVersion: string;
  lastSeq: number;
  outboxDepth: number;
  clockSynced: boolean;
  /** Free-form facts of the status (source, hardware, model version, a replaced outbox...), bounded at ingest. */
  details?: Record<string, string>;
  /** Present when the status carried StationInfo. */
  info?: {
    site: string;
    name: string;
    latitude: number | null;
    longitude: number | null;
    elevationM: number | null;
    hardware: string;
  };
}

export interface BatchInput {
  gatewayId: string;
  /** As records, or already in the write layout (what the hub's ingest decodes to). */
  readings: readonly ReadingRecord[] | ReadingRows;
  statuses: readonly StationUpdate[];
  /** Readings of this batch rejected by validation, counted in the gateway's stats. */
  rejected: number;
}

export interface BatchResult {
  stored: number;
  duplicates: number;
  /**
   * The readings that were new (not duplicates), in input order: what sinks should receive. Made
   * on first use (records cost time and memory the hub spends only when a sink wants them).
   */
  readonly storedReadings: ReadingRecord[];
}

export interface StationSummary {
  deviceId: string;
  site: string | null;
  name: string | null;
  latitude: number | null;
  longitude: number | null;
  elevationM: number | null;
  hardware: string | null;
  gatewayId: string | null;
  state: string | null;
  statusTimeMs: number | null;
  agentVersion: string | null;
  /** The last status's details; null before one with details came. */
  details: Record<string, string> | null;
  lastReadingMs: number | null;
  /** The station's reading with the latest device time, if any. */
  latest: ReadingRecord | null;
}

export interface ObservationQuery {
  deviceId: string;
  /** Inclusive lower bound on device time, ms. */
  fromMs?: number;
  /** Exclusive upper bound on device time, ms. */
  toMs?: number;
  /** Variables to return; all when absent. */
  variables?: readonly VariableName[];
  /** Rows to return at most; ordered by device time, then sequence. */
  limit: number;
}

export interface ObservationPage {
  readings: ReadingRecord[];
  /** More rows matched than `limit`. */
  truncated: boolean;
}

export interface GatewayStats {
  gatewayId: string;
  stored: number;
  duplicates: number;
  rejected: number;
  batches: number;
  lastSeenMs: number | null;
}

export interface StoreStats {
  stored: number;
  duplicates: number;
  rejected: number;
  stations: number;
  gateways: GatewayStats[];
}

/**
 * Where the hub keeps observations. Ingest is idempotent on (deviceId, seq): a reading stored twice
 * counts as a duplicate and changes nothing. `storeBatch` resolves only once the batch is durable
 * (committed), so the caller may acknowledge it.
 */
/** What the hub knows of a station's health from what reached it. */
export interface StationHealth {
  deviceId: string;
  site: string | null;
  /** Device time of its newest stored reading. */
  lastReadingMs: number | null;
  /** From its last status (the MQTT last will says offline); null before any status. */
  state: 'online' | 'offline' | 'unspecified' | null;
  /** Readings its outbox held unacknowledged at its last status. */
  outboxDepth: number | null;
}

export interface ObservationStore {
  storeBatch(batch: BatchInput): Promise<BatchResult>;
  /** Several batches (from any gateways) committed together; results in input order. */
  storeBatches(batches: readonly BatchInput[]): Promise<BatchResult[]>;
  listStations(): Promise<StationSummary[]>;
  /** Every station's freshness and last reported state, cheaply (no readings read): for /metrics. */
  stationHealth(): Promise<StationHealth[]>;
  getStation(deviceId: string): Promise<StationSummary | undefined>;
  queryObservations(query: ObservationQuery): Promise<ObservationPage>;
  stats(): Promise<StoreStats>;
  /** The site of a known station (from its last status), for sinks that tag by site. */
  siteOf(deviceId: string): string | undefined;
  /** Cheap liveness check of the underlying storage. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
