/**
 * Bridge mode: instead of its own broker, the gateway subscribes to an external one (e.g. Mosquitto)
 * and feeds the same ingest. No loss: mqtt.js sends the PUBACK of a QoS 1 message only after
 * Client#handleMessage calls back (lib/handlers/publish.js: emit 'message', then handleMessage, then
 * puback), and this bridge calls back only once the outbox committed the message. A persistent
 * session (fixed client id, clean: false) makes the external broker queue messages while the gateway
 * is away. When the outbox is full the message is retried, unacknowledged, until it fits.
 */
import mqtt, { type IPublishPacket, type MqttClient } from 'mqtt';
import type { Logger } from '../../common/logger.js';
import type { Ingest } from '../ingest/ingest.js';

export interface BridgeDeps {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  topics: readonly string[];
  ingest: Ingest;
  logger: Logger;
  /** ms between attempts to persist a message the outbox refused. */
  retryMs?: number;
}

export interface Bridge {
  client: MqttClient;
  /** Resolves once connected and subscribed the first time. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function createBridge(deps: BridgeDeps): Bridge {
  const { ingest, logger } = deps;
  const retryMs = deps.retryMs ?? 1000;
  let stopped = false;
  const client = mqtt.connect(deps.url, {
    clientId: deps.clientId,
    clean: false,
    protocolVersion: 4,
    reconnectPeriod: 1000,
    ...(deps.username !== undefined ? { username: deps.username } : {}),
    ...(deps.password !== undefined ? { password: deps.password } : {}),
  });

  client.handleMessage = (packet: IPublishPacket, callback: (error?: Error) => void): void => {
    const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload, 'utf8') : packet.payload;
    const attempt = (): void => {
      ingest.submit({ topic: packet.topic, payload }, (err) => {
        if (!err) return callback();
        if (stopped) return; // not persisted, not acked: the broker redelivers it to the next session
        setTimeout(attempt, retryMs);
      });
    };
    attempt();
  };

  const ready = new Promise<void>((resolve) => {
    client.on('connect', (connack) => {
      logger.info({ url: deps.url, sessionPresent: connack.sessionPresent }, 'bridge connected');
      client.subscribe(
        deps.topics.map((t) => t),
        { qos: 1 },
        (err, granted) => {
          if (err) logger.error({ err }, 'bridge subscribe failed');
          else {
            const refused = (granted ?? []).filter((g) => g.qos === 128);
            if (refused.length > 0) logger.error({ refused: refused.map((g) => g.topic) }, 'broker refused bridge subscriptions');
            resolve();
          }
        },
      );
    });
  });
  client.on('error', (err) => logger.warn({ err: err.message }, 'bridge connection error'));
  client.on('offline', () => logger.warn({ url: deps.url }, 'bridge offline; reconnecting'));

  return {
    client,
    ready,
    async stop() {
      stopped = true;
      await client.endAsync();
    },
  };
}
