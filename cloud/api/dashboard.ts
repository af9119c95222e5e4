/**
 * The hub's web dashboard: the static page in cloud/dashboard/ at `/`, and Leaflet (the map) at
 * `/vendor/leaflet/`, both from the hub itself so the dashboard works on a network without the
 * internet. Served by @fastify/static (ETags, ranges, no path escapes): major 9, since 10 needs
 * Node 22 and stations' and hubs' Node is 20. The page is open; the data it fetches goes through the
 * same reader check as any other client, and it asks for a token when the hub has readers
 * (cloud/access/read-access.ts).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { WxError } from '../../common/errors.js';

/** Paths the dashboard's files are served under: open reads even when the hub has readers. */
export const DASHBOARD_ROUTES = ['/*', '/vendor/leaflet/*'];

// Scripts and styles from the hub only; tiles come back as blob: URLs (fetched with the token).
const CSP = "default-src 'self'; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";

/** cloud/dashboard, from the source tree or next to dist/ (as the built-in models are found). */
export function dashboardRoot(): string {
  for (const up of ['../dashboard', '../../../cloud/dashboard']) {
    const p = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(`${p}/index.html`)) return p;
  }
  throw new WxError('WX_ERR_CONFIG_INVALID', 'the dashboard files (cloud/dashboard) are missing from this installation', { field: 'api.dashboard' });
}

export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  const leaflet = dirname(createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'));
  const headers = (res: SetHeadersResponse): void => {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
  };
  await app.register(fastifyStatic, { root: dashboardRoot(), prefix: '/', index: 'index.html', wildcard: true, setHeaders: headers, schemaHide: true });
  await app.register(fastifyStatic, { root: leaflet, prefix: '/vendor/leaflet/', decorateReply: false, setHeaders: headers, schemaHide: true });
};
