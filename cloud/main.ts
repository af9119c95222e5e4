import { writeFileSync } from 'node:fs';
import { helpText, parseCli, parseHostPort, type OptionSpecs } from '../common/cli.js';
import { describeError, isWxError } from '../common/errors.js';
import { serverTls } from '../common/grpc-tls.js';
import { createLogger } from '../common/logger.js';
import { installShutdown } from '../common/lifecycle.js';
import { createMetricsRegistry } from '../common/metrics.js';
import { loadCloudConfig } from './config.js';
import { startHub } from './hub.js';
import { createHubReload } from './reload.js';
import { runBackupCli } from './backup-cli.js';
import { runModelsCli } from './models/operator-cli.js';

/** wx-cloud: the hub. Flags > environment > config file > defaults (DEVELOPERS.md, program contracts). */
const OPTIONS = {
  http: { type: 'string', env: 'WX_CLOUD_HTTP', default: '127.0.0.1:8080', description: 'REST API, web dashboard, /metrics and /healthz address (port 0 = any)' },
  grpc: { type: 'string', env: 'WX_CLOUD_GRPC', default: '127.0.0.1:50051', description: 'gRPC ingest address for gateways (port 0 = any)' },
  'grpc-tls-cert': { type: 'string', env: 'WX_CLOUD_GRPC_TLS_CERT', description: 'PEM certificate chain: serve gRPC over TLS (with --grpc-tls-key)' },
  'grpc-tls-key': { type: 'string', env: 'WX_CLOUD_GRPC_TLS_KEY', description: 'PEM private key of --grpc-tls-cert' },
  config: { type: 'string', env: 'WX_CLOUD_CONFIG', description: 'YAML/JSON config: gateways with token SHA-256s, InfluxDB sink' },
  'gateway-token': { type: 'string', env: 'WX_CLOUD_GATEWAY_TOKEN', description: 'accept this bearer token from any gateway id (local set-ups)' },
  'data-dir': { type: 'string', env: 'WX_DATA_DIR', default: './data/cloud', description: 'folder of the SQLite store' },
  'ready-file': { type: 'string', description: 'write {pid, httpUrl, grpcAddress} here once listening' },
  'log-level': { type: 'string', env: 'WX_LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug, trace or silent' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} satisfies OptionSpecs;

/**
 * `wx-cloud <tool> ...`: models (signing key, signatures, registering a model version) and backup (a
 * consistent copy of the data folder, safe while the hub runs).
 */
const TOOLS: Record<string, (argv: string[]) => void | Promise<void>> = { models: runModelsCli, backup: runBackupCli };

/** Usage errors: every problem listed, exit 2, no stack trace. */
function exitUsage(err: unknown): never {
  process.stderr.write(`wx-cloud: ${describeError(err)}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  // Operator tools, each with its own flags: usage errors exit 2 as the hub's own do.
  const name = process.argv[2] ?? '';
  const tool = Object.hasOwn(TOOLS, name) ? TOOLS[name] : undefined;
  if (tool) {
    try {
      await tool(process.argv.slice(3));
    } catch (err) {
      if (isWxError(err)) exitUsage(err);
      throw err;
    }
    return;
  }
  let settings;
  try {
    const { options, positionals } = parseCli(OPTIONS);
    if (options.help) {
      process.stdout.write(helpText('wx-cloud', 'Cloud hub: gRPC ingest from gateways, SQLite store (optional InfluxDB sink), REST API and web dashboard.', OPTIONS, 'wx-cloud [options]\n       wx-cloud models keygen|sign|publish ...   (operator tools for model versions; `wx-cloud models --help`)\n       wx-cloud backup --to <dir>                (a consistent copy of the data folder, safe while running; `wx-cloud backup --help`)'));
      return;
    }
    if (positionals.length > 0) exitUsage(new Error(`unexpected argument ${JSON.stringify(positionals[0])}`));
    settings = {
      http: parseHostPort(options.http!, 'http'),
      grpc: parseHostPort(options.grpc!, 'grpc'),
      grpcTls: serverTls({ certFile: options['grpc-tls-cert'], keyFile: options['grpc-tls-key'] }),
      config: loadCloudConfig(options.config),
      configPath: options.config,
      gatewayToken: options['gateway-token'],
      dataDir: options['data-dir']!,
      readyFile: options['ready-file'],
      logLevel: options['log-level']!,
    };
  } catch (err) {
    if (isWxError(err)) exitUsage(err);
    throw err;
  }
  const logger = createLogger('wx-cloud', { level: settings.logLevel });
  if (settings.config.gateways.length === 0 && !settings.gatewayToken) {
    logger.warn('no gateways configured and no --gateway-token: every gateway stream will be refused');
  }
  const registry = createMetricsRegistry('cloud');
  const { grpcTls, configPath, ...hubSettings } = settings;
  const hub = await startHub({ ...hubSettings, ...(grpcTls ? { grpcCredentials: grpcTls.credentials } : {}), logger, registry });
  installShutdown(logger, () => hub.stop());
  process.on('SIGHUP', createHubReload({ configPath, running: hubSettings.config, tls: grpcTls, readAccess: hub.readAccess, registry, logger }));
  if (settings.readyFile) {
    writeFileSync(settings.readyFile, JSON.stringify({ pid: process.pid, httpUrl: hub.httpUrl, grpcAddress: hub.grpcAddress }) + '\n');
  }
  logger.info({ httpUrl: hub.httpUrl, grpcAddress: hub.grpcAddress, grpcTls: Boolean(grpcTls), dataDir: settings.dataDir, influx: settings.config.influx?.url ?? null }, 'wx-cloud ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`wx-cloud: ${describeError(err)}\n`);
  process.exit(1);
});
