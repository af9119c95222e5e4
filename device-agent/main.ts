import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { helpText, parseCli, parseHostPort } from '../common/cli.js';
import { describeError, isWxError, WxError } from '../common/errors.js';
import { sharedDataDir } from '../common/datasets/index.js';
import { installShutdown } from '../common/lifecycle.js';
import { componentLogger, createLogger } from '../common/logger.js';
import { createMetricsRegistry, serveMetrics, type MetricsServer } from '../common/metrics.js';
import { createAgent } from './agent.js';
import { clockSyncProbe } from './clock/clock.js';
import { effectiveQcConfig, loadFirmwareConfig, type ConfigOverrides } from './config/load.js';
import { createAgentMetrics } from './metrics.js';
import { connectMqtt } from './mqtt/connection.js';
import { openNowcasting } from './nowcasting/open.js';
import { openOutbox, outboxPath } from './outbox/open.js';
import { isCorrupt } from '../common/sqlite.js';
import { markCorrupt } from '../common/sqlite-salvage.js';
import { createQcEngine } from './qc/index.js';
import { createSource, realHost } from './sources/index.js';
import { AGENT_OPTIONS } from './options.js';

/** Exit codes: 0 done, 1 runtime failure at start, 2 bad arguments or config, 70 internal error. */
function fail(code: number, message: string): never {
  process.stderr.write(`wx-agent: ${message}\n`);
  process.exit(code);
}

function positiveNumber(value: string | undefined, flag: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--${flag}: expected a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(value)}`, { field: flag });
  }
  return n;
}

function writeReadyFile(path: string, content: object): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(content) + '\n');
  renameSync(tmp, path); // readers never see a half-written file
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseCli(AGENT_OPTIONS);
  } catch (err) {
    fail(2, `${describeError(err)}\n${helpText('wx-agent', 'Weather station agent', AGENT_OPTIONS)}`);
  }
  const opts = parsed.options;
  if (opts.help) {
    process.stdout.write(helpText('wx-agent', 'Weather station agent: samples a source, checks quality, keeps a durable outbox and publishes to the site gateway over MQTT.', AGENT_OPTIONS, 'wx-agent --config <file> [options]'));
    process.exit(0);
  }
  let config;
  let maxReadings: number | undefined;
  let metricsAddr: { host: string; port: number } | undefined;
  try {
    if (!opts.config) throw new WxError('WX_ERR_ARGS_INVALID', '--config <file> is required', { field: 'config' });
    const speedup = positiveNumber(opts.speedup, 'speedup', false);
    maxReadings = positiveNumber(opts['max-readings'], 'max-readings', true);
    metricsAddr = opts.metrics ? parseHostPort(opts.metrics, 'metrics') : undefined;
    const overrides: ConfigOverrides = {
      ...(opts.gateway ? { gatewayUrl: opts.gateway } : {}),
      ...(opts.password !== undefined ? { password: opts.password } : {}),
      ...(speedup !== undefined ? { speedup } : {}),
    };
    config = loadFirmwareConfig(opts.config, overrides);
  } catch (err) {
    if (isWxError(err)) fail(2, describeError(err));
    throw err;
  }

  const logger = createLogger('wx-agent', { level: opts['log-level'] ?? 'info' });
  const log = componentLogger(logger, 'main');
  const dataDir = resolve(opts['data-dir'] && opts['data-dir'] !== AGENT_OPTIONS['data-dir'].default ? opts['data-dir'] : join('data', `agent-${config.deviceId}`));
  const registry = createMetricsRegistry('agent', { device: config.deviceId });
  const metrics = createAgentMetrics(registry);
  const outbox = openOutbox(config, dataDir, metrics, componentLogger(logger, 'outbox'));
  const clockSynced = clockSyncProbe(config.clock);
  const sourceLog = componentLogger(logger, 'source');
  const cursor = outbox.cursor;
  const source = await createSource(config, {
    host: realHost(clockSynced),
    sharedDir: sharedDataDir(),
    ...(cursor === undefined ? {} : { cursor }),
    onReadError: (channel, err) => {
      metrics.sourceErrors.inc();
      sourceLog.warn({ device: channel.device, variable: channel.variable, err: describeError(err) }, 'sensor read failed; value recorded as missing');
    },
  });
  const qc = createQcEngine(effectiveQcConfig(config), config.samplingIntervalMs);
  const nowcasting = config.nowcast.enabled ? await openNowcasting(config, dataDir, outbox, logger, registry) : undefined;
  const agent = createAgent({
    config,
    source,
    outbox,
    qc,
    logger,
    metrics,
    connect: connectMqtt,
    clockSynced,
    ...(maxReadings === undefined ? {} : { maxReadings }),
    ...(nowcasting ? { nowcast: nowcasting.runner, commands: nowcasting.commands } : {}),
  });
  let metricsServer: MetricsServer | undefined;
  installShutdown(logger, async () => {
    await agent.stop();
    await nowcasting?.close();
    await metricsServer?.close();
  });
  agent.start();
  agent.sampling.catch((err: unknown) => {
    // Damage reported while running: the next start sets the file aside instead of failing on it again.
    if (isCorrupt(err)) markCorrupt(outboxPath(dataDir), err as Error);
    log.fatal({ err: describeError(err) }, 'fatal: stopping');
    process.exit(70);
  });
  if (metricsAddr) metricsServer = await serveMetrics(registry, metricsAddr.host, metricsAddr.port);
  log.info({ dataDir, gateway: config.gateway.url, metricsUrl: metricsServer?.url }, 'wx-agent running');
  if (opts['ready-file']) writeReadyFile(opts['ready-file'], { pid: process.pid, deviceId: config.deviceId, ...(metricsServer ? { metricsUrl: metricsServer.url } : {}) });
}

main().catch((err: unknown) => {
  fail(isWxError(err) ? 1 : 70, describeError(err));
});
