/**
 * wx.v1.ModelOps on the hub's gRPC port: the operator's register / list / deploy / follow, the same
 * ModelOps as the REST routes. Every call needs `authorization: Bearer <operator token>`.
 */
import type { ServerUnaryCall, ServiceDefinition, UntypedServiceImplementation, sendUnaryData } from '@grpc/grpc-js';
import { ModelOpsService, type CreateDeploymentRequest, type DeploymentInfoProps, type GetDeploymentRequest, type ModelVersionInfoProps, type RegisterModelRequest } from '../../protos/index.js';
import { bearerToken } from '../../common/credentials.js';
import { WxError } from '../../common/errors.js';
import { toGrpcStatus } from '../ingest/status.js';
import type { ModelOps } from './ops.js';
import type { DeploymentRow, ModelVersionRow } from './registry.js';

const versionInfo = (v: ModelVersionRow): ModelVersionInfoProps => ({ modelId: v.modelId, version: v.version, sha256: v.sha256, sizeBytes: v.sizeBytes, signature: v.signature, registeredMs: v.registeredMs });
const deploymentInfo = (d: DeploymentRow): DeploymentInfoProps => ({
  deploymentId: d.deploymentId, modelId: d.modelId, version: d.version, state: d.state, canaryShare: d.canaryShare, createdMs: d.createdMs,
  targets: d.targets.map((t) => ({ deviceId: t.deviceId, phase: t.phase, released: t.released, state: t.state, reason: t.reason, updatedMs: t.updatedMs })),
});

/** Wraps a handler: operator check, then the work; a WxError becomes its gRPC status. */
function handler<Req, Res>(ops: ModelOps, work: (req: Req) => Res | Promise<Res>) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    const header = call.metadata.get('authorization')[0];
    Promise.resolve()
      .then(() => {
        ops.authorize(bearerToken(header));
        return work(call.request);
      })
      .then((res) => callback(null, res), (err: unknown) => callback(toGrpcStatus(err)));
  };
}

export function createModelOpsService(ops: ModelOps): { definition: ServiceDefinition; implementation: UntypedServiceImplementation } {
  const implementation = {
    registerModel: handler<RegisterModelRequest, ModelVersionInfoProps>(ops, (r) => versionInfo(ops.registry.register(r.cardJson, r.file, r.signature))),
    listModels: handler<object, { models: ModelVersionInfoProps[] }>(ops, () => ({ models: ops.registry.list().map(versionInfo) })),
    createDeployment: handler<CreateDeploymentRequest, DeploymentInfoProps>(ops, async (r) =>
      deploymentInfo(await ops.deploy({ modelId: r.modelId, version: r.version, deviceIds: [...r.deviceIds], ...(r.site ? { site: r.site } : {}), canaryShare: r.canaryShare }))),
    getDeployment: handler<GetDeploymentRequest, DeploymentInfoProps>(ops, (r) => {
      const d = ops.registry.deployment(r.deploymentId);
      if (!d) throw new WxError('WX_ERR_NOT_FOUND', `no deployment ${r.deploymentId}`, { field: 'deployment_id' });
      return deploymentInfo(d);
    }),
  };
  return { definition: ModelOpsService, implementation: implementation as unknown as UntypedServiceImplementation };
}
