import { credentials as channelCredentials, ServerCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WxError } from './errors.js';

/**
 * TLS for the gateway -> cloud gRPC link (ingest, model relay) and the operators' gRPC API, which share
 * the cloud's one gRPC port. Gateways reach the hub over networks we do not own: their bearer token
 * and every reading must not cross them in clear text.
 *
 * PEM files are read and parsed here, at start: grpc-js takes any bytes and fails only at the first
 * handshake, where a bad file would look like an unreachable cloud. A bad file stops the program with
 * the flag it came from named instead.
 */

function readPem(path: string, field: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${field}: cannot read ${JSON.stringify(path)} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { field, cause: err });
  }
}

function certificates(pem: Buffer, path: string, field: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${field}: ${JSON.stringify(path)} is not a PEM certificate`, { field, cause: err });
  }
}

export interface ServerTlsFiles {
  /** PEM certificate chain of the cloud (leaf first). */
  certFile: string;
  /** PEM private key of that certificate. */
  keyFile: string;
}

/**
 * Server credentials for the cloud's gRPC port: TLS with the given certificate, or plaintext when no
 * files are given (loopback set-ups). Certificate and key must come together and belong together.
 */
export function serverCredentials(tls: Partial<ServerTlsFiles> | undefined, fields = { cert: 'grpc-tls-cert', key: 'grpc-tls-key' }): ServerCredentials {
  if (!tls?.certFile && !tls?.keyFile) return ServerCredentials.createInsecure();
  if (!tls.certFile) throw new WxError('WX_ERR_ARGS_INVALID', `${fields.cert} is required with ${fields.key}`, { field: fields.cert });
  if (!tls.keyFile) throw new WxError('WX_ERR_ARGS_INVALID', `${fields.key} is required with ${fields.cert}`, { field: fields.key });
  const cert = readPem(tls.certFile, fields.cert);
  const key = readPem(tls.keyFile, fields.key);
  const leaf = certificates(cert, tls.certFile, fields.cert);
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${fields.key}: ${JSON.stringify(tls.keyFile)} is not a PEM private key`, { field: fields.key, cause: err });
  }
  if (!leaf.checkPrivateKey(privateKey)) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${fields.key}: the key does not belong to the certificate in ${JSON.stringify(tls.certFile)}`, { field: fields.key });
  }
  if (Date.parse(leaf.validTo) < Date.now()) {
    throw new WxError('WX_ERR_ARGS_INVALID', `${fields.cert}: the certificate expired on ${leaf.validTo}`, { field: fields.cert });
  }
  return ServerCredentials.createSsl(null, [{ cert_chain: cert, private_key: key }], false);
}

export interface ClientTls {
  /** Use TLS toward the cloud (implied by caFile). */
  enabled: boolean;
  /** PEM CA bundle to trust instead of the system's roots (a private CA, a self-signed cloud). */
  caFile?: string;
}

/** Channel credentials toward the cloud: TLS (system roots or the given CA) or plaintext. */
export function clientCredentials(tls: ClientTls | undefined, field = 'cloud-ca'): ChannelCredentials {
  if (!tls?.enabled && !tls?.caFile) return channelCredentials.createInsecure();
  if (!tls.caFile) return channelCredentials.createSsl();
  const ca = readPem(tls.caFile, field);
  certificates(ca, tls.caFile, field);
  return channelCredentials.createSsl(ca);
}
