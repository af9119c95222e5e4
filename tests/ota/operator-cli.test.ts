import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import type { NowcastCard } from '../../common/nowcast/card.js';
import { silentLogger } from '../../common/logger.js';
import { parsePublicKey, sha256, signatureValid } from '../../device-agent/ota/signature.js';
import { REPO_ROOT } from '../../scripts/lib/processes.js';
import { CARD_PATH, committedInt8 } from './helpers.js';

const OPERATOR = 'operator-cli-token';

/** The real `wx-cloud models ...` (built program), with its exit code and output. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Async spawn: the cloud under test runs in this process and must keep answering.
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cloud/main.js'), 'models', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('an operator makes a key, publishes a signed version, and a device with the public key accepts its signature', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-operator-'));
  const hub = await startHub({
    config: validateCloudConfig({ models: { operatorTokenSha256: createHash('sha256').update(OPERATOR).digest('hex') } }, 't'),
    dataDir: join(dir, 'cloud'), http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, logger: silentLogger(), registry: new Registry(),
  });
  try {
    const keygen = await cli(['keygen', '--out', join(dir, 'keys')]);
    assert.equal(keygen.status, 0, keygen.stderr);
    const privatePath = join(dir, 'keys', 'operator-ed25519.pem');
    assert.equal(statSync(privatePath).mode & 0o777, 0o600, 'the private key is readable by its owner only');
    const again = await cli(['keygen', '--out', join(dir, 'keys')]);
    assert.equal(again.status, 2, 'a second keygen must not overwrite the key devices trust');
    assert.match(again.stderr, /not overwriting/);

    // A new version of the committed model: the card renamed, listing the INT8 file.
    const card = JSON.parse(readFileSync(CARD_PATH, 'utf8')) as NowcastCard;
    card.version = '9.0.0';
    writeFileSync(join(dir, 'card.json'), JSON.stringify(card));
    const file = join(dir, 'model.int8.onnx');
    writeFileSync(file, committedInt8());

    const refused = await cli(['publish', '--key', privatePath, '--card', join(dir, 'card.json'), '--file', file, '--url', hub.httpUrl, '--token', 'wrong']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /HTTP 401|HTTP 403/);

    const published = await cli(['publish', '--key', privatePath, '--card', join(dir, 'card.json'), '--file', file, '--url', hub.httpUrl], { WX_OPERATOR_TOKEN: OPERATOR });
    assert.equal(published.status, 0, published.stderr);
    const listed = (await (await fetch(`${hub.httpUrl}/api/v1/models`)).json()) as { models: { version: string; signature: string }[] };
    const v = listed.models.find((m) => m.version === '9.0.0');
    assert.ok(v, 'the version is registered');

    // What a device does with the deploy: verify against the public key from its config.
    const publicKey = parsePublicKey(readFileSync(join(dir, 'keys', 'operator-ed25519.pub.pem'), 'utf8'));
    assert.ok(signatureValid(sha256(committedInt8()), Buffer.from(v.signature, 'base64'), publicKey));
    const signed = await cli(['sign', '--key', privatePath, file]);
    assert.equal(signed.stdout.trim(), v.signature, '`sign` prints the same signature');
  } finally {
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('operator commands refuse a missing or wrong key, naming the flag', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-operator-'));
  try {
    const noKey = await cli(['sign', join(REPO_ROOT, 'package.json')], { WX_MODEL_SIGNING_KEY: '' });
    assert.equal(noKey.status, 2);
    assert.match(noKey.stderr, /--key is required/);
    writeFileSync(join(dir, 'rsa.pem'), (await import('node:crypto')).generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const rsa = await cli(['sign', '--key', join(dir, 'rsa.pem'), join(REPO_ROOT, 'package.json')]);
    assert.equal(rsa.status, 2);
    assert.match(rsa.stderr, /--key: an rsa key, expected ed25519/);
    const notPem = await cli(['sign', '--key', join(REPO_ROOT, 'package.json'), join(REPO_ROOT, 'package.json')]);
    assert.match(notPem.stderr, /--key: .* is not a PEM private key/);
    const unknown = await cli(['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown models command/);
    assert.doesNotMatch(unknown.stderr + rsa.stderr, /^\s+at /m, 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
