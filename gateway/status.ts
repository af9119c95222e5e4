/**
 * GET /status on the gateway's metrics port: what a site's operator asks first, as JSON. Which of
 * its stations are connected and since when, when each last sent something and what, whether the
 * cloud link is up, and the outbox's backlog. Prometheus has the totals; this names the stations
 * (per-device series would multiply the gateway's metrics by its stations).
 */
import type { MessageKind } from '../common/topics.js';
import type { DeviceRegistry } from './config/devices.js';

/** The newest message per known device, noted by ingest: one clock read and one Map update per message. */
export interface DeviceActivity {
  seen(deviceId: string, kind: MessageKind, timeMs: number): void;
  last(deviceId: string): { timeMs: number; kind: MessageKind } | undefined;
  /** Devices no longer configured (a reload) are forgotten. */
  retain(isKnown: (deviceId: string) => boolean): void;
}

export function createDeviceActivity(): DeviceActivity {
  const last = new Map<string, { timeMs: number; kind: MessageKind }>();
  return {
    seen(deviceId, kind, timeMs) {
      const entry = last.get(deviceId);
      if (entry) {
        entry.timeMs = timeMs;
        entry.kind = kind;
      } else last.set(deviceId, { timeMs, kind });
    },
    last: (deviceId) => last.get(deviceId),
    retain(isKnown) {
      for (const id of last.keys()) if (!isKnown(id)) last.delete(id);
    },
  };
}

export interface StatusSources {
  gatewayId: string;
  cloudAddress: string;
  registry: DeviceRegistry;
  activity: DeviceActivity;
  /** Connected devices and since when (ms); undefined in bridge mode (an external broker holds them). */
  connections: (() => ReadonlyMap<string, number>) | undefined;
  cloudConnected: () => boolean;
  outbox: { depth(): number; oldestReceivedMs(): number | undefined };
  outboxFileBytes: () => number;
  now?: () => number;
}

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

export function gatewayStatus(s: StatusSources): unknown {
  const connections = s.connections?.();
  const devices = s.registry
    .ids()
    .map((id) => s.registry.get(id)!)
    .map((d) => {
      const last = s.activity.last(d.deviceId);
      const since = connections?.get(d.deviceId);
      return {
        id: d.deviceId,
        site: d.site,
        enabled: d.enabled,
        connected: connections ? since !== undefined : null,
        connectedSince: iso(since),
        lastMessage: iso(last?.timeMs),
        lastKind: last?.kind ?? null,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    gatewayId: s.gatewayId,
    time: iso((s.now ?? Date.now)()),
    mode: connections ? 'broker' : 'bridge',
    cloud: { address: s.cloudAddress, connected: s.cloudConnected() },
    outbox: { depth: s.outbox.depth(), oldestReceived: iso(s.outbox.oldestReceivedMs()), fileBytes: s.outboxFileBytes() },
    devices: { configured: devices.length, connected: connections ? devices.filter((d) => d.connected).length : null, list: devices },
  };
}
