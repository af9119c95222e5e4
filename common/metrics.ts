import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * A registry per process (never prom-client's global one), so that tests can build several
 * components side by side in one process without metric name clashes.
 */
export function createMetricsRegistry(tier: 'agent' | 'gateway' | 'cloud', defaultLabels: Record<string, string> = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ tier, ...defaultLabels });
  collectDefaultMetrics({ register: registry, prefix: 'wx_process_' });
  return registry;
}

export interface MetricsServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * A bare HTTP server answering GET /metrics (the agent and gateway; the cloud uses its Fastify API),
 * and GET on each of `json`'s paths with what its function returns (the gateway's /status).
 */
export async function serveMetrics(registry: Registry, host: string, port: number, json: Record<string, () => unknown> = {}): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '';
    const produce = req.method === 'GET' && Object.hasOwn(json, path) ? json[path] : undefined;
    if (produce) {
      let body: string;
      try {
        body = JSON.stringify(produce());
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    if (req.method === 'GET' && (req.url === '/metrics' || req.url?.startsWith('/metrics?'))) {
      registry
        .metrics()
        .then((body) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(body);
        })
        .catch((err: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`not found: try ${['/metrics', ...Object.keys(json)].join(' or ')}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
