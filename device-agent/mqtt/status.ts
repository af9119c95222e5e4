import { v1, DeviceState } from '../../protos/index.js';
import type { FirmwareConfig } from '../config/types.js';

export const AGENT_VERSION = '0.1.0';

export interface StatusFacts {
  outboxDepth: number;
  outboxOldestMs: number | undefined;
  lastSeq: number;
  clockSynced: boolean;
  details: Record<string, string>;
}

export function stationInfo(config: FirmwareConfig): ReturnType<typeof v1.StationInfo.create> {
  return v1.StationInfo.create({
    deviceId: config.deviceId,
    site: config.site,
    name: config.station.name,
    latitude: config.station.latitude,
    longitude: config.station.longitude,
    elevationM: config.station.elevationM ?? NaN,
    hardware: config.hardware,
  });
}

/** The retained wx.v1.DeviceStatus; OFFLINE is also the MQTT last will. */
export function encodeStatus(config: FirmwareConfig, state: 'online' | 'offline', timeMs: number, facts?: StatusFacts): Buffer {
  const bytes = v1.DeviceStatus.encode({
    deviceId: config.deviceId,
    state: state === 'online' ? DeviceState.ONLINE : DeviceState.OFFLINE,
    timeMs,
    agentVersion: AGENT_VERSION,
    station: stationInfo(config),
    ...(facts
      ? {
          outboxDepth: facts.outboxDepth,
          outboxOldestMs: facts.outboxOldestMs ?? 0,
          lastSeq: facts.lastSeq,
          clockSynced: facts.clockSynced,
          details: { ...facts.details, samplingIntervalMs: String(config.samplingIntervalMs) },
        }
      : {}),
  }).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
