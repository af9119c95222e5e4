/**
 * wx.v1.GatewayControl on the hub's gRPC port: a gateway watches the open deploys of its devices
 * (the full set, sent again on every registry change) and fetches model files in chunks. Both need
 * the gateway's bearer token, checked as for GatewayIngest.
 */
import { status, type ServerUnaryCall, type ServerWritableStream, type ServiceDefinition, type UntypedServiceImplementation, type sendUnaryData } from '@grpc/grpc-js';
import { describeError, isWxError } from '../../common/errors.js';
import { GatewayControlService, type DeploySetProps, type FetchChunkRequest, type ModelChunkProps, type WatchDeploysRequest } from '../../protos/index.js';
import type { Authenticator } from '../ingest/auth.js';
import type { ModelOps } from './ops.js';

/** Bytes one FetchModelChunk answers at most. */
const MAX_CHUNK = 256 * 1024;

export function createGatewayControl(deps: { ops: ModelOps; authenticate: Authenticator; chunkSizeBytes?: number }): Array<{ definition: ServiceDefinition; implementation: UntypedServiceImplementation }> {
  const { registry } = deps.ops;
  const implementation = {
    watchDeploys(call: ServerWritableStream<WatchDeploysRequest, DeploySetProps>) {
      try {
        deps.authenticate(call.metadata);
      } catch (err) {
        call.emit('error', { code: status.UNAUTHENTICATED, details: describeError(err) });
        return;
      }
      const devices = [...call.request.deviceIds];
      let last = '';
      const send = (): void => {
        const deploys = registry.openDeploys(devices).map((o) => ({
          deviceId: o.deviceId,
          deploy: { deploymentId: o.deploymentId, modelId: o.version.modelId, version: o.version.version, sha256: o.version.sha256, sizeBytes: o.version.sizeBytes, chunkSize: deps.chunkSizeBytes ?? 32 * 1024, signature: o.version.signature, cardJson: o.version.cardJson },
        }));
        const key = JSON.stringify(deploys.map((d) => [d.deviceId, d.deploy.deploymentId]));
        if (key === last) return;
        last = key;
        call.write({ deploys });
      };
      const off = registry.onChange(send);
      call.on('cancelled', off);
      call.on('close', off);
      send();
    },
    fetchModelChunk(call: ServerUnaryCall<FetchChunkRequest, ModelChunkProps>, callback: sendUnaryData<ModelChunkProps>) {
      try {
        deps.authenticate(call.metadata);
      } catch (err) {
        callback({ code: status.UNAUTHENTICATED, details: describeError(err) });
        return;
      }
      const r = call.request;
      try {
        const c = registry.chunk(r.modelId, r.version, Number(r.offset), Math.min(r.length || MAX_CHUNK, MAX_CHUNK));
        callback(null, { modelId: r.modelId, version: r.version, offset: Number(r.offset), data: c.data, totalSize: c.total });
      } catch (err) {
        callback(null, { modelId: r.modelId, version: r.version, offset: Number(r.offset), error: isWxError(err) ? err.message : 'internal error' });
      }
    },
  };
  return [{ definition: GatewayControlService, implementation: implementation as unknown as UntypedServiceImplementation }];
}
