import { mkdirSync } from 'node:fs';
import type { Cleanup } from './cleanup.js';
import { RemoteLoadGenerator } from './loadgen-remote.js';
import { CountingSubscriber, startMosquitto } from './mosquitto.js';
import { busiestShare, cpuShare, ProcSampler } from './procstats.js';
import type { BenchSettings, MosquittoFigures, MsgRound } from './report.js';

export interface MosquittoPhaseOptions {
  settings: BenchSettings;
  dir: string;
  port: number;
  cleanup: Cleanup;
  log: (msg: string) => void;
  /**
   * Keep the broker, its subscriber and its connected load generator after the section, for
   * message-rate rounds alternated with the gateway's (the caller stops it); its own message-rate
   * run is then left to those rounds.
   */
  keepForRounds?: boolean;
}

/** Mosquitto kept up after its section: message-rate rounds on demand. */
export interface ReferenceBroker {
  round(batch: number): Promise<MsgRound>;
  stop(): Promise<void>;
}

/** Reference: the load generator against a bare Mosquitto with one QoS 1 subscriber, flat out. */
export async function measureMosquitto(o: MosquittoPhaseOptions): Promise<{ figures: MosquittoFigures; reference?: ReferenceBroker }> {
  const s = o.settings;
  mkdirSync(o.dir, { recursive: true });
  const broker = await startMosquitto(o.dir, o.port);
  const undoBroker = o.cleanup.add(() => broker.stop());
  const sub = await CountingSubscriber.start(broker.url);
  const undoSub = o.cleanup.add(() => sub.close());
  const gen = RemoteLoadGenerator.start();
  const undoGen = o.cleanup.add(() => gen.stop());
  const sampler = new ProcSampler();
  sampler.watch('mosquitto', broker.child.pid);
  sampler.watch('subscriber+bench', process.pid);
  sampler.watch('loadgen', gen.pid);
  sampler.start();
  let kept = false;
  const stopAll = async (): Promise<void> => {
    await gen.stop();
    undoGen();
    await sub.close();
    undoSub();
    await broker.stop();
    undoBroker();
  };
  try {
    o.log(`Mosquitto on ${broker.url}: connecting ${s.devices} devices`);
    const c = await gen.connect(
      { url: broker.url, devices: s.devices, site: 'bench', deviceIdPrefix: 'dev-', connectConcurrency: 50, connectTimeoutMs: 30_000, windowPerDevice: s.windowPerDevice },
      120_000,
    );
    if (c.connected === 0) throw new Error(`no device could connect to Mosquitto: ${c.firstError ?? 'unknown'}`);
    o.log(`${c.connected} connected in ${(c.elapsedMs / 1000).toFixed(1)} s (${c.failed} failed); ${s.durationS} s ${s.rate > 0 ? `at ${s.rate} readings/s` : 'flat out'}`);
    let figures: MosquittoFigures | undefined;
    // A run that other work on the machine disturbed is repeated once; the less disturbed one counts.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const cpu0 = sampler.cpu();
      const r = await gen.run({ batch: s.batch, ratePerS: s.rate, durationMs: s.durationS * 1000, drainTimeoutMs: 10_000 });
      const cpu = cpuShare(cpu0, sampler.cpu(), r);
      // Let the subscriber receive what is still queued, then take the steady window.
      const deadline = Date.now() + 10_000;
      while (sub.messages.total < sub.expected + r.messagesAcked && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
      sub.expected += r.messagesAcked;
      const from = r.startMs + 1000;
      const run: MosquittoFigures = {
        connectMs: c.elapsedMs,
        deliveredMsgPerS: sub.messages.rate(from, r.sendEndMs),
        deliveredReadingsPerS: sub.readings.rate(from, r.sendEndMs),
        ackedMsgPerS: mean(r.ackedPerSecond.slice(1)),
        ackP50Ms: r.ackLatencyP50Ms,
        ackP99Ms: r.ackLatencyP99Ms,
        brokerHwmBytes: 0,
        cpu,
      };
      const other = run.cpu['other'] ?? 0;
      o.log(
        `Mosquitto: ${Math.round(run.deliveredMsgPerS)} msg/s, ${Math.round(run.deliveredReadingsPerS)} readings/s to the subscriber; ` +
          `${r.messagesAcked}/${r.messagesSent} acked, ${sub.messages.total} delivered in all, ${sub.invalid} invalid, ${r.publishErrors} publish errors` +
          (other > DISTURBED ? `; disturbed: other work used ${Math.round(other * 100)}% of a core` : ''),
      );
      if (!figures || other < (figures.cpu['other'] ?? 0)) figures = run;
      if (other <= DISTURBED) break;
    }
    if (!figures) throw new Error('no Mosquitto run');
    const round = async (batch: number): Promise<MsgRound> => {
      const cpu0 = sampler.cpu();
      const t0 = sampler.threads();
      const r = await gen.run({ batch, ratePerS: 0, durationMs: s.durationS * 1000, drainTimeoutMs: 10_000 });
      const cpu = cpuShare(cpu0, sampler.cpu(), r);
      const busiest = busiestShare(t0, sampler.threads(), r);
      const deadline = Date.now() + 10_000;
      while (sub.messages.total < sub.expected + r.messagesAcked && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
      sub.expected += r.messagesAcked;
      return { msgPerS: sub.messages.rate(r.startMs + 1000, r.sendEndMs), cpu, busiest };
    };
    if (s.msgBatch > 0 && s.msgBatch !== s.batch && !o.keepForRounds) {
      const m = await round(s.msgBatch);
      figures.msgBatchDeliveredMsgPerS = m.msgPerS;
      figures.msgBatchCpu = m.cpu;
      if (m.busiest) figures.msgBatchBusiest = m.busiest;
      o.log(`Mosquitto at ${s.msgBatch} reading(s)/message: ${Math.round(m.msgPerS)} msg/s to the subscriber`);
    }
    figures.brokerHwmBytes = sampler.peak('mosquitto')?.hwmBytes ?? 0;
    if (o.keepForRounds) {
      kept = true;
      return {
        figures,
        reference: {
          round,
          stop: async () => {
            // The section's figures are the caller's by now: the peak takes in the rounds too.
            figures.brokerHwmBytes = sampler.peak('mosquitto')?.hwmBytes ?? 0;
            sampler.stop();
            await stopAll();
          },
        },
      };
    }
    return { figures };
  } finally {
    if (!kept) {
      sampler.stop();
      await stopAll();
    }
  }
}

/** Share of a core used by other work on the machine above which a measurement is called disturbed. */
export const DISTURBED = 0.3;

export function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}
