import { silentLogger, type Logger } from '../../common/logger.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createAgent, type Agent } from '../../device-agent/agent.js';
import { effectiveQcConfig } from '../../device-agent/config/load.js';
import type { FirmwareConfig } from '../../device-agent/config/types.js';
import { createAgentMetrics, type AgentMetrics } from '../../device-agent/metrics.js';
import { connectMqtt } from '../../device-agent/mqtt/connection.js';
import { openOutbox } from '../../device-agent/outbox/open.js';
import type { Outbox } from '../../device-agent/outbox/outbox.js';
import { createQcEngine } from '../../device-agent/qc/index.js';
import { createSource, realHost } from '../../device-agent/sources/index.js';
import type { Registry } from 'prom-client';
import { SHARED } from './helpers.js';

export interface Harness {
  agent: Agent;
  outbox: Outbox;
  metrics: AgentMetrics;
  registry: Registry;
}

/**
 * Builds a real agent in-process (real source, SQLite outbox, QC, MQTT client), as main.ts does.
 * `wrapOutbox` stands between the agent and its outbox (a test's faults); `outbox` is the real one.
 */
export async function buildAgent(config: FirmwareConfig, dataDir: string, maxReadings?: number, wrapOutbox: (o: Outbox) => Outbox = (o) => o, logger: Logger = silentLogger()): Promise<Harness> {
  const registry = createMetricsRegistry('agent', { device: config.deviceId });
  const metrics = createAgentMetrics(registry);
  const outbox = openOutbox(config, dataDir, metrics, silentLogger());
  const cursor = outbox.cursor;
  const source = await createSource(config, { host: realHost(() => true), sharedDir: SHARED, ...(cursor === undefined ? {} : { cursor }) });
  const agent = createAgent({
    config,
    source,
    outbox: wrapOutbox(outbox),
    qc: createQcEngine(effectiveQcConfig(config), config.samplingIntervalMs),
    logger,
    metrics,
    connect: connectMqtt,
    clockSynced: () => true,
    ...(maxReadings === undefined ? {} : { maxReadings }),
  });
  return { agent, outbox, metrics, registry };
}

export async function metricValue(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = await registry.getSingleMetric(name)?.get();
  if (!m) throw new Error(`no metric ${name}`);
  return m.values.filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l)).reduce((a, v) => a + v.value, 0);
}
