import { forkModule, stopChild } from '../lib/processes.js';
import type { Cleanup } from './cleanup.js';
import { RemoteLoadGenerator } from './loadgen-remote.js';
import { mean } from './phase-mosquitto.js';
import { cpuShare, ProcSampler } from './procstats.js';
import type { BenchSettings, FloorFigures } from './report.js';

export interface AedesFloorOptions {
  settings: BenchSettings;
  port: number;
  cleanup: Cleanup;
  log: (msg: string) => void;
}

/**
 * The floor under the gateway: the same load generator, flat out at the message-rate batch, against
 * aedes alone (aedes-floor-child.ts), which PUBACKs every message and keeps none. Its rate is the
 * PUBACKs/s the load generator saw; its CPU per message is what the MQTT layer costs the gateway
 * before validation, the outbox, forwarding and the cloud.
 */
export async function measureAedesFloor(o: AedesFloorOptions): Promise<FloorFigures> {
  const s = o.settings;
  const batch = s.msgBatch > 0 ? s.msgBatch : s.batch;
  const broker = forkModule(import.meta.url, './aedes-floor-child', [String(o.port)]);
  const exited = new Promise<void>((resolve) => broker.once('exit', () => resolve()));
  const stopBroker = (): Promise<void> => stopChild(broker, exited, 5000);
  const undoBroker = o.cleanup.add(stopBroker);
  const gen = RemoteLoadGenerator.start();
  const undoGen = o.cleanup.add(() => gen.stop());
  const sampler = new ProcSampler();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('aedes did not listen within 10 s')), 10_000);
      broker.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      broker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`aedes exited with ${code} at start`));
      });
    });
    const url = `mqtt://127.0.0.1:${o.port}`;
    const c = await gen.connect(
      { url, devices: s.devices, site: 'bench', deviceIdPrefix: 'dev-', connectConcurrency: 50, connectTimeoutMs: 30_000, windowPerDevice: s.windowPerDevice },
      120_000,
    );
    if (c.connected === 0) throw new Error(`no device could connect to aedes: ${c.firstError ?? 'unknown'}`);
    sampler.watch('aedes', broker.pid);
    sampler.watch('loadgen', gen.pid);
    sampler.watch('bench', process.pid);
    sampler.start();
    const cpu0 = sampler.cpu();
    const r = await gen.run({ batch, ratePerS: 0, durationMs: s.durationS * 1000, drainTimeoutMs: 10_000 });
    const cpu = cpuShare(cpu0, sampler.cpu(), r);
    const figures: FloorFigures = { batch, msgPerS: mean(r.ackedPerSecond.slice(1)), cpu };
    o.log(`aedes alone at ${batch} reading(s)/message: ${Math.round(figures.msgPerS)} msg/s PUBACKed; ${r.publishErrors} publish errors`);
    return figures;
  } finally {
    sampler.stop();
    await gen.stop();
    undoGen();
    await stopBroker();
    undoBroker();
  }
}
