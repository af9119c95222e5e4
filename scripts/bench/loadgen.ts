import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { Histogram } from './histogram.js';
import { BatchEncoder } from './payload.js';

/**
 * The load generator of `npm run bench:pipeline`, used unchanged against every broker it measures
 * (bare Mosquitto and the gateway): N simulated devices, each a real MQTT connection, publishing
 * wx.v1.ReadingBatch payloads on wx/v1/{site}/{device}/readings at QoS 1. A device keeps at most
 * `windowPerDevice` publishes unacknowledged; a phase runs either flat out (every device refills its
 * window as soon as a PUBACK arrives) or at a target total rate of readings per second.
 *
 * It runs in-process (tests) or in its own child process (loadgen-child.ts) so that, in the
 * benchmark, it does not share an event loop with what it measures.
 */

export interface LoadGenOptions {
  /** mqtt://127.0.0.1:port */
  url: string;
  /** [1...20000] simulated devices, one MQTT connection each. */
  devices: number;
  site: string;
  /** Device ids are `${deviceIdPrefix}${index, zero-padded to 5}`. */
  deviceIdPrefix: string;
  /** Password every device presents (username = device id); undefined connects anonymously. */
  password?: string;
  /** [1...1000] connection attempts in flight at once. */
  connectConcurrency: number;
  /** [100...600000] ms for one CONNECT to be answered. */
  connectTimeoutMs: number;
  /** [1...1000] QoS 1 publishes a device keeps unacknowledged at most. */
  windowPerDevice: number;
}

export interface ConnectResult {
  connected: number;
  failed: number;
  firstError?: string;
  elapsedMs: number;
}

export interface PhaseOptions {
  /** [1...1000] readings per ReadingBatch message. */
  batch: number;
  /** Target total readings per second across all devices; 0 = flat out. */
  ratePerS: number;
  /** [1...600000] ms of sending. */
  durationMs: number;
  /** Optional cap on messages per device in this phase (tests). */
  messagesPerDevice?: number;
  /** [0...600000] ms to wait, after sending stops, for outstanding PUBACKs. */
  drainTimeoutMs: number;
}

export interface PhaseResult {
  batch: number;
  ratePerS: number;
  devices: number;
  startMs: number;
  /** When sending stopped. */
  sendEndMs: number;
  /** When the last PUBACK arrived (or the drain timed out). */
  endMs: number;
  messagesSent: number;
  messagesAcked: number;
  readingsSent: number;
  readingsAcked: number;
  publishErrors: number;
  firstError?: string;
  /** Publishes still unacknowledged when the drain timeout ended the phase. */
  unacked: number;
  /** Messages acknowledged in each whole second of the send window, from startMs. */
  ackedPerSecond: number[];
  /** Publish -> PUBACK, ms. */
  ackLatencyP50Ms: number;
  ackLatencyP99Ms: number;
  /** Rate mode: message slots skipped because every window was full (the target was not met). */
  slotsMissed: number;
  /** Per device: the seq of the first and last reading sent in this phase (index = device). */
  firstSeq: number;
  lastSeqMax: number;
}

interface Device {
  id: string;
  topic: string;
  client: MqttClient;
  seq: number;
  inflight: number;
  sentThisPhase: number;
  encoder: BatchEncoder;
}

export function deviceId(prefix: string, index: number): string {
  return `${prefix}${String(index).padStart(5, '0')}`;
}

export class LoadGenerator {
  private readonly devices: Device[] = [];
  private closed = false;

  constructor(private readonly options: LoadGenOptions) {
    if (!Number.isInteger(options.devices) || options.devices < 1 || options.devices > 20_000) {
      throw new RangeError(`devices: expected an integer in [1, 20000], got ${options.devices}`);
    }
    if (!Number.isInteger(options.windowPerDevice) || options.windowPerDevice < 1 || options.windowPerDevice > 1000) {
      throw new RangeError(`windowPerDevice: expected an integer in [1, 1000], got ${options.windowPerDevice}`);
    }
  }

  get connectedCount(): number {
    return this.devices.filter((d) => d.client.connected).length;
  }

  /** Opens every device's connection, `connectConcurrency` at a time. Failed devices are left out. */
  async connect(): Promise<ConnectResult> {
    const started = Date.now();
    const o = this.options;
    let next = 0;
    let failed = 0;
    let firstError: string | undefined;
    const one = async (index: number): Promise<void> => {
      const id = deviceId(o.deviceIdPrefix, index);
      const opts: IClientOptions = {
        clientId: id,
        clean: true,
        keepalive: 120,
        reconnectPeriod: 0,
        connectTimeout: o.connectTimeoutMs,
        protocolVersion: 4,
        ...(o.password !== undefined ? { username: id, password: o.password } : {}),
      };
      try {
        const client = await connectOne(o.url, opts, o.connectTimeoutMs);
        // A stable per-device phase so devices do not report identical weather.
        const encoder = new BatchEncoder(id, (index * 0.618) % 1);
        this.devices.push({ id, topic: `wx/v1/${o.site}/${id}/readings`, client, seq: 0, inflight: 0, sentThisPhase: 0, encoder });
      } catch (err) {
        failed++;
        firstError ??= (err as Error).message;
      }
    };
    const workers = Array.from({ length: Math.min(o.connectConcurrency, o.devices) }, async () => {
      while (next < o.devices && !this.closed) await one(next++);
    });
    await Promise.all(workers);
    this.devices.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { connected: this.devices.length, failed, ...(firstError ? { firstError } : {}), elapsedMs: Date.now() - started };
  }

  /** Runs one phase of publishing; resolves when sending has stopped and the window has drained. */
  async run(p: PhaseOptions): Promise<PhaseResult> {
    if (this.devices.length === 0) throw new Error('no connected devices');
    const batch = p.batch;
    const startMs = Date.now();
    const deadline = startMs + p.durationMs;
    const ackLatency = new Histogram();
    const ackedPerSecond: number[] = [];
    const r = {
      messagesSent: 0,
      messagesAcked: 0,
      readingsSent: 0,
      readingsAcked: 0,
      publishErrors: 0,
      firstError: undefined as string | undefined,
      slotsMissed: 0,
    };
    const firstSeq = Math.min(...this.devices.map((d) => d.seq)) + 1;
    let sending = true;
    let inflightTotal = 0;
    let lastAckMs = startMs;
    let onIdle: (() => void) | undefined;
    for (const d of this.devices) d.sentThisPhase = 0;
    const capReached = (d: Device): boolean => p.messagesPerDevice !== undefined && d.sentThisPhase >= p.messagesPerDevice;

    const publish = (d: Device): void => {
      const now = Date.now();
      const payload = d.encoder.encode(d.seq + 1, batch, now);
      d.seq += batch;
      d.inflight++;
      d.sentThisPhase++;
      inflightTotal++;
      r.messagesSent++;
      r.readingsSent += batch;
      d.client.publish(d.topic, payload, { qos: 1 }, (err) => {
        d.inflight--;
        inflightTotal--;
        const t = Date.now();
        if (err) {
          r.publishErrors++;
          r.firstError ??= err.message;
        } else {
          r.messagesAcked++;
          r.readingsAcked += batch;
          ackLatency.record(t - now);
          lastAckMs = t;
          if (t < deadline) {
            const second = Math.floor((t - startMs) / 1000);
            ackedPerSecond[second] = (ackedPerSecond[second] ?? 0) + 1;
          }
        }
        if (sending && p.ratePerS === 0) pump(d);
        if (!sending && inflightTotal === 0) onIdle?.();
      });
    };
    const pump = (d: Device): void => {
      while (sending && d.inflight < this.options.windowPerDevice && d.client.connected && !capReached(d)) publish(d);
    };

    let ticker: NodeJS.Timeout | undefined;
    if (p.ratePerS === 0) {
      for (const d of this.devices) pump(d);
    } else {
      // Token bucket over message slots, ticking every 5 ms; devices take slots round-robin.
      const messagesPerMs = p.ratePerS / batch / 1000;
      let cursor = 0;
      const n = this.devices.length;
      const tick = (): void => {
        if (!sending) return;
        const due = Math.floor((Math.min(Date.now(), deadline) - startMs) * messagesPerMs) - r.messagesSent - r.slotsMissed;
        let given = 0;
        let scanned = 0;
        while (given < due && scanned < n) {
          const d = this.devices[cursor]!;
          cursor = (cursor + 1) % n;
          if (d.inflight < this.options.windowPerDevice && d.client.connected && !capReached(d)) {
            publish(d);
            given++;
            scanned = 0;
          } else {
            scanned++;
          }
        }
        if (given < due) r.slotsMissed += due - given;
        ticker = setTimeout(tick, 5);
      };
      tick();
    }

    // Stop at the deadline, or earlier once every device reached its message cap.
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const allCapped = p.messagesPerDevice !== undefined && this.devices.every(capReached);
        if (Date.now() >= deadline || allCapped || this.closed) resolve();
        else setTimeout(check, 20);
      };
      check();
    });
    sending = false;
    if (ticker) clearTimeout(ticker);
    const sendEndMs = Date.now();
    if (inflightTotal > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, p.drainTimeoutMs);
        onIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const whole = Math.floor((Math.min(sendEndMs, deadline) - startMs) / 1000);
    return {
      batch,
      ratePerS: p.ratePerS,
      devices: this.devices.length,
      startMs,
      sendEndMs,
      endMs: inflightTotal === 0 ? Math.max(lastAckMs, sendEndMs) : Date.now(),
      messagesSent: r.messagesSent,
      messagesAcked: r.messagesAcked,
      readingsSent: r.readingsSent,
      readingsAcked: r.readingsAcked,
      publishErrors: r.publishErrors,
      ...(r.firstError ? { firstError: r.firstError } : {}),
      unacked: inflightTotal,
      ackedPerSecond: Array.from({ length: whole }, (_, i) => ackedPerSecond[i] ?? 0),
      ackLatencyP50Ms: ackLatency.percentile(0.5),
      ackLatencyP99Ms: ackLatency.percentile(0.99),
      slotsMissed: r.slotsMissed,
      firstSeq,
      lastSeqMax: Math.max(...this.devices.map((d) => d.seq)),
    };
  }

  /** Disconnects every device (bounded: forced after `timeoutMs`). */
  async close(timeoutMs = 5000): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.devices.map(
        (d) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              d.client.end(true);
              resolve();
            }, timeoutMs);
            d.client.end(false, {}, () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
  }
}

function connectOne(url: string, opts: IClientOptions, timeoutMs: number): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const client = connect(url, opts);
    let settled = false;
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      client.end(true);
      reject(err);
    };
    const onError = (err: Error): void => fail(err);
    const onClose = (): void => fail(new Error('connection closed before CONNACK'));
    const timer = setTimeout(() => fail(new Error(`CONNECT not answered within ${timeoutMs} ms`)), timeoutMs + 1000);
    client.once('connect', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      client.off('error', onError);
      client.off('close', onClose);
      client.on('error', () => {}); // later errors surface as failed publishes
      resolve(client);
    });
    client.once('error', onError);
    client.once('close', onClose);
  });
}
