/**
 * Bad updates over the whole path, every piece real: the operator registers a version in the cloud
 * registry (REST) and deploys it; the cloud tells the gateway (GatewayControl), the gateway relays it
 * over its aedes broker; the replaying agent fetches it in chunks, checks it and refuses it. Each case
 * proves that the FAILED report with the failed check's reason reaches the cloud (the device's
 * model-reports, the deployment's target, /api/v1/devices/models), that the device still runs its old
 * model, and that it keeps producing OK nowcasts with that model, which arrive at the cloud.
 *   - bad signature: signed with a key that is not the one in the device's config;
 *   - corrupted file: the gateway's cached copy has a flipped byte (its disk), so the bytes the device
 *     assembles do not hash to the deploy's SHA-256;
 *   - NaN output: a correctly signed model whose every output is NaN fails the smoke test.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ModelDeployProps } from '../../protos/index.js';
import { copyVersion, writeConstantModel } from '../nowcast/helpers.js';
import { startStack, type CloudNowcast, type Deployment, type DeviceModel, type Stack } from './full-path.js';
import { committedInt8, keys, makeDeploy } from './helpers.js';

let s: Stack;
let oldVersion: string;
before(async () => {
  s = await startStack('wx-ota-refusals-');
  oldVersion = s.agent.nowcasting.runner.model?.card.version ?? '';
  assert.ok(oldVersion, 'the agent starts with its committed model');
});
after(async () => s?.stop());

/** Deploys `d` (registered with `file`) and checks that it ends FAILED everywhere with `reason`. */
async function refused(d: ModelDeployProps, reason: RegExp): Promise<void> {
  const id = await s.deploy(d.modelId!, d.version!);
  const reports = await s.until(() => s.reports(id), (r) => r.some((x) => x.state === 'FAILED'));
  const failed = reports.find((x) => x.state === 'FAILED');
  assert.ok(failed, `no FAILED report for ${id}: ${JSON.stringify(reports)}`);
  assert.match(failed.reason, reason);
  assert.equal(failed.activeVersion, oldVersion, 'the report says the old model is running');
  assert.deepEqual(reports.map((x) => x.state).slice(0, 2), ['DOWNLOADING', 'VERIFYING']);

  const dep = await s.get<Deployment>(`/api/v1/deployments/${id}`);
  assert.equal(dep.targets[0]?.state, 'FAILED', JSON.stringify(dep));
  assert.match(dep.targets[0]?.reason ?? '', reason);
  const models = await s.get<{ devices: DeviceModel[] }>('/api/v1/devices/models');
  const mine = models.devices.find((x) => x.device === s.deviceId);
  assert.equal(mine?.deploymentId, id);
  assert.equal(mine?.state, 'FAILED');
  assert.equal(mine?.activeVersion, oldVersion, '/api/v1/devices/models still shows the old version');

  assert.equal(s.agent.nowcasting.runner.model?.card.version, oldVersion);
  // The device keeps forecasting with the old model, and those nowcasts reach the cloud.
  const failedAt = Date.parse(failed.time);
  const latest = await s.until(
    () => s.get<{ nowcasts: CloudNowcast[] }>(`/api/v1/nowcasts?station=${s.deviceId}&limit=1`),
    (r) => r.nowcasts[0] !== undefined && Date.parse(r.nowcasts[0].issued) > failedAt && r.nowcasts[0].state === 'OK',
    10_000,
  );
  const n = latest.nowcasts[0];
  assert.ok(n && Date.parse(n.issued) > failedAt, `a nowcast issued after the refusal: ${JSON.stringify(latest)}`);
  assert.equal(n.state, 'OK');
  assert.equal(n.modelVersion, oldVersion);
}

test('a model signed with the wrong key is refused; the report and the old model reach the cloud', async () => {
  const bytes = committedInt8();
  const d = makeDeploy('x', '7.0.1', bytes, keys().privateKey);
  await s.register(d, bytes);
  await refused(d, /^signature: not a valid Ed25519 signature of the file by the configured key$/);
});

test('a file corrupted in the gateway cache fails its SHA-256 at the device; reported, old model kept', async () => {
  const bytes = committedInt8();
  const d = makeDeploy('x', '7.0.2', bytes, s.privateKey);
  await s.register(d, bytes);
  const bad = Buffer.from(bytes);
  bad[bad.length >> 1]! ^= 0x01;
  mkdirSync(join(s.gwDir, 'models'), { recursive: true });
  writeFileSync(join(s.gwDir, 'models', `${d.modelId}-7.0.2.onnx`), bad); // what the relay will serve
  await refused(d, /^sha256: file hashes to [0-9a-f]{64}, the deploy says [0-9a-f]{64}$/);
});

test('a signed model that outputs NaN fails its smoke test at the device; reported, old model kept', async () => {
  const { dir, cardPath } = copyVersion();
  writeConstantModel(cardPath, NaN);
  const nan = readFileSync(join(dir, 'constant.onnx'));
  rmSync(dir, { recursive: true, force: true });
  const d = makeDeploy('x', '7.0.3', nan, s.privateKey);
  await s.register(d, nan);
  await refused(d, /^smoke test: .*non-finite/);
});

test('a model whose contract the device cannot feed (another time step) is refused; reported, old model kept', async () => {
  const bytes = committedInt8();
  const d = makeDeploy('x', '7.0.4', bytes, s.privateKey, (c) => (c.timeStepMs = 1_800_000));
  await s.register(d, bytes);
  await refused(d, /^contract: timeStepMs: model steps 1800000 ms/);
});
