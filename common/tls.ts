import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WxError } from './errors.js';

/**
 * PEM files for TLS (the cloud's gRPC port, the gateway's MQTT listener, the CAs that gateways and
 * agents trust), read and parsed at start. grpc-js and node:tls take any bytes and fail only at the
 * first handshake, where a bad file would look like an unreachable peer; here a bad file stops the
 * program with the flag or config field it came from named instead.
 */

function readPem(path: string, field: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${field}: cannot read ${JSON.stringify(path)} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { field, cause: err });
  }
}

function certificate(pem: Buffer, path: string, field: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${field}: ${JSON.stringify(path)} is not a PEM certificate`, { field, cause: err });
  }
}

/** A server's certificate chain and private key, PEM, checked by loadKeyPair. */
export interface KeyPair {
  cert: Buffer;
  key: Buffer;
}

export interface KeyPairFiles {
  /** PEM certificate chain (leaf first). */
  certFile?: string | undefined;
  /** PEM private key of that certificate. */
  keyFile?: string | undefined;
}

/**
 * A server's certificate and key, checked to belong together and to be in date; undefined when
 * neither file is given (plaintext). One without the other is an error naming the missing flag.
 */
export function loadKeyPair(files: KeyPairFiles | undefined, fields: { cert: string; key: string }): KeyPair | undefined {
  if (!files?.certFile && !files?.keyFile) return undefined;
  if (!files.certFile) throw new WxError('WX_ERR_ARGS_INVALID', `${fields.cert} is required with ${fields.key}`, { field: fields.cert });
  if (!files.keyFile) throw new WxError('WX_ERR_ARGS_INVALID', `${fields.key} is required with ${fields.cert}`, { field: fields.key });
  const cert = readPem(files.certFile, fields.cert);
  const key = readPem(files.keyFile, fields.key);
  const leaf = certificate(cert, files.certFile, fields.cert);
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${fields.key}: ${JSON.stringify(files.keyFile)} is not a PEM private key`, { field: fields.key, cause: err });
  }
  if (!leaf.checkPrivateKey(privateKey)) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${fields.key}: the key does not belong to the certificate in ${JSON.stringify(files.certFile)}`, { field: fields.key });
  }
  if (Date.parse(leaf.validTo) < Date.now()) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${fields.cert}: the certificate expired on ${leaf.validTo}`, { field: fields.cert });
  }
  return { cert, key };
}

/** A PEM CA bundle to trust instead of the system's roots, checked to hold a certificate. */
export function loadCa(path: string, field: string): Buffer {
  const ca = readPem(path, field);
  certificate(ca, path, field);
  return ca;
}
