import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Logger } from '../../common/logger.js';
import { HubIngestService } from './forward-batch.js';
import { raiseReceiveWindow } from './http2-window.js';
import { createForwardService, type ForwardDeps } from './service.js';

export interface GrpcServerOptions extends ForwardDeps {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** [1...256] MiB: the largest ForwardBatch accepted. */
  maxMessageMiB?: number;
  /** TLS (common/grpc-tls.ts); plaintext when absent. */
  credentials?: ServerCredentials;
  /**
   * [65535...2147483647] bytes of HTTP/2 receive window per stream and per connection
   * (cloud config `ingest.flowControlWindowKiB`); HTTP/2's 64 KB when absent.
   */
  flowControlWindowBytes?: number;
  /** Further services on the same port (e.g. wx.v1.Fields, cloud/fields/grpc-service.ts). */
  extraServices?: Array<{ definition: ServiceDefinition; implementation: UntypedServiceImplementation }>;
}

export interface GrpcIngestServer {
  /** host:port actually bound. */
  address: string;
  port: number;
  /**
   * Stops accepting streams; open ones stop reading, get their pending acks and end with
   * UNAVAILABLE; whatever is still open after `graceMs` is cut.
   */
  close(graceMs?: number): Promise<void>;
}

export async function startGrpcIngest(options: GrpcServerOptions): Promise<GrpcIngestServer> {
  const maxBytes = (options.maxMessageMiB ?? 32) * 1024 * 1024;
  const server = new Server({
    'grpc.max_receive_message_length': maxBytes,
    'grpc.keepalive_time_ms': 30_000,
    'grpc.keepalive_timeout_ms': 10_000,
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.http2.min_ping_interval_without_data_ms': 5_000,
  });
  const service = createForwardService(options);
  server.addService(HubIngestService, { forward: service.forward });
  for (const extra of options.extraServices ?? []) server.addService(extra.definition, extra.implementation);
  const bindHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${bindHost}:${options.port}`, options.credentials ?? ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  const log: Logger = options.logger;
  if (options.flowControlWindowBytes !== undefined && options.flowControlWindowBytes > 65_535) raiseReceiveWindow(server, options.flowControlWindowBytes, log);
  log.info({ address: `${bindHost}:${port}` }, 'gRPC ingest listening');
  return {
    address: `${bindHost}:${port}`,
    port,
    close: (graceMs = 5000) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          log.warn('gRPC streams still open after the grace period; closing them');
          server.forceShutdown();
          resolve();
        }, graceMs);
        timer.unref();
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
        void service.closeStreams();
      }),
  };
}
