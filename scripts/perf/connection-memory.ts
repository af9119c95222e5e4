/**
 * How much gateway memory each MQTT connection costs: starts wx-cloud + wx-gateway (as the pipeline
 * bench does), connects devices in steps like the bench's load generator (clean session, last will,
 * cmd subscription) and reads the gateway's RSS and V8 heap after each step.
 *
 *   node --import tsx scripts/perf/connection-memory.ts [--devices 1000] [--scrypt-n 16384]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { buildTopic } from '../../common/topics.js';
import { deviceId } from '../bench/loadgen.js';
import { fetchText, metricSum, startSut } from '../bench/sut.js';

const { values } = parseArgs({ options: { devices: { type: 'string', default: '1000' }, 'scrypt-n': { type: 'string', default: '16384' } } });
const devices = Number(values.devices);
const dir = mkdtempSync(join(tmpdir(), 'wx-connmem-'));
const sut = await startSut({
  dir, devices, site: 'bench', deviceIdPrefix: 'dev', password: 'pw', scryptN: Number(values['scrypt-n']), token: 'tok', logLevel: 'warn',
  output: () => {},
});
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0) / 1024;
}
async function report(label: string): Promise<void> {
  const text = await fetchText(`${sut.gatewayInfo.metricsUrl}`);
  const heap = (metricSum(text, 'wx_process_nodejs_heap_size_used_bytes') ?? 0) / 1e6;
  const ext = (metricSum(text, 'wx_process_nodejs_external_memory_bytes') ?? 0) / 1e6;
  console.log(`${label.padEnd(22)} rss ${rssMb(sut.gatewayInfo.pid).toFixed(1)} MB  heap used ${heap.toFixed(1)} MB  external ${ext.toFixed(1)} MB`);
}
const clients: mqtt.MqttClient[] = [];
try {
  await report('idle');
  const step = Math.max(1, Math.floor(devices / 4));
  for (let i = 0; i < devices; i += step) {
    const batch = [];
    for (let j = i; j < Math.min(devices, i + step); j++) {
      const id = deviceId('dev', j);
      const c = mqtt.connect(sut.gatewayInfo.mqttUrl, {
        clientId: id, username: id, password: 'pw', protocolVersion: 4, reconnectPeriod: 0, clean: true,
        will: { topic: buildTopic('bench', id, 'status'), payload: Buffer.alloc(40), qos: 1, retain: true },
      });
      clients.push(c);
      batch.push(new Promise<void>((resolve, reject) => {
        c.once('connect', () => c.subscribe(buildTopic('bench', id, 'cmd'), { qos: 1 }, (err) => (err ? reject(err) : resolve())));
        c.once('error', reject);
      }));
    }
    await Promise.all(batch);
    await new Promise((r) => setTimeout(r, 1000));
    await report(`${clients.length} connected`);
  }
} finally {
  await Promise.all(clients.map((c) => c.endAsync()));
  await sut.stop();
  rmSync(dir, { recursive: true, force: true });
}
