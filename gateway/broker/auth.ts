/**
 * Device authentication for the embedded broker. Each device connects with username = client id =
 * its device id and its own password, checked against the scrypt hash in the config. scrypt runs off
 * the event loop, and a successful check is remembered as an HMAC under a per-process key, so a
 * reconnect storm costs one scrypt per device, not one per connect. At most
 * `maxConcurrentVerifications` scrypt runs at once (each takes 128 x N x r bytes, 16 MiB at
 * N=16384, freed to malloc arenas that glibc keeps): a connect storm queues instead of raising the
 * process's memory by 16 MiB per libuv pool thread. Concurrent checks of one device with the same
 * password share one scrypt. A wrong password is remembered the same way: a station left with its old
 * password after a re-key retries every few seconds, for days, and each try would cost a scrypt and
 * a log line (refusals are logged once a minute per device and reason; the metric counts each).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Client } from 'aedes';
import { verifyPasswordAsync } from '../../common/credentials-async.js';
import { createLogLimiter } from '../../common/log-limiter.js';
import type { Logger } from '../../common/logger.js';
import type { DeviceRegistry } from '../config/devices.js';
import type { DeviceConfig } from '../config/schema.js';
import type { GatewayMetrics } from '../metrics.js';

// MQTT 3.1.1 CONNACK return codes [MQTT-3.2.2-3]
const IDENTIFIER_REJECTED = 2;
const BAD_USERNAME_OR_PASSWORD = 4;
const NOT_AUTHORIZED = 5;

type AuthError = Error & { returnCode: number };
type AuthCallback = (error: AuthError | null, success: boolean | null) => void;

export interface Authenticator {
  authenticate(client: Client, username: Readonly<string | undefined>, password: Readonly<Buffer | undefined>, done: AuthCallback): void;
  /** The device an authenticated client is, for the ACL and the ingest. */
  deviceOf(client: Client | null): DeviceConfig | undefined;
  /** Drops what was remembered of these devices' passwords (their entries changed or went). */
  forget(deviceIds: readonly string[]): void;
}

export interface AuthDeps {
  registry: DeviceRegistry;
  metrics: GatewayMetrics;
  logger: Logger;
  verify?: (password: string, hash: string) => Promise<boolean>;
  /** [1...16] scrypt verifications running at once; the rest wait their turn. Default 2. */
  maxConcurrentVerifications?: number;
}

function refusal(returnCode: number, message: string): AuthError {
  return Object.assign(new Error(message), { returnCode });
}

export function createAuthenticator(deps: AuthDeps): Authenticator {
  const { registry, metrics, logger } = deps;
  const verify = deps.verify ?? verifyPasswordAsync;
  const key = randomBytes(32);
  const verified = new Map<string, Buffer>(); // deviceId -> HMAC(password) of the last good password
  const refused = new Map<string, Buffer>(); // deviceId -> HMAC(password) of the last wrong one
  const logRefusal = createLogLimiter(logger, 60_000);
  const devices = new WeakMap<Client, DeviceConfig>();
  const mac = (password: string): Buffer => createHmac('sha256', key).update(password, 'utf8').digest();
  const maxRunning = deps.maxConcurrentVerifications ?? 2;
  let running = 0;
  const waiting: (() => void)[] = [];
  const checking = new Map<string, Promise<boolean>>(); // deviceId + HMAC(password) -> the running check

  async function limited(password: string, hash: string): Promise<boolean> {
    if (running >= maxRunning) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await verify(password, hash);
    } finally {
      running--;
      waiting.shift()?.();
    }
  }

  function refuse(client: Client, done: AuthCallback, reason: string, returnCode: number, username: string | undefined): void {
    metrics.authFailures.inc({ reason });
    const remote = (client.conn as { remoteAddress?: string } | undefined)?.remoteAddress;
    logRefusal(`${reason}\0${username ?? ''}`, { clientId: client.id, username, reason, remote }, 'connection refused');
    done(refusal(returnCode, reason), false);
  }

  async function check(device: DeviceConfig, password: string): Promise<boolean> {
    const cached = verified.get(device.deviceId);
    const digest = mac(password);
    if (cached && timingSafeEqual(cached, digest)) return true;
    const wrong = refused.get(device.deviceId);
    if (wrong && timingSafeEqual(wrong, digest)) return false;
    const k = `${device.deviceId}\0${digest.toString('hex')}`;
    let p = checking.get(k);
    if (!p) {
      p = limited(password, device.passwordHash).finally(() => checking.delete(k));
      checking.set(k, p);
    }
    const ok = await p;
    if (ok) verified.set(device.deviceId, digest);
    else refused.set(device.deviceId, digest);
    return ok;
  }

  return {
    authenticate(client, username, password, done) {
      const device = username === undefined ? undefined : registry.get(username);
      if (!device) return refuse(client, done, 'unknown_device', BAD_USERNAME_OR_PASSWORD, username);
      if (!device.enabled) return refuse(client, done, 'disabled_device', NOT_AUTHORIZED, username);
      // The client id is the session key: a device using another's id would take over its session.
      if (client.id !== device.deviceId) return refuse(client, done, 'client_id_mismatch', IDENTIFIER_REJECTED, username);
      if (password === undefined) return refuse(client, done, 'no_password', BAD_USERNAME_OR_PASSWORD, username);
      check(device, password.toString('utf8')).then(
        (ok) => {
          if (!ok) return refuse(client, done, 'bad_password', BAD_USERNAME_OR_PASSWORD, username);
          devices.set(client, device);
          done(null, true);
        },
        (err: unknown) => {
          logger.error({ err, deviceId: device.deviceId }, 'password check failed');
          refuse(client, done, 'auth_error', NOT_AUTHORIZED, username);
        },
      );
    },
    deviceOf: (client) => (client ? devices.get(client) : undefined),
    forget(deviceIds) {
      for (const id of deviceIds) {
        verified.delete(id);
        refused.delete(id); // a new entry may accept it
      }
    },
  };
}
