import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isWxError } from '../../common/errors.js';
import { clientCredentials, serverCredentials } from '../../common/grpc-tls.js';
import { fetchText, metricSum, readingsStored, startSut, waitUntil, type Sut } from '../../scripts/bench/sut.js';
import { REPO_ROOT } from '../../scripts/lib/processes.js';
import { batch, connectDevice, readingsTopic, reading, type TestDevice } from './helpers.js';

const TLS = join(REPO_ROOT, 'tests/fixtures/tls');
const CERT = join(TLS, 'cloud.pem');
const KEY = join(TLS, 'cloud.key');
const PASSWORD = 'tls-test-password';
const DEVICE: TestDevice = { deviceId: 'tls-00000', site: 'beijing', password: PASSWORD };

async function gatewayMetric(sut: Sut, name: string): Promise<number> {
  return metricSum(await fetchText(sut.gatewayInfo.metricsUrl), name) ?? NaN;
}

async function publish(sut: Sut, seqs: number[]): Promise<void> {
  const c = await connectDevice(sut.gatewayInfo.mqttUrl, DEVICE);
  await c.publishAsync(readingsTopic(DEVICE), batch(...seqs.map((s) => reading(DEVICE.deviceId, s))), { qos: 1 });
  await c.endAsync();
}

function startTlsSut(dir: string, gatewayArgs: string[]): Promise<Sut> {
  return startSut({
    dir, devices: 1, site: 'beijing', deviceIdPrefix: 'tls-', password: PASSWORD, scryptN: 1024, token: 'tls-test-token', logLevel: 'warn', output: () => {},
    cloudArgs: [`--grpc-tls-cert=${CERT}`, `--grpc-tls-key=${KEY}`], gatewayArgs,
  });
}

test('readings reach a TLS cloud through a gateway that trusts its CA', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-tls-'));
  const sut = await startTlsSut(dir, [`--cloud-ca=${join(TLS, 'ca.pem')}`]);
  try {
    await publish(sut, [1, 2, 3, 4, 5]);
    await waitUntil('5 readings stored', async () => (await readingsStored(sut)) === 5, 20_000);
    // The cloud's ack reaches the gateway after the commit, and the outbox's writer thread reports the
    // delete after that: the outbox empties shortly after the readings are stored, not at once.
    await waitUntil('the gateway outbox emptied', async () => (await gatewayMetric(sut, 'wx_gateway_outbox_depth')) === 0, 10_000);
  } finally {
    await sut.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

// Plaintext against TLS and TLS against an untrusted certificate both fail the handshake: nothing is
// sent (the token never leaves the gateway in clear) and the readings wait in the outbox.
for (const [name, gatewayArgs] of [
  ['a gateway trusting another CA', [`--cloud-ca=${join(TLS, 'other-ca.pem')}`]],
  ['a plaintext gateway', []],
] as const) {
  test(`${name} sends nothing to a TLS cloud and keeps every reading`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wx-tls-'));
    const sut = await startTlsSut(dir, [...gatewayArgs]);
    try {
      await publish(sut, [1, 2, 3]);
      await waitUntil('the gateway retried the stream', async () => (await gatewayMetric(sut, 'wx_gateway_stream_reconnects_total')) >= 2, 20_000);
      assert.equal(await readingsStored(sut), 0);
      assert.equal(await gatewayMetric(sut, 'wx_gateway_outbox_depth'), 3);
    } finally {
      await sut.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

function wxErrorField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    assert.ok(isWxError(err), String(err));
    return err.field;
  }
  assert.fail('expected a WxError');
}

test('bad TLS files are refused at start, naming the flag', () => {
  assert.equal(wxErrorField(() => serverCredentials({ certFile: CERT })), 'grpc-tls-key');
  assert.equal(wxErrorField(() => serverCredentials({ keyFile: KEY })), 'grpc-tls-cert');
  assert.equal(wxErrorField(() => serverCredentials({ certFile: join(TLS, 'missing.pem'), keyFile: KEY })), 'grpc-tls-cert');
  assert.equal(wxErrorField(() => serverCredentials({ certFile: KEY, keyFile: KEY })), 'grpc-tls-cert', 'a key is not a certificate');
  assert.equal(wxErrorField(() => serverCredentials({ certFile: CERT, keyFile: CERT })), 'grpc-tls-key', 'a certificate is not a key');
  assert.equal(wxErrorField(() => clientCredentials({ enabled: true, caFile: join(TLS, 'README.md') })), 'cloud-ca');
  // The cloud's certificate with a key of its own making: they do not belong together.
  const other = mkdtempSync(join(tmpdir(), 'wx-tls-key-'));
  try {
    const r = spawnSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', join(other, 'k.pem')]);
    if (r.status === 0) assert.equal(wxErrorField(() => serverCredentials({ certFile: CERT, keyFile: join(other, 'k.pem') })), 'grpc-tls-key');
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
  assert.doesNotThrow(() => serverCredentials({ certFile: CERT, keyFile: KEY }));
  assert.doesNotThrow(() => serverCredentials(undefined));
});

test('wx-cloud exits 2 naming --grpc-tls-key when the certificate comes without it', () => {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cloud/main.js'), `--grpc-tls-cert=${CERT}`, '--http', '127.0.0.1:0', '--grpc', '127.0.0.1:0', '--log-level', 'silent'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /grpc-tls-key/);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
});
