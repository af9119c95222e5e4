/**
 * The operator's model operations, one implementation behind REST (cloud/api/routes/models.ts) and
 * gRPC (wx.v1.ModelOps): register, list, deploy (devices by id or every device seen at a site), and
 * follow a deployment. The model reports the devices send (ForwardBatch.model_reports) drive the
 * rollout through `recordReports`.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { WxError } from '../../common/errors.js';
import { ModelUpdateState, type ModelUpdateReportProps } from '../../protos/index.js';
import type { ObservationStore } from '../store/types.js';
import type { DeploymentRow, ModelRegistry } from './registry.js';

export interface DeployInput {
  modelId: string;
  version: string;
  deviceIds?: string[];
  site?: string;
  canaryShare?: number;
}

export class ModelOps {
  constructor(readonly registry: ModelRegistry, private readonly store: ObservationStore, private readonly operatorTokenSha256: string | undefined) {}

  /** Throws WX_ERR_NOT_AUTHORIZED unless `token` is the operator's (SHA-256 compared in constant time). */
  authorize(token: string | undefined): void {
    if (!this.operatorTokenSha256) throw new WxError('WX_ERR_NOT_AUTHORIZED', 'model operations are off: no models.operatorTokenSha256 in the cloud config');
    const got = createHash('sha256').update(token ?? '').digest();
    if (!timingSafeEqual(got, Buffer.from(this.operatorTokenSha256, 'hex'))) throw new WxError('WX_ERR_NOT_AUTHORIZED', 'operator token missing or wrong');
  }

  async deploy(input: DeployInput): Promise<DeploymentRow> {
    const ids = [...(input.deviceIds ?? [])];
    if (input.site) ids.push(...(await this.store.listStations()).filter((s) => s.site === input.site).map((s) => s.deviceId));
    return this.registry.deploy({ modelId: input.modelId, version: input.version, deviceIds: ids, ...(input.canaryShare === undefined ? {} : { canaryShare: input.canaryShare }) });
  }

  recordReports(reports: readonly ModelUpdateReportProps[]): void {
    for (const r of reports) {
      if (!r.deviceId || !r.deploymentId) continue;
      const state = (ModelUpdateState[r.state ?? 0] ?? 'UNSPECIFIED').replace(/^MODEL_UPDATE_/, '');
      this.registry.onReport(r.deviceId, r.deploymentId, state, r.reason ?? '');
    }
  }
}
