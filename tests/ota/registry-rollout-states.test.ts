/**
 * Rollout state machine of the registry (real SQLite): canaries first; all canaries ACTIVE releases
 * the rest; a canary FAILED or ROLLED_BACK halts the deployment with the rest never released; a newer
 * deployment supersedes an unfinished one for the same device.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { ModelRegistry } from '../../cloud/models/registry.js';
import { committedInt8, keys, makeDeploy, tempDir } from './helpers.js';

function registry(): { reg: ModelRegistry; dir: string; modelId: string } {
  const dir = tempDir();
  const reg = new ModelRegistry(dir);
  const bytes = committedInt8();
  const d = makeDeploy('x', '9.0.0', bytes, keys().privateKey);
  reg.register(d.cardJson!, bytes, d.signature as Uint8Array);
  return { reg, dir, modelId: d.modelId! };
}

test('all canaries ACTIVE release the rest; a failed canary halts the rollout', () => {
  const { reg, dir, modelId } = registry();
  try {
    const ok = reg.deploy({ modelId, version: '9.0.0', deviceIds: ['a', 'b', 'c', 'd'], canaryShare: 0.5 });
    assert.deepEqual(reg.openDeploys(['a', 'b', 'c', 'd']).map((o) => o.deviceId), ['a', 'b']);
    reg.onReport('a', ok.deploymentId, 'ACTIVE', '');
    assert.equal(reg.deployment(ok.deploymentId)?.state, 'canary', 'one canary of two is not enough');
    reg.onReport('c', ok.deploymentId, 'ACTIVE', ''); // not released yet: ignored
    assert.equal(reg.deployment(ok.deploymentId)?.targets.find((t) => t.deviceId === 'c')?.state, 'PENDING');
    reg.onReport('b', ok.deploymentId, 'ACTIVE', '');
    assert.equal(reg.deployment(ok.deploymentId)?.state, 'rolling');
    assert.deepEqual(reg.openDeploys(['a', 'b', 'c', 'd']).map((o) => o.deviceId), ['c', 'd']);

    const bad = reg.deploy({ modelId, version: '9.0.0', deviceIds: ['e', 'f', 'g'], canaryShare: 0.3 });
    reg.onReport('e', bad.deploymentId, 'ROLLED_BACK', 'after the swap: NOWCAST_FAILED');
    const after = reg.deployment(bad.deploymentId)!;
    assert.equal(after.state, 'halted');
    assert.deepEqual(after.targets.map((t) => [t.deviceId, t.released, t.state]), [['e', true, 'ROLLED_BACK'], ['f', false, 'PENDING'], ['g', false, 'PENDING']]);
    assert.deepEqual(reg.openDeploys(['e', 'f', 'g']), [], 'nothing more goes out');

    const newer = reg.deploy({ modelId, version: '9.0.0', deviceIds: ['c'] });
    assert.equal(reg.deployment(ok.deploymentId)?.targets.find((t) => t.deviceId === 'c')?.state, 'SUPERSEDED');
    assert.deepEqual(reg.openDeploys(['c']).map((o) => o.deploymentId), [newer.deploymentId]);
  } finally {
    reg.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
