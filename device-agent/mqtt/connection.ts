import { readFileSync } from 'node:fs';
import mqtt, { type MqttClient } from 'mqtt';
import { buildTopic } from '../../common/topics.js';
import type { FirmwareConfig } from '../config/types.js';
import { manageReconnects, MQTTJS_RETRY_OFF_MS } from './reconnect.js';
import { encodeStatus } from './status.js';

export interface AgentTopics {
  readings: string;
  status: string;
  cmd: string;
  cmdResult: string;
}

export function agentTopics(config: FirmwareConfig): AgentTopics {
  return {
    readings: buildTopic(config.site, config.deviceId, 'readings'),
    status: buildTopic(config.site, config.deviceId, 'status'),
    cmd: buildTopic(config.site, config.deviceId, 'cmd'),
    cmdResult: buildTopic(config.site, config.deviceId, 'cmd-result'),
  };
}

/**
 * MQTT client options (3.1.1 by default: aedes, the gateway's broker, speaks 3.1.1): client id = device id, username = gateway.username or the device id,
 * password from the config (or its overrides), a clean session (the outbox, not the broker session,
 * is what makes delivery reliable), and the retained OFFLINE status as last will.
 */
export function mqttOptions(config: FirmwareConfig, nowMs: number): mqtt.IClientOptions {
  const password = config.gateway.password;
  return {
    protocolVersion: config.gateway.protocolVersion,
    clientId: config.deviceId,
    clean: true,
    username: config.gateway.username ?? config.deviceId,
    // mqtts:// verifies the gateway's certificate: against this CA, else the system's.
    ...(config.gateway.caFile ? { ca: readFileSync(config.gateway.caFile), rejectUnauthorized: true } : {}),
    ...(password === undefined ? {} : { password }),
    keepalive: config.gateway.keepaliveS,
    // Tries are made by reconnect.ts (backoff with jitter); MQTT.js's own fixed-period retry stays on but never fires first.
    reconnectPeriod: MQTTJS_RETRY_OFF_MS,
    connectTimeout: config.gateway.connectTimeoutMs,
    will: { topic: agentTopics(config).status, payload: encodeStatus(config, 'offline', nowMs), qos: 1, retain: true },
    // mqtt-packet otherwise pre-builds 65,536 two-byte Buffers for message ids (about 6 MB of heap):
    // worth it on a broker, not on a device that sends a few packets a minute.
    writeCache: false,
  };
}

/**
 * Starts connecting, and reconnecting for ever with backoff (reconnect.ts) until the client is
 * ended; the agent samples whether or not it is connected.
 */
export function connectMqtt(config: FirmwareConfig, nowMs: number): MqttClient {
  const client = mqtt.connect(config.gateway.url, mqttOptions(config, nowMs));
  const reconnects = manageReconnects(client, { initialMs: config.gateway.reconnectPeriodMs, maxMs: config.gateway.reconnectMaxMs });
  client.once('end', () => reconnects.stop());
  return client;
}
