/**
 * Reconnecting to the gateway with exponential backoff and full jitter. MQTT.js only retries at a
 * fixed period, in step: after a gateway restart every station of a site tried again at the same
 * moment (each a password check on the gateway), and every few seconds for as long as the gateway
 * was away. Here each try waits a random time up to a cap that doubles from `initialMs` to `maxMs`
 * after each failure, and falls back to `initialMs` once connected.
 *
 * MQTT.js's own retry is left on at its longest period (it never fires before a try of ours) rather
 * than off: turned off, a dropped connection fails the QoS 1 publishes in flight instead of keeping
 * them to resend. Each try is MQTT.js's public reconnect(), keeping its stores (those packets).
 */
import type { MqttClient } from 'mqtt';

/** setInterval's longest delay; MQTT.js's retry timer at this period never fires first. */
export const MQTTJS_RETRY_OFF_MS = 2_147_483_647;

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  random?: () => number;
}

/** The wait before try `attempt` (0 = the first after a drop): uniform in [0, min(maxMs, initialMs x 2^attempt)]. */
export function backoffDelay(attempt: number, o: BackoffOptions): number {
  const cap = Math.min(Math.max(o.maxMs, o.initialMs), o.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round((o.random ?? Math.random)() * cap);
}

export interface Reconnector {
  /** Tries since the last connect. */
  readonly attempts: number;
  /** No more tries (the agent is stopping). */
  stop(): void;
}

export function manageReconnects(client: MqttClient, o: BackoffOptions): Reconnector {
  let attempts = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (): void => {
    // disconnecting: end() was called; a pending try already covers this close.
    if (stopped || timer || client.disconnecting) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped || client.connected || client.disconnecting) return;
      attempts++;
      client.reconnect({ incomingStore: client.incomingStore, outgoingStore: client.outgoingStore });
    }, backoffDelay(attempts, o));
  };
  const onConnect = (): void => {
    attempts = 0;
  };
  client.on('close', schedule);
  client.on('connect', onConnect);
  return {
    get attempts() {
      return attempts;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      client.off('close', schedule);
      client.off('connect', onConnect);
    },
  };
}
