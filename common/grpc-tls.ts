import { credentials as channelCredentials, experimental, ServerCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import { loadCa, loadKeyPair, type KeyPair, type KeyPairFiles } from './tls.js';

/**
 * TLS for the gateway -> cloud gRPC link (ingest, model relay) and the operators' gRPC API, which share
 * the cloud's one gRPC port. Gateways reach the hub over networks we do not own: their bearer token
 * and every reading must not cross them in clear text. Files are checked at start (common/tls.ts).
 */

export type ServerTlsFiles = KeyPairFiles;

const TLS_FIELDS = { cert: 'grpc-tls-cert', key: 'grpc-tls-key' };

/** Server credentials for the cloud's gRPC port: TLS with the given certificate, or plaintext when no files are given. */
export function serverCredentials(tls: ServerTlsFiles | undefined, fields = TLS_FIELDS): ServerCredentials {
  return serverTls(tls, fields)?.credentials ?? ServerCredentials.createInsecure();
}

/** TLS for the cloud's gRPC port that can be reloaded (below); undefined when no files are given (plaintext). */
export function serverTls(tls: ServerTlsFiles | undefined, fields = TLS_FIELDS): ReloadableServerTls | undefined {
  return loadKeyPair(tls, fields) ? reloadableServerCredentials(tls!, fields) : undefined;
}

export interface ReloadableServerTls {
  credentials: ServerCredentials;
  /**
   * Reads the files again (a renewed certificate) and serves the pair to new connections; open ones
   * carry on. A pair that fails loadKeyPair's checks throws, and the pair in use is kept.
   */
  reload(): void;
}

/**
 * Server TLS whose certificate can be renewed without a restart (`systemctl reload wx-cloud`, SIGHUP):
 * a certificate from Let's Encrypt or cert-manager lives 90 days. grpc-js does this only through its
 * experimental certificate providers; this provider hands the checked pair to the server's listener
 * when asked and again at each reload. No client certificates are asked for.
 */
function reloadableServerCredentials(files: ServerTlsFiles, fields: { cert: string; key: string }): ReloadableServerTls {
  let pair: KeyPair = loadKeyPair(files, fields)!;
  const listeners = new Set<experimental.IdentityCertificateUpdateListener>();
  const update = (): experimental.IdentityCertificateUpdate => ({ certificate: pair.cert, privateKey: pair.key });
  const provider: experimental.CertificateProvider = {
    addCaCertificateListener: () => undefined,
    removeCaCertificateListener: () => undefined,
    addIdentityCertificateListener(listener) {
      listeners.add(listener);
      // Not at once: grpc-js adds its server's watcher only after this returns, and would miss it.
      // A microtask runs before the server can accept a connection.
      queueMicrotask(() => {
        if (listeners.has(listener)) listener(update());
      });
    },
    removeIdentityCertificateListener(listener) {
      listeners.delete(listener);
    },
  };
  // grpc-js passes this function's first argument on as the identity provider (its typings call it
  // the CA provider); a null second one means no client certificates. tests/cloud/tls-reload.test.ts
  // pins this down.
  const credentials = experimental.createCertificateProviderServerCredentials(provider, null as unknown as experimental.CertificateProvider, false);
  return {
    credentials,
    reload() {
      pair = loadKeyPair(files, fields)!;
      for (const listener of listeners) listener(update());
    },
  };
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
