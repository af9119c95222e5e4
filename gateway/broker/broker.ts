/**
 * The embedded MQTT broker: aedes on a net.Server. Devices authenticate (auth.ts), the ACL (acl.ts)
 * guards topics, and every publish goes through the ingest inside authorizePublish.
 *
 * Ordering, from aedes 1.2 lib/handlers/publish.js: handlePublish runs authorizePublish and only
 * then enqueuePublish, which for QoS 1 writes the PUBACK. The ingest calls back only after the
 * outbox transaction committed, so a PUBACK always follows the durable write. An error passed to the
 * authorizePublish callback closes the connection without a PUBACK [MQTT-3.3.5-2]; that is used for
 * ACL violations and for "could not persist" (the device keeps the reading and resends it).
 * Bad payloads on a device's own topics are PUBACKed and dropped (counted), so a device does not
 * resend garbage forever and keeps its connection. The PUBACK of a stored message may be held by
 * the backpressure (ingest/backpressure.ts) while the outbox backlog is beyond its high-water mark.
 */
import { createServer, type AddressInfo, type Server } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { Aedes, type AedesPublishPacket, type Client, type PublishPacket, type Subscription } from 'aedes';
import type { Logger } from '../../common/logger.js';
import type { KeyPair } from '../../common/tls.js';
import { buildTopic } from '../../common/topics.js';
import { v1, type Command } from '../../protos/index.js';
import type { DeviceConfig } from '../config/schema.js';
import type { Backpressure } from '../ingest/backpressure.js';
import type { Ingest } from '../ingest/ingest.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import type { GatewayMetrics } from '../metrics.js';
import { mayPublish, maySubscribe } from './acl.js';
import type { Authenticator } from './auth.js';

export interface BrokerDeps {
  authenticator: Authenticator;
  ingest: Ingest;
  metrics: GatewayMetrics;
  logger: Logger;
  /** Holds the PUBACK of stored messages while the outbox backlog is too large. */
  backpressure?: Backpressure;
  /** Serve MQTT over TLS (mqtts://) with this certificate and key (common/tls.ts loadKeyPair). */
  tls?: KeyPair;
}

export interface Broker {
  aedes: Aedes;
  /** Starts listening; port 0 picks a free port. Resolves to the real address. */
  listen(host: string, port: number): Promise<{ host: string; port: number; url: string }>;
  /** Sends a command to a device's cmd topic (QoS 1), on the gateway's own authority. */
  publishCommand(device: DeviceConfig, command: Command): Promise<void>;
  /** Serves new TLS connections with this certificate and key (a renewed certificate); open ones keep theirs. */
  setTls(tls: KeyPair): void;
  /** Ends a device's connection, if it has one (removed, disabled or re-keyed by a reload). */
  disconnect(deviceId: string): boolean;
  /** The connected devices and when each connected (ms since 1970). */
  connections(): ReadonlyMap<string, number>;
  close(): Promise<void>;
}

export async function createBroker(deps: BrokerDeps): Promise<Broker> {
  const { authenticator, ingest, metrics, logger, backpressure, tls } = deps;
  const warn = createLogLimiter(logger);

  const aedes = await Aedes.createBroker({
    authenticate: (client, username, password, done) => authenticator.authenticate(client, username, password, done),
    authorizePublish(client: Client | null, packet: PublishPacket, callback: (error?: Error | null) => void) {
      const device = authenticator.deviceOf(client);
      if (client && (!device || !mayPublish(device, packet.topic))) {
        metrics.rejected.inc({ reason: 'not_authorized' });
        warn(`acl:${client.id}`, { clientId: client.id, topic: packet.topic }, 'publish outside the device ACL: closing the connection');
        callback(new Error(`not authorized to publish to ${packet.topic}`));
        return;
      }
      const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload, 'utf8') : packet.payload;
      ingest.submit({ topic: packet.topic, payload, ...(device ? { publisher: device } : {}) }, (err, outcome) => {
        if (err) {
          callback(err);
          return;
        }
        if (outcome === 'rejected') {
          // Acked and dropped: neither routed with content nor kept as a retained message.
          packet.retain = false;
          packet.payload = Buffer.alloc(0);
        }
        if (outcome === 'stored' && backpressure) backpressure.admit(() => callback(null));
        else callback(null);
      });
    },
    authorizeSubscribe(client: Client, sub: Subscription, callback: (error: Error | null, subscription?: Subscription | null) => void) {
      const device = authenticator.deviceOf(client);
      if (!device || !maySubscribe(device, sub.topic)) {
        metrics.rejected.inc({ reason: 'subscribe_denied' });
        warn(`sub:${client.id}`, { clientId: client.id, topic: sub.topic }, 'subscription outside the device ACL refused');
        callback(null, null); // SUBACK 0x80 for this filter; the connection stays [MQTT-3.9.3]
        return;
      }
      callback(null, sub);
    },
  });
  metrics.sources.connectedDevices = () => aedes.connectedClients;

  const connected = new Map<string, Client>();
  const connectedSince = new Map<string, number>();
  aedes.on('clientReady', (client) => {
    connected.set(client.id, client);
    connectedSince.set(client.id, Date.now());
    logger.info({ deviceId: client.id }, 'device connected');
  });
  aedes.on('clientDisconnect', (client) => {
    if (connected.get(client.id) === client) {
      connected.delete(client.id);
      connectedSince.delete(client.id);
    }
    logger.info({ deviceId: client.id }, 'device disconnected');
  });
  aedes.on('clientError', (client, err) => warn(`err:${client.id}`, { clientId: client.id, err: err.message }, 'client error'));
  aedes.on('connectionError', (client, err) => warn('connection', { clientId: client.id, err: err.message }, 'connection error'));

  // Stations often reach their gateway over links we do not own (cellular, a shared LAN): with a
  // certificate, passwords and readings go over TLS. aedes handles any duplex stream.
  const server: Server = tls ? createTlsServer(tls, (socket) => aedes.handle(socket)) : createServer((socket) => aedes.handle(socket));
  if (tls) server.on('tlsClientError', (err) => warn('tls', { err: err.message }, 'TLS handshake failed'));
  server.on('error', (err) => logger.error({ err }, 'MQTT server error'));

  return {
    aedes,
    listen(host, port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address() as AddressInfo;
          const h = host.includes(':') ? `[${host}]` : host;
          resolve({ host, port: addr.port, url: `${tls ? 'mqtts' : 'mqtt'}://${h}:${addr.port}` });
        });
      });
    },
    publishCommand(device, command) {
      const packet = {
        cmd: 'publish',
        topic: buildTopic(device.site, device.deviceId, 'cmd'),
        payload: Buffer.from(v1.Command.encode(command).finish()),
        qos: 1,
        retain: false,
        dup: false,
      } as AedesPublishPacket;
      return new Promise((resolve, reject) => aedes.publish(packet, (err) => (err ? reject(err) : resolve())));
    },
    setTls(keyPair) {
      if (!tls) throw new Error('the broker serves plain MQTT: start it with a certificate to serve TLS');
      (server as TlsServer).setSecureContext(keyPair);
    },
    connections: () => connectedSince,
    disconnect(deviceId) {
      const client = connected.get(deviceId);
      client?.close();
      return client !== undefined;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => undefined);
        aedes.close(() => resolve());
      });
    },
  };
}
