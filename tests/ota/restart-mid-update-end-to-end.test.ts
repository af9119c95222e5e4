/**
 * A device restarted in the middle of an over-the-air transfer (real cloud, gateway, aedes, agent):
 * after the restart it resumes from the bytes already on disk, not from zero, finishes, verifies and
 * swaps; the cloud shows the resumed DOWNLOADING report and the final ACTIVE.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import { silentLogger } from '../../common/logger.js';
import { tempDir } from '../agent/helpers.js';
import { device, startTestGateway, TOKEN } from '../gateway/helpers.js';
import { startAgent, stopAgent } from './agent-harness.js';
import { committedInt8, keys, makeDeploy } from './helpers.js';

const OPERATOR = 'operator-secret';

test('a device restarted mid-transfer resumes the download and ends ACTIVE', async () => {
  const dir = tempDir('wx-ota-restart-');
  const { privateKey, publicKey } = keys();
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const hub = await startHub({
    config: validateCloudConfig({ models: { operatorTokenSha256: createHash('sha256').update(OPERATOR).digest('hex'), chunkSizeBytes: 1024 } }, 't'),
    dataDir: join(dir, 'cloud'), http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, gatewayToken: TOKEN, logger: silentLogger(), registry: new Registry(),
  });
  const dev = device('dongsi', 'beijing');
  const gw = await startTestGateway([dev], hub.grpcAddress, { dataDir: join(dir, 'gw') });
  const agentDir = join(dir, 'dongsi');
  let agent = await startAgent('dongsi', gw.mqttUrl, dev.password, pem, agentDir);
  const post = (path: string, body: unknown) => fetch(`${hub.httpUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR}` }, body: JSON.stringify(body) });
  try {
    const bytes = committedInt8();
    const d = makeDeploy('x', '1.3.0', bytes, privateKey);
    assert.equal((await post('/api/v1/models', { card: d.cardJson, file: bytes.toString('base64'), signature: Buffer.from(d.signature as Uint8Array).toString('base64') })).status, 201);
    const dep = (await (await post('/api/v1/deployments', { modelId: d.modelId, version: '1.3.0', deviceIds: ['dongsi'] })).json()) as { deploymentId: string };
    const part = join(agentDir, 'models', 'downloads', `${dep.deploymentId}.part`);
    const until = Date.now() + 20_000;
    while (!(existsSync(part) && statSync(part).size >= 4096) && Date.now() < until) await sleep(1);
    await stopAgent(agent); // the "restart": everything in memory is gone
    const kept = statSync(part).size;
    assert.ok(kept >= 4096 && kept < bytes.length, `stopped mid-transfer (${kept} of ${bytes.length} bytes on disk)`);

    agent = await startAgent('dongsi', gw.mqttUrl, dev.password, pem, agentDir);
    type Reports = { reports: { state: string; bytesReceived: number; activeVersion: string }[] };
    let r: Reports = { reports: [] };
    const until2 = Date.now() + 20_000;
    while (r.reports.at(-1)?.state !== 'ACTIVE' && Date.now() < until2) {
      r = (await (await fetch(`${hub.httpUrl}/api/v1/devices/dongsi/model-reports`)).json()) as Reports;
      await sleep(50);
    }
    assert.equal(r.reports.at(-1)?.state, 'ACTIVE', JSON.stringify(r));
    assert.equal(r.reports.at(-1)?.activeVersion, '1.3.0');
    assert.ok(r.reports.some((x) => x.state === 'DOWNLOADING' && x.bytesReceived >= kept), 'the resumed transfer started from the bytes on disk');
    assert.equal(agent.nowcasting.runner.model?.card.version, '1.3.0');
  } finally {
    await stopAgent(agent);
    await gw.stop();
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
