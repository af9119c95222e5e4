/**
 * wx.v1.ModelOps over real gRPC: the operator token is required, a version registers once with its
 * signature stored, a deployment to named devices starts with its canary and can be followed.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client, credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import { silentLogger } from '../../common/logger.js';
import { ModelOpsService } from '../../protos/index.js';
import { committedInt8, keys, makeDeploy, tempDir } from './helpers.js';

type Method = (typeof ModelOpsService)[keyof typeof ModelOpsService];

test('ModelOps over gRPC: operator token, register once, deploy with a canary, follow it', async () => {
  const dir = tempDir();
  const hub = await startHub({
    config: validateCloudConfig({ models: { operatorTokenSha256: createHash('sha256').update('op').digest('hex') } }, 't'),
    dataDir: join(dir, 'cloud'), http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, logger: silentLogger(), registry: new Registry(),
  });
  const client = new Client(hub.grpcAddress, credentials.createInsecure());
  const call = <Res>(m: Method, req: unknown, token = 'op'): Promise<Res> =>
    new Promise((resolve, reject) => {
      const md = new Metadata();
      md.set('authorization', `Bearer ${token}`);
      client.makeUnaryRequest(m.path, m.requestSerialize as (x: unknown) => Buffer, m.responseDeserialize as (b: Buffer) => Res, req, md, (err: ServiceError | null, res?: Res) => (err ? reject(err) : resolve(res!)));
    });
  try {
    const bytes = committedInt8();
    const d = makeDeploy('x', '3.0.0', bytes, keys().privateKey);
    const req = { cardJson: d.cardJson, file: bytes, signature: d.signature };
    await assert.rejects(call(ModelOpsService.registerModel, req, 'nope'), (e: ServiceError) => e.code === status.UNAUTHENTICATED);
    const v = await call<{ version: string; sha256: string; signature: Uint8Array }>(ModelOpsService.registerModel, req);
    assert.equal(v.version, '3.0.0');
    assert.deepEqual(Buffer.from(v.signature), Buffer.from(d.signature as Uint8Array));
    await assert.rejects(call(ModelOpsService.registerModel, req), (e: ServiceError) => e.code === status.INVALID_ARGUMENT && /already registered/.test(e.details));
    await assert.rejects(call(ModelOpsService.registerModel, { ...req, file: bytes.subarray(1) }), (e: ServiceError) => e.code === status.INVALID_ARGUMENT && /which no entry of card.files lists/.test(e.details));
    const list = await call<{ models: unknown[] }>(ModelOpsService.listModels, {});
    assert.equal(list.models.length, 1);
    await assert.rejects(call(ModelOpsService.createDeployment, { modelId: d.modelId, version: '3.0.0' }), (e: ServiceError) => /no target devices/.test(e.details));
    const dep = await call<{ deploymentId: string; state: string; targets: { deviceId: string; released: boolean }[] }>(ModelOpsService.createDeployment, { modelId: d.modelId, version: '3.0.0', deviceIds: ['a', 'b', 'c', 'd'], canaryShare: 0.25 });
    assert.equal(dep.state, 'canary');
    assert.deepEqual(dep.targets.map((t) => t.released), [true, false, false, false]);
    const again = await call<{ deploymentId: string }>(ModelOpsService.getDeployment, { deploymentId: dep.deploymentId });
    assert.equal(again.deploymentId, dep.deploymentId);
    await assert.rejects(call(ModelOpsService.getDeployment, { deploymentId: 'dep-none' }), (e: ServiceError) => e.code === status.NOT_FOUND);
  } finally {
    client.close();
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
