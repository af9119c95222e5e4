/**
 * wx-gateway: the site gateway. The one wiring point: flags (> env > config > defaults), config,
 * logger, then startGateway (app.ts). See DEVELOPERS.md "Program contracts".
 */
import { renameSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { helpText, parseCli, parseHostPort, type OptionSpecs } from '../common/cli.js';
import { hashPassword } from '../common/credentials.js';
import { describeError, isWxError, WxError } from '../common/errors.js';
import { clientCredentials } from '../common/grpc-tls.js';
import { loadKeyPair } from '../common/tls.js';
import { installShutdown } from '../common/lifecycle.js';
import { capHeapGrowth } from '../common/heap-growth.js';
import { createLogger } from '../common/logger.js';
import { startGateway, type RunningGateway } from './app.js';
import { loadGatewayConfig } from './config/load.js';
import { createConfigReload } from './config/reload.js';

const OPTIONS = {
  config: { type: 'string', env: 'WX_GATEWAY_CONFIG', description: 'gateway config (YAML/JSON): gatewayId, devices, forwarding, outbox, bridge' },
  'data-dir': { type: 'string', env: 'WX_DATA_DIR', default: './data/gateway', description: 'folder for the outbox database' },
  mqtt: { type: 'string', env: 'WX_GATEWAY_MQTT', default: '127.0.0.1:1883', description: 'embedded MQTT broker address host:port (port 0 = any free port)' },
  'mqtt-tls-cert': { type: 'string', env: 'WX_GATEWAY_MQTT_TLS_CERT', description: 'PEM certificate chain: serve MQTT over TLS (mqtts://, with --mqtt-tls-key)' },
  'mqtt-tls-key': { type: 'string', env: 'WX_GATEWAY_MQTT_TLS_KEY', description: 'PEM private key of --mqtt-tls-cert' },
  cloud: { type: 'string', env: 'WX_GATEWAY_CLOUD', default: '127.0.0.1:50051', description: 'cloud gRPC ingest host:port' },
  'cloud-token': { type: 'string', env: 'WX_GATEWAY_CLOUD_TOKEN', description: 'bearer token for the cloud' },
  'cloud-tls': { type: 'boolean', env: 'WX_GATEWAY_CLOUD_TLS', description: 'connect to the cloud over TLS, trusting the system CAs' },
  'cloud-ca': { type: 'string', env: 'WX_GATEWAY_CLOUD_CA', description: 'PEM CA bundle to trust for the cloud (implies --cloud-tls)' },
  metrics: { type: 'string', env: 'WX_GATEWAY_METRICS', default: '127.0.0.1:9464', description: '/metrics address host:port' },
  bridge: { type: 'string', env: 'WX_GATEWAY_BRIDGE', description: 'take readings from this external broker (mqtt://...) instead of the embedded one' },
  'ready-file': { type: 'string', description: 'write {pid, mqttUrl, metricsUrl} here once listening' },
  'log-level': { type: 'string', env: 'WX_LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug, trace, silent' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} satisfies OptionSpecs;

/** Old-generation growth between full GCs (common/heap-growth.ts): 223-259 MB instead of 312-330 MB peak at 1,000 devices. */
const HEAP_GROWTH_PERCENT = 100;

const SUMMARY = 'The site gateway: an MQTT broker for station agents, a durable outbox, and forwarding to the cloud over gRPC.';
const USAGE = 'wx-gateway [options]\n       wx-gateway hash-password [<password>]   (reads stdin when no password is given)';

async function readStdinLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function main(): Promise<void> {
  const { options, positionals } = parseCli(OPTIONS);
  if (options.help) {
    process.stdout.write(helpText('wx-gateway', SUMMARY, OPTIONS, USAGE));
    return;
  }
  if (positionals[0] === 'hash-password') {
    const password = positionals[1] ?? (await readStdinLine());
    if (password === '') throw new WxError('WX_ERR_ARGS_INVALID', 'hash-password: empty password');
    process.stdout.write(hashPassword(password) + '\n');
    return;
  }
  if (positionals.length > 0) throw new WxError('WX_ERR_ARGS_INVALID', `unknown command ${JSON.stringify(positionals[0])}`);
  if (!options.config) throw new WxError('WX_ERR_ARGS_INVALID', '--config (or WX_GATEWAY_CONFIG) is required', { field: 'config' });

  const mqtt = parseHostPort(options.mqtt!, 'mqtt');
  const mqttTls = loadKeyPair({ certFile: options['mqtt-tls-cert'], keyFile: options['mqtt-tls-key'] }, { cert: 'mqtt-tls-cert', key: 'mqtt-tls-key' });
  const metrics = parseHostPort(options.metrics!, 'metrics');
  parseHostPort(options.cloud!, 'cloud');
  const cloudCredentials = clientCredentials({ enabled: options['cloud-tls'] === true, ...(options['cloud-ca'] ? { caFile: options['cloud-ca'] } : {}) });
  const config = loadGatewayConfig(options.config);
  const logger = createLogger('wx-gateway', { level: options['log-level']! });
  const heapGrowth = capHeapGrowth(HEAP_GROWTH_PERCENT);
  logger.debug({ heapGrowthPercent: heapGrowth ?? 'from the node command line' }, 'V8 old-generation growth between full GCs');

  let fatalExit = false;
  let running: RunningGateway | undefined;
  const gateway = await startGateway({
    // Stop (stations are disconnected; they keep their readings) and exit non-zero: systemd restarts
    // the gateway, and its start sets a damaged outbox aside.
    onFatal: () => {
      if (fatalExit) return;
      fatalExit = true;
      void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(70));
    },
    config,
    dataDir: options['data-dir']!,
    mqtt,
    ...(mqttTls ? { mqttTls } : {}),
    cloud: options.cloud!,
    ...(options['cloud-token'] ? { cloudToken: options['cloud-token'] } : {}),
    cloudCredentials,
    metrics,
    ...(options.bridge ? { bridgeUrl: options.bridge } : {}),
    logger,
  });
  running = gateway;
  installShutdown(logger, () => gateway.stop());
  process.on(
    'SIGHUP',
    createConfigReload({
      path: options.config,
      running: config,
      target: gateway,
      logger,
      onResult: (result) => gateway.metrics.configReloads.inc({ result }),
      ...(mqttTls ? { loadTls: () => loadKeyPair({ certFile: options['mqtt-tls-cert'], keyFile: options['mqtt-tls-key'] }, { cert: 'mqtt-tls-cert', key: 'mqtt-tls-key' }) } : {}),
    }),
  );
  if (options['ready-file']) {
    // Written then renamed, so a reader never sees half a file.
    const tmp = `${options['ready-file']}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ pid: process.pid, mqttUrl: gateway.mqttUrl, metricsUrl: gateway.metricsUrl }));
    renameSync(tmp, options['ready-file']);
  }
}

main().catch((err: unknown) => {
  // Configuration and argument errors are the user's to fix: every problem listed, no stack trace.
  const usage = isWxError(err, 'WX_ERR_ARGS_INVALID') || isWxError(err, 'WX_ERR_CONFIG_INVALID') || isWxError(err, 'WX_ERR_CONFIG_UNREADABLE');
  process.stderr.write(`wx-gateway: ${describeError(err)}\n`);
  process.exit(usage ? 2 : 1);
});
