/**
 * The link drops in the middle of an over-the-air transfer: the gateway (broker and relay) is stopped
 * while the device has part of the file, then comes back on the same port. The device reconnects,
 * resumes from the bytes on its disk, verifies, swaps and reports ACTIVE; the cloud shows it.
 */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startStack, type DeviceModel, type Stack } from './full-path.js';
import { committedInt8, makeDeploy } from './helpers.js';

let s: Stack;
before(async () => {
  s = await startStack('wx-ota-disconnect-', { chunkSizeBytes: 1024 });
});
after(async () => s?.stop());

test('a gateway restart mid-transfer: the device resumes from its partial file and ends ACTIVE', async () => {
  const bytes = committedInt8();
  const d = makeDeploy('x', '8.0.0', bytes, s.privateKey);
  await s.register(d, bytes);
  const id = await s.deploy(d.modelId!, '8.0.0');
  const part = join(s.agentDir, 'models', 'downloads', `${id}.part`);
  const until = Date.now() + 20_000;
  while (!(existsSync(part) && statSync(part).size >= 4096) && Date.now() < until) await sleep(1);
  await s.restartGateway();
  const kept = existsSync(part) ? statSync(part).size : bytes.length;
  assert.ok(kept < bytes.length, `the link dropped mid-transfer (${kept} of ${bytes.length} bytes)`);

  const reports = await s.until(() => s.reports(id), (r) => r.at(-1)?.state === 'ACTIVE' || r.at(-1)?.state === 'FAILED', 30_000);
  assert.equal(reports.at(-1)?.state, 'ACTIVE', JSON.stringify(reports));
  assert.equal(reports.at(-1)?.activeVersion, '8.0.0');
  assert.ok(!reports.some((r) => r.state === 'FAILED'), 'a dropped link is not a failure');
  assert.equal(s.agent.nowcasting.runner.model?.card.version, '8.0.0');
  const models = await s.get<{ devices: DeviceModel[] }>('/api/v1/devices/models');
  assert.equal(models.devices.find((x) => x.device === s.deviceId)?.activeVersion, '8.0.0');
});
