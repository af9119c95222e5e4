/**
 * The topic ACL: a device publishes only under wx/v1/{its site}/{its id}/{readings|status|cmd-result|
 * nowcast} and subscribes only to its own cmd topic. The gateway's own publishes (commands) go through
 * aedes.publish, which bypasses authorizePublish.
 */
import { buildTopic, DEVICE_PUBLISH_KINDS, parseTopicCached } from '../../common/topics.js';
import type { DeviceConfig } from '../config/schema.js';

export function mayPublish(device: DeviceConfig, topic: string): boolean {
  const parts = parseTopicCached(topic);
  return parts !== undefined && parts.site === device.site && parts.deviceId === device.deviceId && DEVICE_PUBLISH_KINDS.includes(parts.kind);
}

/** Exact match only: wildcards could reach other devices' command topics. */
export function maySubscribe(device: DeviceConfig, filter: string): boolean {
  return filter === buildTopic(device.site, device.deviceId, 'cmd');
}
