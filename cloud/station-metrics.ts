/**
 * Each station's health as the hub sees it, on /metrics: when its newest reading was taken, whether
 * its last status said online (the MQTT last will says offline), and its outbox backlog then. Stations
 * usually sit behind NAT, where no Prometheus scrapes their agents; this is how the central dashboard
 * and the alerts (deploy/prometheus) see a station gone silent. One series per station and gauge,
 * read from the store's stations table at scrape time (no readings are read).
 */
import { Gauge, type Registry } from 'prom-client';
import type { StationHealth } from './store/types.js';

/** A scrape asks once for all three gauges. */
const SHARED_FOR_MS = 1000;

export function registerStationMetrics(registry: Registry, read: () => Promise<StationHealth[]>): void {
  let cached: { at: number; rows: Promise<StationHealth[]> } | undefined;
  const rows = (): Promise<StationHealth[]> => {
    const now = Date.now();
    if (!cached || now - cached.at > SHARED_FOR_MS) cached = { at: now, rows: read() };
    return cached.rows;
  };
  const labelNames = ['device', 'site'] as const;
  const gauge = (name: string, help: string, value: (s: StationHealth) => number | null): void => {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const stations = await rows();
        this.reset(); // a station no longer in the store leaves no series behind
        for (const s of stations) {
          const v = value(s);
          if (v !== null) this.set({ device: s.deviceId, site: s.site ?? '' }, v);
        }
      },
    });
  };
  gauge('wx_cloud_station_last_reading_timestamp_seconds', 'Device time of the newest reading stored for each station (time() minus this: how stale it is)', (s) =>
    s.lastReadingMs === null ? null : s.lastReadingMs / 1000,
  );
  gauge('wx_cloud_station_online', "1 if the station's last status said online, 0 if offline (its MQTT last will)", (s) =>
    s.state === 'online' ? 1 : s.state === 'offline' ? 0 : null,
  );
  gauge('wx_cloud_station_outbox_depth', "Readings the station's outbox held unacknowledged at its last status", (s) => s.outboxDepth);
}
