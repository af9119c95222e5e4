/**
 * `wx-cloud models <command>`: what an operator runs on their own machine to ship a model version.
 *
 *   keygen  --out <dir>                          a new Ed25519 key pair (the private key 0600)
 *   sign    --key <private.pem> <file.onnx>      prints the base64 signature of the file's SHA-256
 *   publish --key <private.pem> --card <card.json> --file <file.onnx> [--url] [--token]
 *                                                signs and registers the version (POST /api/v1/models)
 *
 * The private key stays with the operator: the cloud only stores signatures, and devices verify with
 * the public key in their config (nowcast.update.publicKeyPem), so a compromised hub cannot make them
 * run a model of its own. node:crypto does Ed25519; no library needed.
 */
import { createHash, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { helpText, parseCli, type OptionSpecs } from '../../common/cli.js';
import { WxError } from '../../common/errors.js';

const OPTIONS = {
  out: { type: 'string', description: 'keygen: folder for operator-ed25519.pem and operator-ed25519.pub.pem' },
  key: { type: 'string', env: 'WX_MODEL_SIGNING_KEY', description: 'sign, publish: the operator\'s Ed25519 private key (PEM)' },
  card: { type: 'string', description: 'publish: the version\'s card.json' },
  file: { type: 'string', description: 'publish: the .onnx file to register (one of the card\'s files)' },
  url: { type: 'string', env: 'WX_CLOUD_URL', default: 'http://127.0.0.1:8080', description: 'publish: the cloud\'s REST API' },
  token: { type: 'string', env: 'WX_OPERATOR_TOKEN', description: 'publish: operator token (models.operatorTokenSha256 in the cloud config)' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} satisfies OptionSpecs;

const USAGE = `wx-cloud models keygen --out <dir>
       wx-cloud models sign --key <private.pem> <file.onnx>
       wx-cloud models publish --key <private.pem> --card <card.json> --file <file.onnx> [--url <cloud>] [--token <t>]`;

function need(value: string | undefined, field: string): string {
  if (!value) throw new WxError('WX_ERR_ARGS_INVALID', `--${field} is required`, { field });
  return value;
}

function readOrFail(path: string, field: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--${field}: cannot read ${JSON.stringify(path)} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { field, cause: err });
  }
}

export function loadSigningKey(path: string, field = 'key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(readOrFail(path, field));
  } catch (err) {
    if (err instanceof WxError) throw err;
    throw new WxError('WX_ERR_ARGS_INVALID', `--${field}: ${JSON.stringify(path)} is not a PEM private key`, { field, cause: err });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new WxError('WX_ERR_ARGS_INVALID', `--${field}: an ${key.asymmetricKeyType} key, expected ed25519`, { field });
  return key;
}

/** Ed25519 over the raw SHA-256 of the file: what the registry stores and devices verify. */
export function signModelFile(file: Uint8Array, key: KeyObject): string {
  return sign(null, createHash('sha256').update(file).digest(), key).toString('base64');
}

export function keygen(dir: string): { privatePath: string; publicPath: string } {
  const privatePath = join(dir, 'operator-ed25519.pem');
  const publicPath = join(dir, 'operator-ed25519.pub.pem');
  // Never overwrite: the devices in the field trust the old public key.
  for (const p of [privatePath, publicPath]) if (existsSync(p)) throw new WxError('WX_ERR_ARGS_INVALID', `--out: ${p} exists; not overwriting a signing key`, { field: 'out' });
  mkdirSync(dir, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
  return { privatePath, publicPath };
}

export async function runModelsCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const { options, positionals } = parseCli(OPTIONS, argv);
  const command = positionals[0];
  if (options.help || command === undefined) {
    out(helpText('wx-cloud models', 'Operator tools for model versions: a signing key, signatures, registering a version.', OPTIONS, USAGE));
    return;
  }
  if (command === 'keygen') {
    const { privatePath, publicPath } = keygen(need(options.out, 'out'));
    out(`private key: ${privatePath} (keep it off the cloud and the devices)\npublic key:  ${publicPath} (put it in each station config as nowcast.update.publicKeyPem)\n`);
    return;
  }
  if (command === 'sign') {
    const path = positionals[1];
    if (!path) throw new WxError('WX_ERR_ARGS_INVALID', 'sign: the .onnx file is required', { field: 'file' });
    out(signModelFile(readOrFail(path, 'file'), loadSigningKey(need(options.key, 'key'))) + '\n');
    return;
  }
  if (command === 'publish') {
    const key = loadSigningKey(need(options.key, 'key'));
    const file = readOrFail(need(options.file, 'file'), 'file');
    const cardText = readOrFail(need(options.card, 'card'), 'card').toString('utf8');
    try {
      JSON.parse(cardText);
    } catch (err) {
      throw new WxError('WX_ERR_ARGS_INVALID', `--card: ${options.card} is not JSON (${(err as Error).message})`, { field: 'card', cause: err });
    }
    const res = await fetch(new URL('/api/v1/models', options.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ card: cardText, file: file.toString('base64'), signature: signModelFile(file, key) }),
    });
    const body = await res.text();
    if (res.status !== 201) throw new WxError('WX_ERR_ARGS_INVALID', `the cloud refused the version: HTTP ${res.status} ${body}`, { field: 'card' });
    out(body + '\n');
    return;
  }
  throw new WxError('WX_ERR_ARGS_INVALID', `unknown models command ${JSON.stringify(command)} (keygen, sign, publish)`);
}
