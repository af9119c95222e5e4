/**
 * Over-the-air update end to end over real sockets: the operator registers a signed model version
 * (REST, operator token) and deploys it to two replaying agents with a 50 % canary; the cloud tells
 * the gateway (GatewayControl.WatchDeploys), the gateway caches the file and relays model.deploy and
 * model.chunk commands over its aedes broker; each agent verifies, smoke-tests and swaps, reporting
 * on model-report; the canary's ACTIVE releases the rest, and the cloud shows each device's version.
 * A deploy with a bad signature ends FAILED with its reason, the device still on its model.
 */
import assert from 'node:assert/strict';
import { createHash, sign } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { validateCloudConfig } from '../../cloud/config.js';
import { startHub } from '../../cloud/hub.js';
import { silentLogger } from '../../common/logger.js';
import { tempDir } from '../agent/helpers.js';
import { startAgent } from './agent-harness.js';
import { device, startTestGateway, TOKEN } from '../gateway/helpers.js';
import { committedInt8, keys, makeDeploy } from './helpers.js';

const OPERATOR = 'operator-secret';
test('a signed model rolls out canary first through cloud, gateway and MQTT; a bad signature is refused and reported', async () => {
  const dir = tempDir('wx-ota-e2e-');
  const { privateKey, publicKey } = keys();
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const hub = await startHub({
    config: validateCloudConfig({ models: { operatorTokenSha256: createHash('sha256').update(OPERATOR).digest('hex') } }, 't'),
    dataDir: join(dir, 'cloud'), http: { host: '127.0.0.1', port: 0 }, grpc: { host: '127.0.0.1', port: 0 }, gatewayToken: TOKEN, logger: silentLogger(), registry: new Registry(),
  });
  const devs = [device('dingling', 'beijing'), device('dongsi', 'beijing')];
  const gw = await startTestGateway(devs, hub.grpcAddress, { dataDir: join(dir, 'gw') });
  const agents = await Promise.all(devs.map((d) => startAgent(d.deviceId, gw.mqttUrl, d.password, pem, join(dir, d.deviceId))));
  const api = (path: string, body?: unknown, token = OPERATOR) =>
    fetch(`${hub.httpUrl}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  try {
    const bytes = committedInt8();
    const good = makeDeploy('x', '1.2.0', bytes, privateKey);
    const register = (cardJson: string, signature: Uint8Array, token?: string) => api('/api/v1/models', { card: cardJson, file: bytes.toString('base64'), signature: Buffer.from(signature).toString('base64') }, token);
    assert.equal((await register(good.cardJson!, good.signature as Uint8Array, 'wrong')).status, 401, 'writes need the operator token');
    const reg = await register(good.cardJson!, good.signature as Uint8Array);
    assert.equal(reg.status, 201, await reg.clone().text());
    assert.equal((await register(good.cardJson!, good.signature as Uint8Array)).status, 400, 'a version is registered once');

    // A deploy by site targets the devices the cloud has heard from: wait until both readings arrived.
    const seen = Date.now() + 20_000;
    let stations: { stations: { id: string }[] } = { stations: [] };
    while (stations.stations.length < 2 && Date.now() < seen) {
      stations = (await (await api('/api/v1/stations')).json()) as typeof stations;
      if (stations.stations.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(stations.stations.length, 2, JSON.stringify(stations));
    const dep = await api('/api/v1/deployments', { modelId: good.modelId, version: '1.2.0', site: 'beijing', canaryShare: 0.5 });
    assert.equal(dep.status, 201, await dep.clone().text());
    const d = (await dep.json()) as { deploymentId: string; state: string; targets: { device: string; phase: string; released: boolean }[] };
    assert.equal(d.state, 'canary');
    assert.deepEqual(d.targets.map((t) => [t.device, t.phase, t.released]), [['dingling', 'canary', true], ['dongsi', 'main', false]]);

    type Dep = { state: string; targets: { device: string; state: string; reason: string }[] };
    let now: Dep = { state: '', targets: [] };
    const until = Date.now() + 30_000;
    while (!(now.targets.length === 2 && now.targets.every((t) => t.state === 'ACTIVE')) && Date.now() < until) {
      now = (await (await api(`/api/v1/deployments/${d.deploymentId}`)).json()) as Dep;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(now.state, 'rolling', JSON.stringify(now));
    assert.deepEqual(now.targets.map((t) => t.state), ['ACTIVE', 'ACTIVE'], JSON.stringify(now));
    for (const a of agents) assert.equal(a.nowcasting.runner.model?.card.version, '1.2.0');

    // A second version signed with the wrong key: refused by the device, reported, old model kept.
    const forged = makeDeploy('y', '1.2.1', bytes, keys().privateKey);
    assert.equal((await register(forged.cardJson!, sign(null, createHash('sha256').update(bytes).digest(), keys().privateKey))).status, 201);
    const bad = (await (await api('/api/v1/deployments', { modelId: forged.modelId, version: '1.2.1', deviceIds: ['dongsi'] })).json()) as { deploymentId: string };
    let models: { devices: { device: string; state: string; reason: string; activeVersion: string; deploymentId: string }[] } = { devices: [] };
    const until2 = Date.now() + 30_000;
    const dongsi = () => models.devices.find((x) => x.device === 'dongsi');
    while (!(dongsi()?.deploymentId === bad.deploymentId && dongsi()?.state === 'FAILED') && Date.now() < until2) {
      models = (await (await api('/api/v1/devices/models')).json()) as typeof models;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(dongsi()?.state, 'FAILED', JSON.stringify(models));
    assert.match(dongsi()?.reason ?? '', /signature: not a valid Ed25519 signature/);
    assert.equal(dongsi()?.activeVersion, '1.2.0');
    assert.equal(models.devices.find((x) => x.device === 'dingling')?.state, 'ACTIVE');
    assert.equal(agents[1]?.nowcasting.runner.model?.card.version, '1.2.0');
  } finally {
    for (const a of agents) {
      await a.agent.stop();
      await a.nowcasting.close();
    }
    await gw.stop();
    await hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
