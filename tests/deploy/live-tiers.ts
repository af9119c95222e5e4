/**
 * A running cloud, gateway and one agent (real programs from dist/, loopback ports, data under a temp
 * folder), for the deploy tests that must see what the programs really expose on /metrics.
 * Built on the benchmark's startSut (cloud + gateway) and the committed simulated-station config.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomSecret } from '../../common/credentials.js';
import { deviceId } from '../../scripts/bench/loadgen.js';
import { fetchText, metricSum, startSut, startSutAgent, waitUntil, type Sut } from '../../scripts/bench/sut.js';
import type { ManagedProcess } from '../../scripts/lib/processes.js';

export interface LiveTiers {
  /** Prometheus text of each tier's /metrics, read once readings have reached the cloud. */
  metrics: Record<'cloud' | 'gateway' | 'agent', string>;
  logs: string[];
}

/** Starts the three tiers, waits until the agent's readings are stored in the cloud, scrapes, stops. */
export async function scrapeLiveTiers(timeoutMs = 60_000): Promise<LiveTiers> {
  const dir = mkdtempSync(join(tmpdir(), 'wx-deploy-'));
  const logs: string[] = [];
  const keep = (name: string) => (line: string) => {
    logs.push(`[${name}] ${line}`);
    if (logs.length > 200) logs.shift();
  };
  let sut: Sut | undefined;
  let agent: ManagedProcess | undefined;
  try {
    const password = randomSecret();
    // scrypt N=1024: a cheap password check, the gateway's start-up and connect are what matter here.
    sut = await startSut({
      dir, devices: 1, site: 'lab', deviceIdPrefix: 'deploy-', password, scryptN: 1024, token: randomSecret(), logLevel: 'warn',
      output: (name, line) => keep(name)(line),
    });
    // The committed simulated station, with nowcasting on so its metrics are registered too.
    agent = startSutAgent(sut, {
      dir, configFile: 'firmware-configs/simulated.yaml', deviceId: deviceId('deploy-', 0), site: 'lab', password, output: keep('agent'),
      edit: (config) => {
        config.nowcast = { enabled: true, cycleIntervalMs: 1000, threads: 1, providers: ['cpu'] };
      },
    });
    const agentInfo = (await agent.ready) as { metricsUrl?: string };
    if (typeof agentInfo.metricsUrl !== 'string') throw new Error('the agent reported no metricsUrl');
    const cloudMetrics = `${sut.cloudInfo.httpUrl.replace(/\/$/, '')}/metrics`;

    // Wait for the pipeline to carry readings end to end, so labelled series have samples.
    await waitUntil('a reading stored in the cloud', async () => (metricSum(await fetchText(cloudMetrics), 'wx_cloud_readings_stored_total') ?? 0) > 0, timeoutMs, 250).catch((err: Error) => {
      throw new Error(`${err.message} (${timeoutMs} ms):\n${logs.join('\n')}`);
    });
    return {
      metrics: { cloud: await fetchText(cloudMetrics), gateway: await fetchText(sut.gatewayInfo.metricsUrl), agent: await fetchText(agentInfo.metricsUrl) },
      logs,
    };
  } finally {
    await agent?.stop();
    await sut?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Exposition {
  /** Metric family name -> type, from the `# TYPE` lines (present even before a labelled series has samples). */
  types: Map<string, string>;
  /** Sample name (with _bucket/_sum/_count) -> label names seen on its samples. */
  sampleLabels: Map<string, Set<string>>;
}

/** The metric families and sample label names of a Prometheus text exposition. */
export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const sampleLabels = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})?\s/.exec(line);
    if (!sample) continue;
    const labels = sampleLabels.get(sample[1]!) ?? new Set<string>();
    for (const m of (sample[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)) labels.add(m[1]!);
    sampleLabels.set(sample[1]!, labels);
  }
  return { types, sampleLabels };
}

/**
 * The family a PromQL series name belongs to: itself, or for a histogram/summary the name without
 * its `_bucket`, `_sum` or `_count` suffix. Undefined when no such family is exposed.
 */
export function familyOf(name: string, types: ReadonlyMap<string, string>): string | undefined {
  if (types.has(name)) return name;
  const m = /^(.*)_(bucket|sum|count)$/.exec(name);
  if (!m) return undefined;
  const type = types.get(m[1]!);
  if (type === 'histogram' || (type === 'summary' && m[2] !== 'bucket')) return m[1];
  return undefined;
}
