import type { Http2Server, Http2Session } from 'node:http2';
import type { Server } from '@grpc/grpc-js';
import type { Logger } from '../../common/logger.js';

/**
 * Raises the HTTP/2 receive windows of a grpc-js server's connections.
 *
 * A gateway streams ForwardBatches of thousands of readings (hundreds of KB each). With HTTP/2's
 * default 64 KB window every 64 KB waits for a WINDOW_UPDATE from the hub's event loop, so under
 * load the stream delivered batches one at a time and the hub committed them one at a time: the
 * pipeline stalled near 40k readings/s with both programs partly idle (docs/perf-notes.md).
 *
 * grpc-js honours `grpc-node.flow_control_window` on clients only (grpc/grpc-node#3058 would add it
 * to servers), so this reaches the http2 servers it keeps after bindAsync. If a grpc-js release
 * renames that field, the hub logs a warning and runs with the default window; a test pins the
 * effect down.
 */
export function raiseReceiveWindow(server: Server, bytes: number, logger: Logger): boolean {
  const servers = (server as unknown as { http2Servers?: Map<Http2Server, unknown> }).http2Servers;
  if (!(servers instanceof Map) || servers.size === 0) {
    logger.warn('cannot raise the gRPC flow-control window (grpc-js internals changed); gateway throughput may be lower');
    return false;
  }
  for (const h of servers.keys()) {
    h.on('session', (session: Http2Session) => {
      // Per connection: a WINDOW_UPDATE once the peer has acknowledged our SETTINGS, which carry
      // the per-stream window.
      session.once('localSettings', () => {
        try {
          session.setLocalWindowSize(bytes);
        } catch (err) {
          logger.warn({ err }, 'cannot raise the gRPC connection window');
        }
      });
      session.settings({ initialWindowSize: bytes });
    });
  }
  return true;
}
