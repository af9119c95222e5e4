import type { DeviceConfig } from './schema.js';

/** Registered devices by id (the broker's auth and ACL and the ingest's checks share it). */
export interface DeviceRegistry {
  get(deviceId: string): DeviceConfig | undefined;
  has(deviceId: string): boolean;
  size: number;
}

export function createDeviceRegistry(devices: readonly DeviceConfig[]): DeviceRegistry {
  const byId = new Map(devices.map((d) => [d.deviceId, d]));
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    size: byId.size,
  };
}
