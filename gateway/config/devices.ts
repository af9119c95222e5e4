import type { DeviceConfig } from './schema.js';

/** What a reload changed, by device id. */
export interface DeviceChanges {
  added: string[];
  removed: string[];
  /** Password, site or enabled changed: sessions made under the old entry must end. */
  changed: string[];
}

/** Registered devices by id (the broker's auth and ACL and the ingest's checks share it). */
export interface DeviceRegistry {
  get(deviceId: string): DeviceConfig | undefined;
  has(deviceId: string): boolean;
  ids(): string[];
  readonly size: number;
  /** Swaps in a new device list at once (a config reload) and says what changed. */
  replace(devices: readonly DeviceConfig[]): DeviceChanges;
}

const sameEntry = (a: DeviceConfig, b: DeviceConfig): boolean => a.passwordHash === b.passwordHash && a.site === b.site && a.enabled === b.enabled;

export function createDeviceRegistry(devices: readonly DeviceConfig[]): DeviceRegistry {
  let byId = new Map(devices.map((d) => [d.deviceId, d]));
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    ids: () => [...byId.keys()],
    get size() {
      return byId.size;
    },
    replace(next) {
      const nextById = new Map(next.map((d) => [d.deviceId, d]));
      const changes: DeviceChanges = { added: [], removed: [], changed: [] };
      for (const [id, d] of nextById) {
        const old = byId.get(id);
        if (!old) changes.added.push(id);
        else if (!sameEntry(old, d)) changes.changed.push(id);
      }
      for (const id of byId.keys()) if (!nextById.has(id)) changes.removed.push(id);
      byId = nextById;
      return changes;
    },
  };
}
