/**
 * The MQTT topic scheme, the one place that builds or parses topics:
 *
 *   wx/v1/{site}/{device}/{kind}
 *
 * kinds: readings (ReadingBatch, QoS 1), status (DeviceStatus, retained, also the last will),
 * cmd (Command, gateway -> device), cmd-result (CommandResult, device -> gateway),
 * nowcast (Nowcast), model-req (ModelChunkRequest, device -> gateway), model-report (ModelUpdateReport).
 * Site and device ids are restricted to [A-Za-z0-9_.-] so they can never contain MQTT wildcards or
 * separators.
 */
export const TOPIC_ROOT = 'wx/v1';

export const MESSAGE_KINDS = ['readings', 'status', 'cmd', 'cmd-result', 'nowcast', 'model-req', 'model-report'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Kinds a device may publish; it may subscribe only to its own `cmd`. */
export const DEVICE_PUBLISH_KINDS: readonly MessageKind[] = ['readings', 'status', 'cmd-result', 'nowcast', 'model-req', 'model-report'];

export const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export interface TopicParts {
  site: string;
  deviceId: string;
  kind: MessageKind;
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function buildTopic(site: string, deviceId: string, kind: MessageKind): string {
  if (!isValidId(site)) throw new Error(`invalid site id: ${JSON.stringify(site)}`);
  if (!isValidId(deviceId)) throw new Error(`invalid device id: ${JSON.stringify(deviceId)}`);
  return `${TOPIC_ROOT}/${site}/${deviceId}/${kind}`;
}

/** Parses a concrete topic; returns undefined for anything outside the scheme. */
export function parseTopic(topic: string): TopicParts | undefined {
  const parts = topic.split('/');
  if (parts.length !== 5 || parts[0] !== 'wx' || parts[1] !== 'v1') return undefined;
  const [, , site, deviceId, kind] = parts as [string, string, string, string, string];
  if (!isValidId(site) || !isValidId(deviceId)) return undefined;
  if (!(MESSAGE_KINDS as readonly string[]).includes(kind)) return undefined;
  return { site, deviceId, kind: kind as MessageKind };
}

// Valid topics only (an unknown topic is parsed each time); bounded, as a device may make up ids.
const parsedTopics = new Map<string, Readonly<TopicParts>>();
const MAX_PARSED_TOPICS = 65_536;

/**
 * parseTopic, remembering the valid topics: a gateway sees the same few topics per device again and
 * again (the ACL and the ingest both parse each message's). The parts are shared: read-only.
 */
export function parseTopicCached(topic: string): Readonly<TopicParts> | undefined {
  let parts = parsedTopics.get(topic);
  if (parts) return parts;
  parts = parseTopic(topic);
  if (parts) {
    if (parsedTopics.size >= MAX_PARSED_TOPICS) parsedTopics.clear();
    parsedTopics.set(topic, parts);
  }
  return parts;
}

/** Subscription filter for one kind across all sites and devices (gateway side). */
export function kindFilter(kind: MessageKind): string {
  return `${TOPIC_ROOT}/+/+/${kind}`;
}
