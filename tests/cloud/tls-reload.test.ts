/**
 * `systemctl reload wx-cloud` after a certificate renewal: new connections to the gRPC port get the
 * renewed certificate, connections already open carry on, and a pair that does not belong together
 * is refused with the one in use kept. The real wx-cloud program, real TLS over loopback.
 */
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { connect } from 'node:tls';
import { credentials, makeGenericClientConstructor, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { FieldsService } from '../../protos/index.js';
import { waitUntil } from '../../scripts/bench/sut.js';
import { REPO_ROOT, startProcess } from '../../scripts/lib/processes.js';
import { scrapeMetric } from '../gateway/helpers.js';
import { tempDir } from './helpers.js';

const TLS = join(REPO_ROOT, 'tests/fixtures/tls');
const fingerprint = (pem: string): string => new X509Certificate(readFileSync(join(TLS, pem))).fingerprint256;

/** The certificate a new TLS connection to the gRPC port is served. */
function servedFingerprint(address: string): Promise<string> {
  const [host, port] = address.split(':');
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(port), ALPNProtocols: ['h2'], rejectUnauthorized: false, servername: 'localhost' }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

type FieldsClient = Client & Record<string, (req: unknown, cb: (err: ServiceError | null) => void) => void>;
const Fields = makeGenericClientConstructor(FieldsService, 'Fields');
/** A call that reaches the hub: any answer but UNAVAILABLE (no analysis yet is fine). */
const reaches = (client: FieldsClient): Promise<boolean> =>
  new Promise((resolve) => client.getLatestAnalysis!({ point: { latDeg: 40, lonDeg: 116 } }, (err) => resolve(err?.code !== status.UNAVAILABLE)));

void test('a reload serves a renewed gRPC certificate to new connections, keeps open ones, and refuses a key that does not match', { timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir();
  const [cert, key] = [join(dir, 'grpc.pem'), join(dir, 'grpc.key')];
  copyFileSync(join(TLS, 'cloud.pem'), cert);
  copyFileSync(join(TLS, 'cloud.key'), key);
  const hub = startProcess({
    name: 'cloud',
    tier: 'cloud',
    readyFile: join(dir, 'ready.json'),
    output: 'ignore',
    args: ['--data-dir', join(dir, 'data'), '--http', '127.0.0.1:0', '--grpc', '127.0.0.1:0', '--gateway-token', 'gw', '--grpc-tls-cert', cert, '--grpc-tls-key', key, '--log-level', 'warn'],
  });
  const clients: FieldsClient[] = [];
  const client = (ca: string): FieldsClient => {
    const c = new Fields(address, credentials.createSsl(readFileSync(join(TLS, ca))), { 'grpc.ssl_target_name_override': 'localhost' }) as FieldsClient;
    clients.push(c);
    return c;
  };
  let address = '';
  try {
    const ready = (await hub.ready) as { httpUrl: string; grpcAddress: string; pid: number };
    address = ready.grpcAddress;
    const reloads = (result: string) => scrapeMetric(`${ready.httpUrl}/metrics`, 'wx_cloud_reloads_total', `result="${result}"`);
    const reload = async (result: string, times: number): Promise<void> => {
      process.kill(ready.pid, 'SIGHUP');
      await waitUntil(`reload ${result}`, async () => (await reloads(result)) === times, 10_000);
    };
    assert.equal(await servedFingerprint(address), fingerprint('cloud.pem'));
    const before = client('ca.pem');
    assert.equal(await reaches(before), true, 'a gateway trusting the CA gets through');

    // A renewal copies the certificate before its key: that reload is refused, the old pair kept.
    copyFileSync(join(TLS, 'renewed.pem'), cert);
    await reload('invalid', 1);
    assert.equal(await servedFingerprint(address), fingerprint('cloud.pem'));

    copyFileSync(join(TLS, 'renewed.key'), key);
    await reload('applied', 1);
    assert.equal(await servedFingerprint(address), fingerprint('renewed.pem'), 'new connections get the renewed certificate');
    assert.equal(await reaches(client('renewed.pem')), true, 'a client trusting the renewed certificate gets through');
    assert.equal(await reaches(client('ca.pem')), false, 'a new connection no longer gets the old certificate');
    assert.equal(await reaches(before), true, 'the connection opened before the renewal carries on');
  } finally {
    for (const c of clients) c.close();
    await hub.stop(5000);
    cleanup();
  }
});
