/**
 * `systemctl reload wx-cloud` (SIGHUP): what the hub can change while running. A renewed gRPC TLS
 * certificate goes to new connections (gateways streaming now carry on), and the config's
 * `api.readers` replace the readers (a revoked token is refused at once). A part that is invalid is
 * refused, its errors logged, and what is in use kept; the other part still applies. Other sections
 * of the config that changed are named: they need a restart.
 */
import { Counter, type Registry } from 'prom-client';
import { changedSections } from '../common/config.js';
import { describeError } from '../common/errors.js';
import type { ReloadableServerTls } from '../common/grpc-tls.js';
import type { Logger } from '../common/logger.js';
import type { ReadAccess } from './access/read-access.js';
import { loadCloudConfig, type CloudConfig } from './config.js';

export interface HubReloadDeps {
  /** The config file wx-cloud was started with (none: there are no readers to reload). */
  configPath: string | undefined;
  running: CloudConfig;
  tls: ReloadableServerTls | undefined;
  readAccess: ReadAccess;
  registry: Registry;
  logger: Logger;
}

/** Sections whose content differs and that apply only by a restart: all but `api.readers`. */
export function sectionsNeedingRestart(running: CloudConfig, next: CloudConfig): string[] {
  const sections = changedSections(running, next, ['api']);
  if (running.api.dashboard !== next.api.dashboard) sections.push('api.dashboard');
  return sections.sort();
}

export function createHubReload(d: HubReloadDeps): () => void {
  const reloads = new Counter({ name: 'wx_cloud_reloads_total', help: 'SIGHUP reloads (gRPC TLS certificate, api.readers), by result: applied, or invalid when a part was refused', labelNames: ['result'], registers: [d.registry] });
  for (const result of ['applied', 'invalid']) reloads.inc({ result }, 0);
  let running = d.running;
  return () => {
    let ok = true;
    if (d.tls) {
      try {
        d.tls.reload();
        d.logger.info('gRPC TLS certificate reloaded: new connections get it');
      } catch (err) {
        ok = false;
        d.logger.error({ err: describeError(err) }, 'gRPC TLS reload refused: kept the certificate in use');
      }
    }
    if (d.configPath) {
      try {
        const next = loadCloudConfig(d.configPath);
        d.readAccess.setReaders(next.api.readers);
        const restart = sectionsNeedingRestart(running, next);
        running = { ...running, api: { ...next.api, dashboard: running.api.dashboard } }; // the dashboard is as started
        d.logger.info({ readers: next.api.readers.map((r) => r.name), open: d.readAccess.open }, 'readers reloaded');
        if (restart.length > 0) d.logger.warn({ sections: restart }, 'config sections changed that apply only after a restart');
      } catch (err) {
        ok = false;
        d.logger.error({ err: describeError(err) }, 'config reload refused: kept the readers in use');
      }
    }
    reloads.inc({ result: ok ? 'applied' : 'invalid' });
  };
}
