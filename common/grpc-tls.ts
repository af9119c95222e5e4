import { credentials as channelCredentials, ServerCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import { loadCa, loadKeyPair, type KeyPairFiles } from './tls.js';

/**
 * TLS for the gateway -> cloud gRPC link (ingest, model relay) and the operators' gRPC API, which share
 * the cloud's one gRPC port. Gateways reach the hub over networks we do not own: their bearer token
 * and every reading must not cross them in clear text. Files are checked at start (common/tls.ts).
 */

export type ServerTlsFiles = KeyPairFiles;

/** Server credentials for the cloud's gRPC port: TLS with the given certificate, or plaintext when no files are given. */
export function serverCredentials(tls: ServerTlsFiles | undefined, fields = { cert: 'grpc-tls-cert', key: 'grpc-tls-key' }): ServerCredentials {
  const pair = loadKeyPair(tls, fields);
  return pair ? ServerCredentials.createSsl(null, [{ cert_chain: pair.cert, private_key: pair.key }], false) : ServerCredentials.createInsecure();
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
  return tls.caFile ? channelCredentials.createSsl(loadCa(tls.caFile, field)) : channelCredentials.createSsl();
}
