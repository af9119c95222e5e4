/**
 * A hub on the open internet: with `api.readers` in its config, every read over REST and gRPC needs
 * one of their tokens (or the operator's); probes, metrics and the API description stay open; each
 * refusal is counted. The real wx-cloud program, over real sockets.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { credentials, makeGenericClientConstructor, Metadata, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { stringify } from 'yaml';
import { hashToken } from '../../common/credentials.js';
import { FieldsService } from '../../protos/index.js';
import { waitUntil } from '../../scripts/bench/sut.js';
import { startProcess } from '../../scripts/lib/processes.js';
import { scrapeMetric } from '../gateway/helpers.js';
import { Registry } from 'prom-client';
import { createReadAccess } from '../../cloud/access/read-access.js';
import { buildApi } from '../../cloud/api/app.js';
import { createCloudMetrics } from '../../cloud/metrics.js';
import { sectionsNeedingRestart } from '../../cloud/reload.js';
import { silentLogger } from '../../common/logger.js';
import { captureLogs } from '../common/log-capture.js';
import { startTestHub, tempDir } from './helpers.js';

const READER = 'grafana-reader-token';
const PARTNER = 'partner-reader-token';
const OPERATOR = 'operator-token';

void test('with readers configured, reads need a reader or operator token over REST and gRPC; probes, metrics and the API description stay open; a reload revokes a reader', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir();
  const config = join(dir, 'cloud.yaml');
  writeFileSync(config, stringify({ api: { readers: [{ name: 'grafana', tokenSha256: hashToken(READER) }] }, models: { operatorTokenSha256: hashToken(OPERATOR) } }));
  const hub = startProcess({
    name: 'cloud',
    tier: 'cloud',
    readyFile: join(dir, 'ready.json'),
    output: 'ignore',
    args: ['--config', config, '--data-dir', join(dir, 'data'), '--http', '127.0.0.1:0', '--grpc', '127.0.0.1:0', '--gateway-token', 'gw-token', '--log-level', 'warn'],
  });
  let client: (Client & Record<string, (req: unknown, md: Metadata, cb: (err: ServiceError | null, res: unknown) => void) => void>) | undefined;
  try {
    const ready = (await hub.ready) as { httpUrl: string; grpcAddress: string; pid: number };
    const get = (path: string, token?: string) => fetch(`${ready.httpUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

    const none = await get('/api/v1/stations');
    assert.equal(none.status, 401);
    assert.deepEqual(await none.json(), { error: 'WX_ERR_NOT_AUTHORIZED', message: 'this hub needs a reader token: Authorization: Bearer <token>' });
    assert.equal((await get('/api/v1/observations?station=x', 'not-a-token')).status, 401);
    assert.equal((await get('/api/v1/stats', 'not-a-token')).status, 401);
    assert.equal((await get('/api/v1/stations', READER)).status, 200);
    assert.equal((await get('/api/v1/stats', OPERATOR)).status, 200, 'the operator reads too');
    assert.equal((await get('/api/v1/models')).status, 401, 'the model registry is a read like the others');

    for (const open of ['/healthz', '/metrics']) assert.equal((await get(open)).status, 200, `${open} stays open for probes and Prometheus`);
    const doc = (await (await get('/api/v1/openapi.json')).json()) as { components: { securitySchemes?: Record<string, { scheme: string }> }; security?: unknown[] };
    assert.equal(doc.components.securitySchemes?.reader?.scheme, 'bearer', 'the API description says how to authenticate');
    assert.deepEqual(doc.security, [{ reader: [] }]);

    const Ctor = makeGenericClientConstructor(FieldsService, 'Fields');
    client = new Ctor(ready.grpcAddress, credentials.createInsecure()) as typeof client;
    const call = (token?: string): Promise<ServiceError | null> => {
      const md = new Metadata();
      if (token) md.set('authorization', `Bearer ${token}`);
      return new Promise((resolve) => client!.getLatestAnalysis!({ point: { latDeg: 40, lonDeg: 116 } }, md, (err) => resolve(err)));
    };
    assert.equal((await call())?.code, status.UNAUTHENTICATED);
    assert.equal((await call('not-a-token'))?.code, status.UNAUTHENTICATED);
    const allowed = await call(READER);
    assert.notEqual(allowed?.code, status.UNAUTHENTICATED, 'a reader passes (there is no analysis yet: another error, or none)');

    // systemctl reload wx-cloud after editing the readers: the revoked one is refused at once; a
    // broken file is refused and the readers in use kept.
    const reloads = (result: string) => scrapeMetric(`${ready.httpUrl}/metrics`, 'wx_cloud_reloads_total', `result="${result}"`);
    writeFileSync(config, stringify({ api: { readers: [{ name: 'partner', tokenSha256: hashToken(PARTNER) }] }, models: { operatorTokenSha256: hashToken(OPERATOR) } }));
    process.kill(ready.pid, 'SIGHUP');
    await waitUntil('the reload applied', async () => (await reloads('applied')) === 1, 10_000);
    assert.equal((await get('/api/v1/stations', READER)).status, 401, 'revoked');
    assert.equal((await get('/api/v1/stations', PARTNER)).status, 200, 'the new reader');
    writeFileSync(config, 'api: { readers: [{ name: "x", tokenSha256: "not-hex" }] }\n');
    process.kill(ready.pid, 'SIGHUP');
    await waitUntil('the reload refused', async () => (await reloads('invalid')) === 1, 10_000);
    assert.equal((await get('/api/v1/stations', PARTNER)).status, 200, 'the readers in use kept');

    const metrics = await (await get('/metrics')).text();
    const count = (labels: string): number => Number(new RegExp(`^wx_cloud_reads_refused_total\\{[^}]*${labels}[^}]*\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0);
    assert.equal(count('api="rest",reason="missing"'), 2);
    assert.equal(count('api="rest",reason="wrong"'), 3);
    assert.equal(count('api="grpc",reason="missing"'), 1);
    assert.equal(count('api="grpc",reason="wrong"'), 1);
  } finally {
    client?.close();
    await hub.stop(5000);
    cleanup();
  }
});

void test('a config naming the same reader twice is refused, naming the field', async () => {
  const { validateCloudConfig } = await import('../../cloud/config.js');
  const t = hashToken('x');
  assert.throws(
    () => validateCloudConfig({ api: { readers: [{ name: 'a', tokenSha256: t }, { name: 'a', tokenSha256: t }] } }, 'cloud.yaml'),
    (err: Error & { details?: string[] }) => (err.details ?? []).some((d) => d === 'api.readers.1.name: duplicates api.readers.0.name (a)'),
  );
});

void test('a hub started open closes its reads once a reload names readers; a reload names the sections needing a restart', async () => {
  const hub = await startTestHub();
  const { logger, lines } = captureLogs('wx-cloud', 'warn');
  const access = createReadAccess({ readers: [], refused: createCloudMetrics(new Registry()).readsRefused, logger });
  const api = await buildApi({ store: hub.store, registry: hub.registry, logger: silentLogger(), readAccess: access });
  try {
    assert.equal((await api.inject({ method: 'GET', url: '/api/v1/stations' })).statusCode, 200, 'open');
    access.setReaders([{ name: 'grafana', tokenSha256: hashToken(READER) }]);
    assert.equal((await api.inject({ method: 'GET', url: '/api/v1/stations', remoteAddress: '192.0.2.7' })).statusCode, 401);
    assert.deepEqual(lines.map((l) => [l.msg, l.peer]), [['read refused: bearer token missing or wrong', '192.0.2.7']], 'the log names who was refused');
    assert.equal((await api.inject({ method: 'GET', url: '/api/v1/stations', headers: { authorization: `Bearer ${READER}` } })).statusCode, 200);
  } finally {
    await api.close();
    await hub.stop();
  }
  const { validateCloudConfig } = await import('../../cloud/config.js');
  const running = validateCloudConfig({}, 'cloud.yaml');
  const next = validateCloudConfig({ api: { readers: [{ name: 'a', tokenSha256: hashToken('x') }] }, store: { cacheSizeMiB: 64 } }, 'cloud.yaml');
  assert.deepEqual(sectionsNeedingRestart(running, next), ['store'], 'readers apply at once; the store needs a restart');
  const noDashboard = validateCloudConfig({ api: { dashboard: false } }, 'cloud.yaml');
  assert.deepEqual(sectionsNeedingRestart(running, noDashboard), ['api.dashboard'], 'serving the dashboard or not is set at start');
});
