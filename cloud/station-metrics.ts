/**
 * Each station's and gateway's health as the hub sees it, on /metrics. For a station: when its
 * newest reading was taken, whether its last status said online (the MQTT last will says offline),
 * and its outbox backlog then. For a gateway: when the hub last stored a batch from it. Stations
 * and gateways usually sit behind NAT, where no Prometheus scrapes them; this is how the central
 * dashboard and the alerts (deploy/prometheus) see one gone silent. Read from the store's stations
 * and gateways tables at scrape time (no readings are read).
 */
import { Gauge, type Registry } from 'prom-client';
import type { GatewayStats, StationHealth } from './store/types.js';

/** A scrape asks the store once for all the gauges of a kind. */
const SHARED_FOR_MS = 1000;

/** Gauges whose series are the rows `read` gives at each scrape (a row gone leaves no series behind). */
function rowGauges<Row, L extends string>(registry: Registry, read: () => Promise<Row[]>, labelsOf: (r: Row) => Record<L, string>, labelNames: readonly L[]) {
  let cached: { at: number; rows: Promise<Row[]> } | undefined;
  const rows = (): Promise<Row[]> => {
    const now = Date.now();
    if (!cached || now - cached.at > SHARED_FOR_MS) cached = { at: now, rows: read() };
    return cached.rows;
  };
  return (name: string, help: string, value: (r: Row) => number | null): void => {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const all = await rows();
        this.reset();
        for (const r of all) {
          const v = value(r);
          if (v !== null) this.set(labelsOf(r), v);
        }
      },
    });
  };
}

export function registerStationMetrics(registry: Registry, read: () => Promise<StationHealth[]>): void {
  const gauge = rowGauges(registry, read, (s) => ({ device: s.deviceId, site: s.site ?? '' }), ['device', 'site'] as const);
  gauge('wx_cloud_station_last_reading_timestamp_seconds', 'Device time of the newest reading stored for each station (time() minus this: how stale it is)', (s) =>
    s.lastReadingMs === null ? null : s.lastReadingMs / 1000,
  );
  gauge('wx_cloud_station_online', "1 if the station's last status said online, 0 if offline (its MQTT last will)", (s) =>
    s.state === 'online' ? 1 : s.state === 'offline' ? 0 : null,
  );
  gauge('wx_cloud_station_outbox_depth', "Readings the station's outbox held unacknowledged at its last status", (s) => s.outboxDepth);
}

export function registerGatewayMetrics(registry: Registry, read: () => Promise<GatewayStats[]>): void {
  const gauge = rowGauges(registry, read, (g) => ({ gateway: g.gatewayId }), ['gateway'] as const);
  gauge('wx_cloud_gateway_last_seen_timestamp_seconds', "When the hub last stored a batch from each gateway, by the hub's clock (kept across hub restarts)", (g) =>
    g.lastSeenMs === null ? null : g.lastSeenMs / 1000,
  );
}
