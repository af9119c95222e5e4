import { cpus, totalmem } from 'node:os';

/**
 * The benchmark's figures, the goals of issue 2 checked against them, and their two renderings: a
 * table on the console and docs/bench-pipeline.md.
 */
export interface BenchSettings {
  devices: number;
  batch: number;
  /** Readings per message of the extra message-rate phase (0 = none). */
  msgBatch: number;
  durationS: number;
  probeS: number;
  probes: number;
  rate: number;
  windowPerDevice: number;
  scryptN: number;
  gatewayConfig: string;
}

/** One flat-out message-rate run against a broker. */
export interface MsgRound {
  msgPerS: number;
  /** Share of one core per process during the run. */
  cpu: Record<string, number>;
  /** Share of one core used by each process's busiest thread during the run. */
  busiest?: Record<string, number>;
}

/** aedes alone (PUBACK only, nothing kept), flat out at `batch` readings per message. */
export interface FloorFigures extends MsgRound {
  batch: number;
}

export interface MosquittoFigures {
  connectMs: number;
  /** Messages/s and readings/s delivered to the one subscriber (steady window). */
  deliveredMsgPerS: number;
  deliveredReadingsPerS: number;
  /** PUBACKs/s seen by the load generator. */
  ackedMsgPerS: number;
  ackP50Ms: number;
  ackP99Ms: number;
  brokerHwmBytes: number;
  cpu: Record<string, number>;
  /** Messages/s to the subscriber, flat out, at settings.msgBatch readings per message. */
  msgBatchDeliveredMsgPerS?: number;
  msgBatchCpu?: Record<string, number>;
  msgBatchBusiest?: Record<string, number>;
}

/** One fixed-rate run of the sustained-rate search. */
export interface Probe {
  rate: number;
  offeredPerS: number;
  storedPerS: number;
  backlog: number;
  kept: boolean;
  /** Share of one core per process during the probe. */
  cpu: Record<string, number>;
}

export interface PipelineFigures {
  connectMs: number;
  connectFailed: number;
  /** Flat-out phase. */
  gatewayAckedMsgPerS: number;
  gatewayAckedReadingsPerS: number;
  gatewayMetricMsgPerS: number;
  /** Messages/s the gateway PUBACKed, flat out, at settings.msgBatch readings per message. */
  msgBatchAckedMsgPerS?: number;
  msgBatchCpu?: Record<string, number>;
  msgBatchBusiest?: Record<string, number>;
  /** Message-rate rounds at settings.msgBatch, alternated with Mosquitto's (gateway first in each pair). */
  msgRounds?: { gateway: MsgRound[]; mosquitto: MsgRound[] };
  /** Readings stored/s at the cloud during the flat-out phase. */
  flatStoredPerS: number;
  /** Readings forwarded+stored/s while the flat-out backlog drained (no ingest). */
  drainPerS: number;
  probes: Probe[];
  /** Sustained: stored/s at the highest probed rate the pipeline kept up with. */
  storedPerS: number;
  flatAckP99Ms: number;
  backlogAtEnd: number;
  drainMs: number;
  cpuFlat: Record<string, number>;
  /** Half-load phase. */
  halfRatePerS: number;
  halfAckedReadingsPerS: number;
  halfStoredPerS: number;
  latencySamples: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  latencyToGatewayP99Ms: number;
  latencyGatewayToCloudP99Ms: number;
  /** Share of the half-load phase some task waited on I/O (PSI); NaN without /proc/pressure/io. */
  ioStallHalf: number;
  /** The gateway's longest event-loop stall in the half-load phase, ms (prom-client's eventloop lag max). */
  gatewayLoopMaxMsHalf?: number;
  /** The same latency phase at half the sustained rate, when that is not about the goal's half load. */
  latencyAtHalfSustained?: { rate: number; p99Ms: number; toGatewayP99Ms: number; gatewayToCloudP99Ms: number; ioStall: number; cpu: Record<string, number> };
  /** Upper bound of the bucket holding the p99 of the cloud's store commits during the half-load phase. */
  cloudCommitP99Ms: number;
  cpuHalf: Record<string, number>;
  lost: number;
  gatewayHwmBytes: number;
  /** Highest sampled gateway RSS during each stage. */
  gatewayRssByStage: { idle: number; connect: number; flat: number; probes: number; half: number };
  /** Highest V8 heap total/used and external memory the gateway reported on /metrics (0 = not reported). */
  gatewayMemory: { heapTotal: number; heapUsed: number; external: number };
  cloudHwmBytes: number;
  loadgenHwmBytes: number;
}

export interface BenchReport {
  startedAt: string;
  settings: BenchSettings;
  mosquitto?: MosquittoFigures;
  mosquittoError?: string;
  /** The floor under the gateway: the MQTT layer alone (scripts/bench/phase-aedes-floor.ts). */
  aedesFloor?: FloorFigures;
  aedesFloorError?: string;
  pipeline?: PipelineFigures;
  pipelineError?: string;
  wallS: number;
  /** 1-minute load average when the run started (other work on the machine skews the figures). */
  loadAvgAtStart: number;
}

export interface Goal {
  goal: string;
  measured: string;
  met: boolean | undefined;
  /** When the verdict differs between settings. */
  note?: string;
}

const MB = 1024 * 1024;
export const fmt = (n: number | undefined, digits = 0): string =>
  n === undefined || Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (b: number | undefined): string => (b === undefined ? 'n/a' : `${fmt(b / MB, 1)} MB`);
const pct = (cpu: Record<string, number>): string =>
  Object.entries(cpu)
    .map(([k, v]) => `${k} ${fmt(Math.max(0, v) * 100)}%`)
    .join(', ') || 'n/a';

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The round with the median rate (the lower middle one of an even count): a broker's figure. */
export function medianRound(rounds: readonly MsgRound[]): MsgRound {
  const sorted = [...rounds].sort((a, b) => a.msgPerS - b.msgPerS);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** " (disturbed: ...)" when other work used more than 0.3 of a core during the phase. */
function disturbed(cpu: Record<string, number> | undefined): string {
  const other = cpu?.['other'] ?? 0;
  return other > 0.3 ? ` (disturbed: other work on the machine used ${fmt(other * 100)}% of a core)` : '';
}

export function goals(r: BenchReport): Goal[] {
  const m = r.mosquitto;
  const p = r.pipeline;
  const ratio = m && p ? p.gatewayAckedMsgPerS / m.deliveredMsgPerS : undefined;
  const small = m?.msgBatchDeliveredMsgPerS !== undefined && p?.msgBatchAckedMsgPerS !== undefined;
  const roundRatios = p?.msgRounds ? p.msgRounds.mosquitto.map((x, i) => p.msgRounds!.gateway[i]!.msgPerS / x.msgPerS) : [];
  const ratioSmall = roundRatios.length > 0 ? median(roundRatios) : small ? p!.msgBatchAckedMsgPerS! / m!.msgBatchDeliveredMsgPerS! : undefined;
  const at = (b: number): string => `${b} reading${b === 1 ? '' : 's'}/message`;
  const parts: string[] = [];
  if (ratioSmall !== undefined && p?.msgRounds && roundRatios.length > 0) {
    const pairs = p.msgRounds.gateway.map((g, i) => `${fmt(g.msgPerS)} vs ${fmt(p.msgRounds!.mosquitto[i]?.msgPerS)}`);
    parts.push(
      `${fmt(ratioSmall, 2)} at ${at(r.settings.msgBatch)}, the median of ${roundRatios.length} alternating rounds ` +
        `(${roundRatios.map((x) => fmt(x, 2)).join(', ')}: ${pairs.join(', ')} msg/s)${disturbed(m?.msgBatchCpu)}${disturbed(p?.msgBatchCpu)}`,
    );
  } else if (ratioSmall !== undefined) {
    parts.push(
      `${fmt(ratioSmall, 2)} at ${at(r.settings.msgBatch)} (${fmt(p?.msgBatchAckedMsgPerS)} vs ${fmt(m?.msgBatchDeliveredMsgPerS)} msg/s)` +
        `${disturbed(m?.msgBatchCpu)}${disturbed(p?.msgBatchCpu)}`,
    );
  }
  if (ratio !== undefined) {
    parts.push(`${fmt(ratio, 2)} at ${at(r.settings.batch)} (${fmt(p?.gatewayAckedMsgPerS)} vs ${fmt(m?.deliveredMsgPerS)} msg/s)${disturbed(m?.cpu)}${disturbed(p?.cpuFlat)}`);
  }
  return [
    {
      goal: 'gateway message rate >= 0.8 x bare Mosquitto',
      measured: parts.join('; ') || 'n/a',
      met: ratio === undefined ? undefined : ratioSmall !== undefined ? ratioSmall >= 0.8 && ratio >= 0.8 : ratio >= 0.8,
      ...(ratioSmall !== undefined && ratio !== undefined && ratioSmall >= 0.8 !== ratio >= 0.8
        ? { note: `${ratioSmall >= 0.8 ? 'met' : 'not met'} at ${at(r.settings.msgBatch)}, ${ratio >= 0.8 ? 'met' : 'not met'} at ${at(r.settings.batch)}` }
        : {}),
    },
    {
      goal: '>= 50,000 readings stored/s end to end (sustained)',
      measured: p ? `${fmt(p.storedPerS)} readings/s sustained (${fmt(p.flatStoredPerS)}/s while flat out)` : 'n/a',
      met: p ? p.storedPerS >= 50_000 : undefined,
    },
    {
      goal: 'p99 device-to-cloud latency < 100 ms at half load (25,000 readings/s)',
      measured: p ? `${fmt(p.latencyP99Ms, 1)} ms at ${fmt(p.halfRatePerS)} readings/s${disturbed(p.cpuHalf)}` : 'n/a',
      met: p && p.latencySamples > 0 ? p.latencyP99Ms < 100 : undefined,
    },
    {
      goal: 'gateway memory < 300 MB',
      measured: p ? `peak RSS ${mb(p.gatewayHwmBytes)}` : 'n/a',
      met: p ? p.gatewayHwmBytes < 300 * MB : undefined,
    },
  ];
}

function rows(r: BenchReport): Array<[string, string]> {
  const m = r.mosquitto;
  const p = r.pipeline;
  const out: Array<[string, string]> = [];
  if (m) {
    out.push(
      ['Mosquitto: messages/s to subscriber', fmt(m.deliveredMsgPerS)],
      ...(m.msgBatchDeliveredMsgPerS !== undefined
        ? [[`Mosquitto: messages/s to subscriber, ${r.settings.msgBatch} reading(s)/message`, fmt(m.msgBatchDeliveredMsgPerS)] as [string, string]]
        : []),
      ['Mosquitto: readings/s to subscriber', fmt(m.deliveredReadingsPerS)],
      ['Mosquitto: PUBACKs/s at load generator', fmt(m.ackedMsgPerS)],
      ['Mosquitto: publish->PUBACK p50 / p99', `${fmt(m.ackP50Ms, 1)} / ${fmt(m.ackP99Ms, 1)} ms`],
      ['Mosquitto: peak RSS', mb(m.brokerHwmBytes)],
      ['Mosquitto: CPU (flat out)', pct(m.cpu)],
    );
  } else out.push(['Mosquitto', `not measured: ${r.mosquittoError ?? 'skipped'}`]);
  const f = r.aedesFloor;
  if (f) {
    out.push([`aedes alone (PUBACK only, nothing kept): messages/s, ${f.batch} reading(s)/message`, `${fmt(f.msgPerS)} (CPU ${pct(f.cpu)})`]);
  } else if (r.aedesFloorError) out.push(['aedes alone', `not measured: ${r.aedesFloorError}`]);
  if (p) {
    out.push(
      ['Pipeline: connect (devices, scrypt)', `${fmt(p.connectMs / 1000, 1)} s, ${p.connectFailed} failed`],
      ['Gateway: messages/s accepted (PUBACK)', fmt(p.gatewayAckedMsgPerS)],
      ...(p.msgBatchAckedMsgPerS !== undefined
        ? [
            [`Gateway: messages/s accepted, ${r.settings.msgBatch} reading(s)/message`, `${fmt(p.msgBatchAckedMsgPerS)} (CPU ${pct(p.msgBatchCpu ?? {})})`] as [
              string,
              string,
            ],
          ]
        : []),
      ['Gateway: readings/s accepted (PUBACK)', fmt(p.gatewayAckedReadingsPerS)],
      ['Gateway: messages/s (its own metric)', fmt(p.gatewayMetricMsgPerS)],
      ['Cloud: readings stored/s during flat out', fmt(p.flatStoredPerS)],
      ['Gateway: publish->PUBACK p99 (flat out)', `${fmt(p.flatAckP99Ms, 1)} ms`],
      ['Backlog at end of flat out / drain time', `${fmt(p.backlogAtEnd)} readings / ${fmt(p.drainMs / 1000, 1)} s (${fmt(p.drainPerS)} readings/s)`],
      ['CPU (flat out)', pct(p.cpuFlat)],
      [
        'Sustained-rate probes (offered -> stored/s)',
        p.probes.map((x) => `${fmt(x.rate)} -> ${fmt(x.storedPerS)} ${x.kept ? 'kept up' : 'behind'}`).join('; ') || 'none',
      ],
      ['Cloud: sustained readings stored/s', fmt(p.storedPerS)],
      ['CPU at the highest rate kept up with', pct(p.probes.filter((x) => x.kept).sort((a, b) => b.rate - a.rate)[0]?.cpu ?? {})],
      ['Half load: offered / stored readings/s', `${fmt(p.halfRatePerS)} / ${fmt(p.halfStoredPerS)}`],
      ['Half load: device->cloud p50 / p99 / max', `${fmt(p.latencyP50Ms, 1)} / ${fmt(p.latencyP99Ms, 1)} / ${fmt(p.latencyMaxMs, 1)} ms (${fmt(p.latencySamples)} readings)`],
      [
        'Half load: p99 device->gateway / gateway->cloud; cloud commit p99',
        `${fmt(p.latencyToGatewayP99Ms, 1)} / ${fmt(p.latencyGatewayToCloudP99Ms, 1)} ms; <= ${fmt(p.cloudCommitP99Ms, 1)} ms`,
      ],
      ['CPU (half load)', pct(p.cpuHalf)],
      ...(p.latencyAtHalfSustained
        ? ([
            [
              `At half the sustained rate (${fmt(p.latencyAtHalfSustained.rate)} readings/s): p99 device->cloud / ->gateway / gateway->cloud`,
              `${fmt(p.latencyAtHalfSustained.p99Ms, 1)} / ${fmt(p.latencyAtHalfSustained.toGatewayP99Ms, 1)} / ${fmt(p.latencyAtHalfSustained.gatewayToCloudP99Ms, 1)} ms; ` +
                `I/O waited ${fmt(p.latencyAtHalfSustained.ioStall * 100, 1)} %; CPU ${pct(p.latencyAtHalfSustained.cpu)}`,
            ],
          ] as [string, string][])
        : []),
      ['Half load: time some task waited on I/O (Linux PSI)', Number.isNaN(p.ioStallHalf) ? 'n/a' : `${fmt(p.ioStallHalf * 100, 1)} %`],
      ...(p.gatewayLoopMaxMsHalf !== undefined ? [['Half load: gateway event loop, longest stall', `${fmt(p.gatewayLoopMaxMsHalf, 1)} ms`] as [string, string]] : []),
      [
        'Gateway V8 heap total / used, external (max seen)',
        `${mb(p.gatewayMemory.heapTotal)} / ${mb(p.gatewayMemory.heapUsed)}, ${mb(p.gatewayMemory.external)}`,
      ],
      ['Readings acknowledged but not stored', fmt(p.lost)],
      ['Peak RSS: gateway / cloud / load generator', `${mb(p.gatewayHwmBytes)} / ${mb(p.cloudHwmBytes)} / ${mb(p.loadgenHwmBytes)}`],
      [
        'Gateway RSS peak by stage: idle / connect / flat out / small messages + probes / half',
        [p.gatewayRssByStage.idle, p.gatewayRssByStage.connect, p.gatewayRssByStage.flat, p.gatewayRssByStage.probes, p.gatewayRssByStage.half].map(mb).join(' / '),
      ],
    );
  } else out.push(['Pipeline', `not measured: ${r.pipelineError ?? 'skipped'}`]);
  return out;
}

/** What the figures say about where the limits are, derived from them (so it stays true on re-runs). */
export function findings(r: BenchReport): string[] {
  const out: string[] = [];
  const m = r.mosquitto;
  const p = r.pipeline;
  if (m && (m.cpu['loadgen'] ?? 0) > 0.7) {
    out.push(
      `The Mosquitto reference is bounded by the 2 cores, not by Mosquitto: the load generator used ${fmt((m.cpu['loadgen'] ?? 0) * 100)}% ` +
        `of a core and the subscriber ${fmt((m.cpu['subscriber+bench'] ?? 0) * 100)}% beside Mosquitto's ${fmt((m.cpu['mosquitto'] ?? 0) * 100)}%.`,
    );
  }
  if (m?.msgBatchCpu && m.msgBatchDeliveredMsgPerS && p?.msgBatchCpu && p.msgBatchAckedMsgPerS) {
    // CPU per message, from each broker's (median) round: where the message-rate ratio comes from.
    const per = (cpu: Record<string, number>, key: string, rate: number): number => ((cpu[key] ?? 0) / rate) * 1e6;
    const us = (cpu: Record<string, number>, key: string, rate: number): string => fmt(per(cpu, key, rate), 1);
    const [mc, mr, pc, pr] = [m.msgBatchCpu, m.msgBatchDeliveredMsgPerS, p.msgBatchCpu, p.msgBatchAckedMsgPerS];
    out.push(
      `CPU per message at ${r.settings.msgBatch} reading(s)/message: gateway ${us(pc, 'gateway', pr)} µs + cloud ${us(pc, 'cloud', pr)} µs, ` +
        `against Mosquitto ${us(mc, 'mosquitto', mr)} µs + its subscriber ${us(mc, 'subscriber+bench', mr)} µs; the load generator ` +
        `${us(pc, 'loadgen', pr)} and ${us(mc, 'loadgen', mr)} µs. With the cores shared, the message rates follow from these sums.`,
    );
    const f = r.aedesFloor;
    if (f && f.msgPerS > 0 && f.batch === r.settings.msgBatch) {
      // The goal's budget: at 0.8 x Mosquitto's rate on the same cores, everything on our side may
      // spend 1/0.8 of what Mosquitto, its subscriber and the load generator spend per message.
      const total = (per(mc, 'mosquitto', mr) + per(mc, 'subscriber+bench', mr) + per(mc, 'loadgen', mr)) / 0.8;
      const floor = per(f.cpu, 'aedes', f.msgPerS);
      const left = total - per(pc, 'loadgen', pr) - floor;
      const ours = per(pc, 'gateway', pr) + per(pc, 'cloud', pr) - floor;
      out.push(
        `The budget of the 0.8 goal: at 0.8 x Mosquitto's rate on these cores, the gateway, the cloud and the load generator may ` +
          `spend ${fmt(total, 1)} µs per message together. The load generator took ${fmt(per(pc, 'loadgen', pr), 1)} µs against the gateway, ` +
          `and aedes alone, which PUBACKs every message and keeps none, costs ${fmt(floor, 1)} µs (${fmt(f.msgPerS)} msg/s). ` +
          (left > 0
            ? `That leaves ${fmt(left, 1)} µs per message for validation, the durable outbox, forwarding and the cloud's store, which take ${fmt(ours, 1)} µs now.`
            : `Nothing is left for validation, the durable outbox, forwarding and the cloud's store, which take ${fmt(ours, 1)} µs now.`),
      );
    }
  }
  const bounds = m && p ? busiestBounds(m, p) : undefined;
  if (bounds) {
    const side = (b: { name: string; usPerMsg: number; msgPerS: number }): string => `${fmt(b.msgPerS)} msg/s (${b.name}'s busiest thread, ${fmt(b.usPerMsg, 1)} µs per message)`;
    out.push(
      `With a core for every thread (a bigger machine than this one), each side would be bounded by its busiest thread instead: ` +
        `the gateway's side at ${side(bounds.gateway)}, Mosquitto's at ${side(bounds.mosquitto)}. ` +
        `That estimates the ratio there at ${fmt(bounds.gateway.msgPerS / bounds.mosquitto.msgPerS, 2)}; this machine cannot check it.`,
    );
  }
  if (p && (p.cpuFlat['gateway'] ?? 0) > 0.9) {
    out.push(`Flat out, the gateway is CPU-bound on one core (${fmt((p.cpuFlat['gateway'] ?? 0) * 100)}%): Node runs its ingest, outbox and forwarding on one thread.`);
  }
  if (p && p.flatStoredPerS < 0.2 * p.gatewayAckedReadingsPerS) {
    out.push(
      `Flat out, the gateway accepted ${fmt(p.gatewayAckedReadingsPerS)} readings/s but forwarded only ${fmt(p.flatStoredPerS)}/s: ingest starves ` +
        `forwarding and the outbox grew by ${fmt(p.backlogAtEnd)} readings in ${r.settings.durationS} s (drained afterwards at ${fmt(p.drainPerS)}/s). ` +
        'Devices are not slowed down (no backpressure on PUBACKs), so under sustained overload the backlog only grows.',
    );
  }
  const kept = p?.probes.filter((x) => x.kept).sort((a, b) => b.rate - a.rate)[0];
  const keptTotal = kept ? Object.values(kept.cpu).reduce((a, b) => a + b, 0) : 0;
  if (p && kept && keptTotal >= 1.7) {
    out.push(
      `At the sustained limit the two cores are all but used up (${fmt(keptTotal * 100)}% of one core in all: gateway ` +
        `${fmt((kept.cpu['gateway'] ?? 0) * 100)}%, cloud ${fmt((kept.cpu['cloud'] ?? 0) * 100)}%, load generator ${fmt((kept.cpu['loadgen'] ?? 0) * 100)}%): ` +
        'more throughput needs less CPU per reading somewhere.',
    );
  } else if (p && kept && (kept.cpu['gateway'] ?? 0) < 0.85 && (kept.cpu['cloud'] ?? 0) < 0.85) {
    out.push(
      `At the sustained limit neither program saturates a core (gateway ${fmt((kept.cpu['gateway'] ?? 0) * 100)}%, cloud ` +
        `${fmt((kept.cpu['cloud'] ?? 0) * 100)}%): the limit is how forwarding round trips (batches in flight x readings per ` +
        'batch, each waiting for a cloud commit) interleave with synchronous SQLite work on each event loop, not raw CPU.',
    );
  }
  if (p && p.latencyP99Ms >= 100 && p.ioStallHalf >= 0.05) {
    out.push(
      `The latency tail follows the disk: some task waited on I/O ${fmt(p.ioStallHalf * 100, 1)}% of the half-load phase. The gateway's ` +
        'outbox writes and fsyncs run on its writer thread' +
        (p.gatewayLoopMaxMsHalf !== undefined ? ` (its event loop stalled up to ${fmt(p.gatewayLoopMaxMsHalf, 1)} ms)` : '') +
        `, but every PUBACK waits for an fsync (device->gateway p99 ${fmt(p.latencyToGatewayP99Ms, 1)} ms).`,
    );
  }
  if (p && p.gatewayHwmBytes >= 300 * MB) {
    out.push(
      `Gateway memory: ${mb(p.gatewayRssByStage.idle)} idle, ${mb(p.gatewayRssByStage.connect)} after ${r.settings.devices} connections ` +
        `(scrypt verifications), ${mb(p.gatewayRssByStage.flat)} flat out, ${mb(p.gatewayRssByStage.probes)} at 1 reading/message and in the probes, while its V8 heap stayed under ${mb(p.gatewayMemory.heapTotal)} ` +
        `and Buffers under ${mb(p.gatewayMemory.external)}: the rest is native (glibc malloc arenas, SQLite).`,
    );
  }
  return out;
}

/**
 * From each broker's median round at the message-rate batch: the process whose busiest thread
 * would cap the side's rate if every thread had a core of its own (rate / that thread's share).
 */
export function busiestBounds(
  m: MosquittoFigures,
  p: PipelineFigures,
): { gateway: { name: string; usPerMsg: number; msgPerS: number }; mosquitto: { name: string; usPerMsg: number; msgPerS: number } } | undefined {
  const side = (busiest: Record<string, number> | undefined, rate: number | undefined, names: string[]) => {
    if (!busiest || !rate) return undefined;
    const busy = names.filter((n) => (busiest[n] ?? 0) > 0).map((n) => ({ name: n, usPerMsg: (busiest[n]! / rate) * 1e6, msgPerS: rate / busiest[n]! }));
    return busy.sort((a, b) => a.msgPerS - b.msgPerS)[0];
  };
  const gateway = side(p.msgBatchBusiest, p.msgBatchAckedMsgPerS, ['gateway', 'cloud', 'loadgen']);
  const mosquitto = side(m.msgBatchBusiest, m.msgBatchDeliveredMsgPerS, ['mosquitto', 'subscriber+bench', 'loadgen']);
  return gateway && mosquitto ? { gateway, mosquitto } : undefined;
}

const verdict = (met: boolean | undefined, note?: string): string =>
  (met === undefined ? 'not measured' : met ? 'MET' : 'NOT MET') + (note ? ` (${note})` : '');

export function consoleTable(r: BenchReport): string {
  const all = rows(r);
  const w = Math.max(...all.map(([k]) => k.length));
  const lines = all.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`);
  lines.push('', '  Goals:');
  for (const g of goals(r)) lines.push(`  ${verdict(g.met).padEnd(12)} ${g.goal}: ${g.measured}${g.note ? ` [${g.note}]` : ''}`);
  const f = findings(r);
  if (f.length > 0) lines.push('', '  What the figures say:', ...f.map((x) => `  - ${x}`));
  return lines.join('\n');
}

export function machine(nodeVersion = process.version): string {
  const cpu = cpus();
  return `${cpu.length} CPU (${cpu[0]?.model.trim() ?? 'unknown'}), ${fmt(totalmem() / 1024 ** 3, 1)} GiB RAM, Node ${nodeVersion}, ${process.platform}`;
}

export function markdown(r: BenchReport): string {
  const s = r.settings;
  const out = [
    '# Pipeline benchmark (`npm run bench:pipeline`)',
    '',
    `Written by scripts/bench-pipeline.ts on ${r.startedAt}; whole run ${fmt(r.wallS)} s.`,
    '',
    `- Machine: ${machine()}; 1-minute load average at start ${fmt(r.loadAvgAtStart, 2)} (a lagging figure: the bench waits for an idle machine first, and the \`other\` CPU share per phase below is the one to trust).`,
    `- Load: ${s.devices} simulated devices, one MQTT connection each (mqtt.js, in its own process), ` +
      `ReadingBatch of ${s.batch} readings x 7 observations per message, QoS 1, at most ${s.windowPerDevice} unacknowledged per device` +
      (s.msgBatch > 0 && s.msgBatch !== s.batch
        ? `; plus, for both brokers, ${s.durationS} s flat out at ${s.msgBatch} reading(s) per message for the message rate` +
          (r.pipeline?.msgRounds
            ? ` in ${r.pipeline.msgRounds.gateway.length} rounds alternating between the gateway and Mosquitto (both connected meanwhile; the idle one's processes wait), the ratio being the median of the rounds' ratios and each broker's figure its median round.`
            : '.')
        : '.'),
    `- Phases: ${s.durationS} s flat out (${s.rate > 0 ? `target ${s.rate} readings/s` : 'every device refills its window on each PUBACK'}); ` +
      `for the pipeline then up to ${s.probes} probes of ${s.probeS} s at fixed rates, bisecting for the highest rate it keeps up with ` +
      '(stored >= 95 % of offered, backlog under one second of load): the sustained rate; then ' +
      `${s.durationS} s at 25,000 readings/s (half the goal's 50,000/s) for the latency figure, and ${s.durationS} s at half the sustained rate when that differs by more than 10 %. Each phase starts with an empty backlog. Rates are means over whole seconds, the first second left out.`,
    '- Reference: bare Mosquitto (Debian), anonymous, one QoS 1 subscriber on `wx/v1/+/+/readings` that decodes every batch; same load generator and settings.',
    ...(r.aedesFloor
      ? [`- Floor: aedes alone (the version the gateway embeds, its defaults), ${s.durationS} s flat out at ${r.aedesFloor.batch} reading(s)/message with the same load generator; it PUBACKs every message and keeps none, so its CPU per message is what the MQTT layer costs before any of the gateway's work.`]
      : []),
    `- Pipeline: wx-gateway (embedded aedes, scrypt N=${s.scryptN} device passwords, SQLite outbox) -> gRPC -> wx-cloud (SQLite store); ${s.gatewayConfig}.`,
    '- Latency: cloud receive time stored with each reading (cloud_received_ms) minus the device time_ms stamped at send (one clock), ' +
      'for the readings sent in the half-load phase, split at gateway_received_ms. The cloud stamps receipt before its commit; its ' +
      'commit time (from its /metrics histogram) comes on top. The gateway forwards a reading once its outbox transaction has ' +
      'committed, while the fsync that makes it durable (and releases the PUBACK) may still run; a device sends its next ' +
      'message only with room in its window of unacknowledged publishes, so slow fsyncs show up as device->gateway time.',
    '- Memory: peak RSS (VmHWM from /proc). CPU: share of one core over the phase (the machine has ' + cpus().length + ' cores); ' +
      '`other` is the rest of the machine (kernel networking included): when it is large, other work shared the cores and the figures are low.',
    '',
    '| figure | value |',
    '|---|---|',
    ...rows(r).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    ...(findings(r).length > 0 ? ['## What the figures say', '', ...findings(r).map((f) => `- ${f}`), ''] : []),
    '## Goals (issue 2)',
    '',
    '| goal | measured | verdict |',
    '|---|---|---|',
    ...goals(r).map((g) => `| ${g.goal} | ${g.measured} | ${verdict(g.met, g.note)} |`),
    '',
  ];
  return out.join('\n');
}
