/**
 * `systemctl reload wx-gateway` (SIGHUP): the config file is read and validated again and its
 * devices applied without a restart, so adding a station does not drop every other station's
 * connection. An invalid file changes nothing: the error names each field, and the gateway carries
 * on with the devices it had. The rest of the config (forwarding, outbox, limits...) is fixed for
 * the life of the process; a reload that changes it says it needs a restart. With MQTT over TLS the
 * certificate and key files are read again too (a renewed certificate: new connections get it).
 */
import { changedSections } from '../../common/config.js';
import { describeError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { KeyPair } from '../../common/tls.js';
import type { DeviceChanges } from './devices.js';
import { loadGatewayConfig } from './load.js';
import type { DeviceConfig, GatewayConfig } from './schema.js';

export interface ReloadTarget {
  reloadDevices(devices: readonly DeviceConfig[]): DeviceChanges;
  reloadTls(keyPair: KeyPair): void;
}

/** Top-level sections (devices aside) that differ between two configs. */
export function sectionsNeedingRestart(running: GatewayConfig, next: GatewayConfig): string[] {
  return changedSections(running, next, ['devices', 'devicesFile']);
}

export interface ReloadOptions {
  path: string;
  running: GatewayConfig;
  target: ReloadTarget;
  logger: Logger;
  /** Each part of a reload (devices; the TLS files) counts once, applied or invalid. */
  onResult: (result: 'applied' | 'invalid') => void;
  /** Reads the MQTT TLS certificate and key files again (common/tls.ts loadKeyPair); none: plain MQTT. */
  loadTls?: () => KeyPair | undefined;
}

/** Returns the handler for SIGHUP: reload `path` and apply its devices (and the TLS files) to `target`. */
export function createConfigReload(o: ReloadOptions): () => void {
  const reloadDevices = (): void => {
    let next: GatewayConfig;
    try {
      next = loadGatewayConfig(o.path);
    } catch (err) {
      o.onResult('invalid');
      o.logger.error({ config: o.path, err: describeError(err) }, 'config reload refused: the devices stay as they were');
      return;
    }
    o.target.reloadDevices(next.devices);
    o.onResult('applied');
    const restart = sectionsNeedingRestart(o.running, next);
    if (restart.length > 0) o.logger.warn({ sections: restart }, 'config reload applied the devices only: restart wx-gateway to apply the other changes');
  };
  const reloadTls = (loadTls: () => KeyPair | undefined): void => {
    try {
      const keyPair = loadTls();
      if (keyPair) o.target.reloadTls(keyPair);
      o.onResult('applied');
    } catch (err) {
      o.onResult('invalid');
      o.logger.error({ err: describeError(err) }, 'TLS certificate reload refused: new connections keep the certificate in use');
    }
  };
  return () => {
    reloadDevices();
    if (o.loadTls) reloadTls(o.loadTls);
  };
}
