import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { connect, type MqttClient } from 'mqtt';
import { v1 } from '../../protos/index.js';
import { stopChild } from '../lib/processes.js';
import { RateCounter } from './rate.js';

/**
 * The reference broker: a bare Debian Mosquitto on a free loopback port with a generated config, and
 * one QoS 1 subscriber on wx/v1/+/+/readings that counts what is delivered to it.
 */
export const MOSQUITTO_BIN = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto'].find((p) => existsSync(p));

export interface Mosquitto {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export async function startMosquitto(dir: string, port: number): Promise<Mosquitto> {
  if (!MOSQUITTO_BIN) throw new Error('mosquitto is not installed (apt-get install -y mosquitto)');
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence false',
      // Raised so that the broker, not its queue limits, sets the pace: outgoing QoS 1 in flight per
      // client and messages queued for a slow subscriber.
      'max_inflight_messages 1000',
      'max_queued_messages 1000000',
      'max_queued_bytes 0',
      'set_tcp_nodelay true',
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      '',
    ].join('\n'),
  );
  const child = spawn(MOSQUITTO_BIN, ['-c', conf], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mosquitto exited with ${child.exitCode} at start`);
    if (await canConnect(port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('mosquitto did not listen within 10 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    url: `mqtt://127.0.0.1:${port}`,
    stop: () => stopChild(child, exited, 5000),
  };
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** One QoS 1 subscriber that decodes every ReadingBatch and counts messages and readings per second. */
export class CountingSubscriber {
  readonly messages = new RateCounter();
  readonly readings = new RateCounter();
  invalid = 0;
  /** Messages the caller knows were acknowledged to the publishers so far (for its waits). */
  expected = 0;

  private constructor(private readonly client: MqttClient) {
    client.on('message', (_topic, payload) => {
      let n: number;
      try {
        n = v1.ReadingBatch.decode(payload).readings.length;
      } catch {
        this.invalid++;
        return;
      }
      const t = Date.now();
      this.messages.add(1, t);
      this.readings.add(n, t);
    });
  }

  static async start(url: string, topic = 'wx/v1/+/+/readings'): Promise<CountingSubscriber> {
    const client = connect(url, { clientId: 'bench-subscriber', clean: true, reconnectPeriod: 0, connectTimeout: 10_000, protocolVersion: 4 });
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
    });
    client.on('error', () => {});
    await client.subscribeAsync(topic, { qos: 1 });
    return new CountingSubscriber(client);
  }

  async close(): Promise<void> {
    await Promise.race([this.client.endAsync(true), new Promise((r) => setTimeout(r, 3000))]);
  }
}
