/**
 * The whole device agent's memory with a nowcast model loaded, for `npm run bench:nowcast`: the real
 * `wx-agent` program (source, QC, SQLite outbox, MQTT client, nowcasting, OTA updater) publishing
 * into a real gateway and cloud, nowcasting every second, its memory read from /proc at the end.
 * Two sources: 'station' is the committed simulated-sensor config (what a station with its own
 * sensors holds: no data file in memory), sampling a minute of weather every 1/60 s; 'replay' replays
 * the Dongsi file (the whole parsed file stays in memory, as `npm start` runs it).
 * Run once per precision and once with nowcasting off, so the model's share shows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomSecret } from '../../common/credentials.js';
import type { ManagedProcess } from '../lib/processes.js';
import { deviceId } from './loadgen.js';
import { fetchText, metricSum, startSut, startSutAgent, type Sut } from './sut.js';

export interface AgentMemory {
  source: 'station' | 'replay';
  /** 'int8' | 'fp32' | 'off' (nowcasting disabled). */
  nowcast: string;
  /** Peak resident set seen by the kernel (VmHWM), MB. */
  peakRssMb: number;
  /** Resident set at the end of the run, MB. */
  endRssMb: number;
  /** V8 heap in use at the end (prom-client's nodejs_heap_size_used_bytes), MB. */
  heapUsedMb: number;
  /** OK nowcasts the agent issued (from its metrics), to show the model was working. */
  nowcasts: number;
  readings: number;
}

const statusMb = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

export async function measureAgentMemory(source: 'station' | 'replay', nowcast: 'int8' | 'fp32' | 'off', seconds: number): Promise<AgentMemory> {
  const dir = mkdtempSync(join(tmpdir(), 'wx-agent-mem-'));
  let sut: Sut | undefined;
  let agent: ManagedProcess | undefined;
  try {
    const password = randomSecret();
    sut = await startSut({
      dir, devices: 1, site: 'beijing', deviceIdPrefix: 'mem-', password, scryptN: 16384, token: randomSecret(), logLevel: 'warn', output: () => {},
    });

    // A committed config, with nowcasting every second at the chosen precision.
    agent = startSutAgent(sut, {
      dir, deviceId: deviceId('mem-', 0), site: 'beijing', password,
      configFile: source === 'replay' ? 'firmware-configs/replay/beijing-dongsi.yaml' : 'firmware-configs/simulated.yaml',
      edit: (config) => {
        config.nowcast = nowcast === 'off' ? { enabled: false } : { ...(config.nowcast as object), enabled: true, cycleIntervalMs: 1000, threads: 1, providers: ['cpu'], precision: nowcast };
        // The simulated clock starts 26 h back: at 3600x the model's 25 h of history are there after ~25 s,
        // when data time reaches the wall clock (a station forecasts from fresh readings only, and readings
        // far ahead of the clock are flagged clock-suspect).
        const src = config.source as { simulated?: object };
        if (source === 'station') config.source = { kind: 'simulated', simulated: { ...src.simulated, faults: [], startTime: new Date(Date.now() - 26 * 3_600_000).toISOString() } };
      },
    });
    const agentInfo = await agent.ready;
    const pid = agent.child.pid!;
    await sleep(seconds * 1000);
    const endRssMb = statusMb(pid, 'VmRSS');
    const peakRssMb = statusMb(pid, 'VmHWM');
    let nowcasts = NaN;
    let readings = NaN;
    let heapUsedMb = NaN;
    if (typeof agentInfo.metricsUrl === 'string') {
      const text = await fetchText(agentInfo.metricsUrl);
      nowcasts = metricSum(text.split('\n').filter((l) => !l.startsWith('wx_agent_nowcasts_total{') || l.includes('state="OK"')).join('\n'), 'wx_agent_nowcasts_total') ?? 0;
      readings = metricSum(text, 'wx_agent_readings_produced_total') ?? 0;
      heapUsedMb = (metricSum(text, 'wx_process_nodejs_heap_size_used_bytes') ?? NaN) / 1_048_576;
    }
    return { source, nowcast, peakRssMb, endRssMb, heapUsedMb, nowcasts, readings };
  } finally {
    await agent?.stop();
    await sut?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
