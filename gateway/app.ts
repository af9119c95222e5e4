/**
 * Assembles a running gateway from validated settings: outbox, ingest, embedded broker or bridge,
 * forwarder, metrics server. main.ts calls it after parsing flags; tests call it in-process.
 */
import { join } from 'node:path';
import type { ChannelCredentials } from '@grpc/grpc-js';
import type { Logger } from '../common/logger.js';
import { componentLogger } from '../common/logger.js';
import type { KeyPair } from '../common/tls.js';
import { createMetricsRegistry, serveMetrics, type MetricsServer } from '../common/metrics.js';
import { bytesAllocated } from '../common/disk-reserve.js';
import { isCorrupt } from '../common/sqlite.js';
import { markCorrupt } from '../common/sqlite-salvage.js';
import { bytesOnDisk, MIB } from '../common/sqlite-space.js';
import { createAuthenticator, type Authenticator } from './broker/auth.js';
import { createBroker, type Broker } from './broker/broker.js';
import { createBridge, type Bridge } from './bridge/bridge.js';
import { DEFAULT_BRIDGE_TOPICS } from './config/load.js';
import { createDeviceRegistry, type DeviceChanges } from './config/devices.js';
import type { DeviceConfig, GatewayConfig } from './config/schema.js';
import { createForwarder, type Forwarder } from './forward/forwarder.js';
import { startFusion } from './fusion-runner/service.js';
import { createBackpressure } from './ingest/backpressure.js';
import { createIngest } from './ingest/ingest.js';
import { createDeviceActivity, gatewayStatus, type StatusSources } from './status.js';
import { createRelay, type Relay } from './models-relay/relay.js';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.js';
import { reservePathOf, type Outbox } from './outbox/outbox.js';
import { openThreadedOutbox } from './outbox/outbox-thread.js';
import { recoverDamagedOutbox } from './outbox/recover.js';

export interface GatewaySettings {
  config: GatewayConfig;
  dataDir: string;
  mqtt: { host: string; port: number };
  /** Serve the embedded broker over TLS (mqtts://) with this certificate and key. */
  mqttTls?: KeyPair;
  /** host:port of the cloud gRPC ingest. */
  cloud: string;
  cloudToken?: string;
  /** TLS toward the cloud (common/grpc-tls.ts clientCredentials); plaintext when absent. */
  cloudCredentials?: ChannelCredentials;
  /** undefined: no /metrics server (the registry is still there). */
  metrics?: { host: string; port: number };
  /** External broker URL: bridge mode instead of the embedded broker. */
  bridgeUrl?: string;
  logger: Logger;
  /**
   * The gateway cannot go on (its outbox file is damaged, or its writer thread stopped): it refuses
   * every message from then on. wx-gateway stops and exits non-zero, so systemd restarts it, and
   * the start sets a damaged file aside (outbox/recover.ts). None: only logged.
   */
  onFatal?: (err: Error) => void;
}

export interface RunningGateway {
  mqttUrl: string;
  metricsUrl: string | undefined;
  metrics: GatewayMetrics;
  outbox: Outbox;
  broker: Broker | undefined;
  bridge: Bridge | undefined;
  forwarder: Forwarder;
  /**
   * Applies a reloaded config's devices at once: new ones may connect, and removed, disabled or
   * re-keyed ones are disconnected (their next connect is checked against the new entry).
   */
  reloadDevices(devices: readonly DeviceConfig[]): DeviceChanges;
  /** A renewed MQTT TLS certificate and key: new connections get it, open ones carry on. */
  reloadTls(keyPair: KeyPair): void;
  stop(): Promise<void>;
}

export async function startGateway(s: GatewaySettings): Promise<RunningGateway> {
  const { config, logger } = s;
  const metrics = createGatewayMetrics(createMetricsRegistry('gateway', { gateway: config.gatewayId }));
  const outboxPath = join(s.dataDir, 'outbox.sqlite');
  const outboxLogger = componentLogger(logger, 'outbox');
  metrics.sources.outboxFileBytes = () => bytesOnDisk(outboxPath);
  metrics.sources.outboxReserveBytes = () => bytesAllocated(reservePathOf(outboxPath));
  const recovered = recoverDamagedOutbox(outboxPath);
  if (recovered) {
    metrics.outboxRecovered.inc();
    outboxLogger.error({ ...recovered }, 'outbox was damaged: set aside, the rows that could be read carried over, a fresh outbox started');
  }
  const outbox = await openThreadedOutbox(
    {
      path: outboxPath,
      maxRows: config.outbox.maxRows,
      synchronous: config.outbox.synchronous,
      onSynced: (seconds) => metrics.outboxSync.observe(seconds),
      onWriteFailed: () => metrics.outboxWriteFailures.inc(),
      reserveBytes: config.outbox.reserveMiB * MIB,
      onDiskFull: (full) => metrics.outboxDiskFull.set(full ? 1 : 0),
      onFatal: (err) => {
        // Damage reported while running: the next start sets the file aside, though its quick check may pass.
        if (isCorrupt(err)) markCorrupt(outboxPath, err);
        outboxLogger.fatal({ err: err.message, code: (err as { code?: string }).code }, 'outbox unusable: refusing messages; the gateway must restart');
        s.onFatal?.(err);
      },
      // VACUUM holds the writer while it copies what is live: only once little is (the tail of a
      // drained backlog), so devices' PUBACKs wait tens of ms at most, even on an SD card; and what
      // a reclaim mid-drain leaves behind is at most that much.
      ...(config.outbox.reclaimFreeMiB > 0 ? { reclaim: { minFreeBytes: config.outbox.reclaimFreeMiB * MIB, maxLiveBytes: 2 * MIB } } : {}),
      onReclaimed: ({ before, after, seconds }) => {
        metrics.outboxReclaimed.inc(Math.max(0, before.fileBytes - after.fileBytes));
        outboxLogger.info({ beforeMiB: Math.round(before.fileBytes / MIB), afterMiB: Math.round(after.fileBytes / MIB), seconds }, 'outbox gave free disk space back');
      },
      // A stored row goes out whole in one ForwardBatch: never more than a batch may hold.
      maxRowEntries: Math.min(256, config.forwarding.batchMaxReadings, config.forwarding.maxInflightReadings),
    },
    outboxLogger,
  );
  try {
    return await assemble(s, metrics, outbox);
  } catch (err) {
    await outbox.close();
    throw err;
  }
}

async function assemble(s: GatewaySettings, metrics: GatewayMetrics, outbox: Outbox): Promise<RunningGateway> {
  const { config, logger } = s;
  const registry = createDeviceRegistry(config.devices);
  metrics.sources.outbox = () => ({ depth: outbox.depth(), oldestReceivedMs: outbox.oldestReceivedMs() });
  // Fusion (off unless configured) sees what ingest made durable and appends its output to the outbox.
  const fusion = config.fusion?.enabled
    ? startFusion({ config: config.fusion, gatewayId: config.gatewayId, dataDir: s.dataDir, outbox, registry: metrics.registry, logger: componentLogger(logger, 'fusion') })
    : undefined;
  // Over-the-air model updates: the relay (started with the broker below) answers devices' chunk requests.
  let relay: Relay | undefined;
  const activity = createDeviceActivity();
  const ingest = createIngest({ gatewayId: config.gatewayId, registry, outbox: fusion?.ingestOutbox ?? outbox, metrics, logger: componentLogger(logger, 'ingest'), limits: config.limits, onModelRequest: (d, p) => relay?.onModelRequest(d, p), activity });
  const forwarder = createForwarder({
    gatewayId: config.gatewayId,
    address: s.cloud,
    ...(s.cloudToken ? { token: s.cloudToken } : {}),
    ...(s.cloudCredentials ? { credentials: s.cloudCredentials } : {}),
    outbox,
    config: config.forwarding,
    metrics,
    logger: componentLogger(logger, 'forward'),
  });
  forwarder.start();
  const backpressure = createBackpressure({ config: config.backpressure, outbox, forwarding: () => forwarder.connected(), metrics });
  metrics.sources.backpressureHeld = () => backpressure.held();

  let broker: Broker | undefined;
  let bridge: Bridge | undefined;
  let authenticator: Authenticator | undefined;
  let mqttUrl: string;
  const bridgeUrl = s.bridgeUrl ?? config.bridge?.url;
  if (bridgeUrl) {
    bridge = createBridge({
      url: bridgeUrl,
      clientId: config.bridge?.clientId ?? `wx-gateway-${config.gatewayId}`,
      ...(config.bridge?.username !== undefined ? { username: config.bridge.username } : {}),
      ...(config.bridge?.password !== undefined ? { password: config.bridge.password } : {}),
      topics: config.bridge?.topics ?? DEFAULT_BRIDGE_TOPICS,
      ingest,
      logger: componentLogger(logger, 'bridge'),
    });
    await bridge.ready;
    mqttUrl = bridgeUrl;
  } else {
    authenticator = createAuthenticator({ registry, metrics, logger: componentLogger(logger, 'auth') });
    broker = await createBroker({ authenticator, ingest, metrics, logger: componentLogger(logger, 'broker'), backpressure, ...(s.mqttTls ? { tls: s.mqttTls } : {}) });
    mqttUrl = (await broker.listen(s.mqtt.host, s.mqtt.port)).url;
    const b = broker;
    relay = createRelay({
      gatewayId: config.gatewayId, address: s.cloud, ...(s.cloudToken ? { token: s.cloudToken } : {}), ...(s.cloudCredentials ? { credentials: s.cloudCredentials } : {}), dataDir: s.dataDir, registry,
      publishCommand: (device, command) => b.publishCommand(device, command), logger: componentLogger(logger, 'models-relay'),
    });
  }

  let metricsServer: MetricsServer | undefined;
  const embedded = broker;
  const statusSources: StatusSources = {
    gatewayId: config.gatewayId, cloudAddress: s.cloud, registry, activity, connections: embedded ? () => embedded.connections() : undefined,
    cloudConnected: () => forwarder.connected(), outbox, outboxFileBytes: () => metrics.sources.outboxFileBytes?.() ?? 0,
  };
  if (s.metrics) metricsServer = await serveMetrics(metrics.registry, s.metrics.host, s.metrics.port, { '/status': () => gatewayStatus(statusSources) });
  logger.info({ mqttUrl, cloud: s.cloud, metricsUrl: metricsServer?.url, devices: registry.size, outboxDepth: outbox.depth() }, 'gateway running');

  let stopping: Promise<void> | undefined;
  return {
    mqttUrl,
    metricsUrl: metricsServer?.url,
    metrics,
    outbox,
    broker,
    bridge,
    forwarder,
    reloadDevices(devices) {
      const changes = registry.replace(devices);
      activity.retain((id) => registry.has(id));
      const ended = [...changes.removed, ...changes.changed];
      authenticator?.forget(ended);
      const disconnected = ended.filter((id) => broker?.disconnect(id));
      if (changes.added.length > 0 || changes.removed.length > 0) relay?.devicesChanged();
      logger.info({ ...changes, disconnected, devices: registry.size }, 'devices reloaded');
      return changes;
    },
    reloadTls(keyPair) {
      if (!broker) throw new Error('bridge mode: no embedded broker to serve TLS');
      broker.setTls(keyPair);
      logger.info('MQTT TLS certificate reloaded');
    },
    stop() {
      stopping ??= (async () => {
        // Intake first (nothing new is acked), then let pending group commits settle, then the rest.
        await bridge?.stop();
        backpressure.stop(); // held messages are durable: their PUBACKs may go
        relay?.stop();
        await broker?.close();
        await new Promise((r) => setImmediate(r));
        fusion?.stop();
        await forwarder.stop();
        await metricsServer?.close();
        await outbox.close();
      })();
      return stopping;
    },
  };
}
