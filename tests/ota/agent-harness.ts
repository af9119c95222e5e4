/** A replaying agent with nowcasting and OTA, wired as main.ts does (for the end-to-end OTA tests). */
import { silentLogger } from '../../common/logger.js';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createAgent, type Agent } from '../../device-agent/agent.js';
import { effectiveQcConfig } from '../../device-agent/config/load.js';
import { createAgentMetrics } from '../../device-agent/metrics.js';
import { connectMqtt } from '../../device-agent/mqtt/connection.js';
import { openNowcasting, type Nowcasting } from '../../device-agent/nowcasting/open.js';
import { openOutbox } from '../../device-agent/outbox/open.js';
import { createQcEngine } from '../../device-agent/qc/index.js';
import { createSource, realHost } from '../../device-agent/sources/index.js';
import { SHARED, testConfig } from '../agent/helpers.js';

export const FILES: Record<string, string> = { dongsi: 'beijing_prsa/PRSA_Data_Dongsi_20130301-20170228.csv', dingling: 'beijing_prsa/PRSA_Data_Dingling_20130301-20170228.csv' };

export interface HarnessOptions {
  /** Simulated seconds per real second (default 3600000: the readings come all at once). */
  speedup?: number;
  /** Readings produced before sampling stops (default 30). */
  maxReadings?: number;
  /** Real ms between nowcast cycles (default one hour: the test calls cycle() itself). */
  cycleIntervalMs?: number;
  chunkTimeoutMs?: number;
  /** Do not wait for sampling to end (it keeps producing); resolve once this many readings are decided. */
  historyReadings?: number;
}

/**
 * Starts the agent; by default resolves after its 30 readings are sampled. With `historyReadings`
 * it keeps sampling (and nowcasting every `cycleIntervalMs`) and resolves once that much history is there.
 */
export async function startAgent(id: string, gwUrl: string, password: string, publicKeyPem: string, dir: string, o: HarnessOptions = {}): Promise<{ agent: Agent; nowcasting: Nowcasting }> {
  const config = testConfig({
    deviceId: id,
    gateway: { url: gwUrl, password, reconnectPeriodMs: 100 },
    source: { kind: 'replay-beijing', replay: { file: FILES[id], speedup: o.speedup ?? 3_600_000, startLocalTime: '2016-10-01 00:00' } },
    nowcast: { enabled: true, cycleIntervalMs: o.cycleIntervalMs ?? 3_600_000, update: { publicKeyPem, chunkTimeoutMs: o.chunkTimeoutMs ?? 2000 } },
  });
  const registry = createMetricsRegistry('agent', { device: id });
  const metrics = createAgentMetrics(registry);
  const outbox = openOutbox(config, dir, metrics, silentLogger());
  const nowcasting = await openNowcasting(config, dir, outbox, silentLogger(), registry);
  const agent = createAgent({
    config, outbox, metrics, connect: connectMqtt, clockSynced: () => true, maxReadings: o.maxReadings ?? 30, logger: silentLogger(),
    source: await createSource(config, { host: realHost(() => true), sharedDir: SHARED, ...(outbox.cursor === undefined ? {} : { cursor: outbox.cursor }) }),
    qc: createQcEngine(effectiveQcConfig(config), config.samplingIntervalMs),
    nowcast: nowcasting.runner, commands: nowcasting.commands,
  });
  agent.start();
  if (o.historyReadings === undefined) await agent.sampling;
  else {
    const until = Date.now() + 20_000;
    while (nowcasting.runner.history().length < o.historyReadings && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  }
  return { agent, nowcasting };
}


export async function stopAgent(a: { agent: Agent; nowcasting: Nowcasting }): Promise<void> {
  await a.agent.stop();
  await a.nowcasting.close();
}
