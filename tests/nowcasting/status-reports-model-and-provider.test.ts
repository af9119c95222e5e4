/**
 * The device status a nowcasting agent publishes names its model version, execution provider and
 * precision (DeviceStatus.details), as the gateway forwards it.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../agent/helpers.js';
import { device, startFakeCloud, startTestGateway, waitFor } from '../gateway/helpers.js';
import { startAgent, stopAgent } from '../ota/agent-harness.js';

test('the device status carries the nowcast model version, execution provider and precision', async () => {
  const dir = tempDir('wx-nowcast-status-');
  const cloud = await startFakeCloud();
  const dev = device('dongsi', 'beijing');
  const gw = await startTestGateway([dev], cloud.address, { dataDir: join(dir, 'gw') });
  const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const agent = await startAgent('dongsi', gw.mqttUrl, dev.password, pem, join(dir, 'agent'));
  try {
    await agent.agent.publishStatus();
    await waitFor('a status at the cloud', () => cloud.statuses.some((s) => s.details?.nowcastModel !== undefined));
    const details = cloud.statuses.find((s) => s.details?.nowcastModel !== undefined)!.details!;
    assert.equal(details.nowcastModel, 'station-nowcast@1.2.0');
    assert.equal(details.nowcastExecutionProvider, 'cpu');
    assert.equal(details.nowcastPrecision, 'int8');
  } finally {
    await stopAgent(agent);
    await gw.stop();
    await cloud.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
