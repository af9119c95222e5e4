import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import mqtt from 'mqtt';
import { isWxError } from '../../common/errors.js';
import { loadFirmwareConfig } from '../../device-agent/config/load.js';
import { fetchText, metricSum, readingsStored, startSut, startSutAgent, waitUntil, writeAgentConfig, type Sut, type SutAgentOptions } from '../../scripts/bench/sut.js';
import { REPO_ROOT } from '../../scripts/lib/processes.js';

const TLS = join(REPO_ROOT, 'tests/fixtures/tls');
const PASSWORD = 'mqtts-test-password';
const DEVICE = 'mqtts-00000';

/** The committed simulated-station config, pointed at the TLS gateway with `caFile`. */
const station = (dir: string, url: string, caFile: string): Omit<SutAgentOptions, 'password'> => ({
  dir, configFile: 'firmware-configs/simulated.yaml', deviceId: DEVICE, site: 'beijing',
  edit: (config) => {
    config.gateway = { ...(config.gateway as object), url, caFile };
    config.nowcast = { enabled: false };
  },
});

async function withTlsGateway(fn: (sut: Sut, dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wx-mqtts-'));
  const sut = await startSut({
    dir, devices: 1, site: 'beijing', deviceIdPrefix: 'mqtts-', password: PASSWORD, scryptN: 1024, token: 'mqtts-token', logLevel: 'warn', output: () => {},
    gatewayArgs: [`--mqtt-tls-cert=${join(TLS, 'cloud.pem')}`, `--mqtt-tls-key=${join(TLS, 'cloud.key')}`],
  });
  try {
    await fn(sut, dir);
  } finally {
    await sut.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an agent reaches a TLS gateway (mqtts://) that its CA vouches for, and its readings are stored', async () => {
  await withTlsGateway(async (sut, dir) => {
    assert.match(sut.gatewayInfo.mqttUrl, /^mqtts:\/\//);
    const agent = startSutAgent(sut, { ...station(dir, sut.gatewayInfo.mqttUrl, join(TLS, 'ca.pem')), password: PASSWORD });
    try {
      await agent.ready;
      await waitUntil('readings stored in the cloud', async () => (await readingsStored(sut)) >= 5);
    } finally {
      await agent.stop();
    }
  });
});

test('an agent that does not trust the gateway certificate sends nothing and keeps its readings', async () => {
  await withTlsGateway(async (sut, dir) => {
    const agent = startSutAgent(sut, { ...station(dir, sut.gatewayInfo.mqttUrl, join(TLS, 'other-ca.pem')), password: PASSWORD });
    try {
      const info = await agent.ready;
      const metrics = async (): Promise<string> => fetchText(String(info.metricsUrl));
      await waitUntil('readings waiting in the outbox', async () => (metricSum(await metrics(), 'wx_agent_outbox_depth') ?? 0) >= 5);
      assert.equal(await readingsStored(sut), 0);
      // A plaintext client on the TLS port gets no MQTT session either.
      const plain = mqtt.connect(sut.gatewayInfo.mqttUrl.replace('mqtts://', 'mqtt://'), { clientId: DEVICE, username: DEVICE, password: PASSWORD, reconnectPeriod: 0, connectTimeout: 3000 });
      const outcome = await new Promise<string>((resolve) => {
        plain.once('connect', () => resolve('connected'));
        plain.once('error', () => resolve('refused'));
        plain.once('close', () => resolve('refused'));
      });
      plain.end(true);
      assert.equal(outcome, 'refused');
    } finally {
      await agent.stop();
    }
  });
});

test('a gateway CA file that is missing, not a certificate, or set for plain mqtt:// is refused at load, naming gateway.caFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-mqtts-cfg-'));
  try {
    for (const [url, caFile, why] of [
      ['mqtts://127.0.0.1:8883', join(dir, 'missing.pem'), /cannot read/],
      ['mqtts://127.0.0.1:8883', join(TLS, 'README.md'), /not a PEM certificate/],
      ['mqtt://127.0.0.1:1883', join(TLS, 'ca.pem'), /only used with an mqtts:\/\//],
    ] as const) {
      try {
        loadFirmwareConfig(writeAgentConfig(station(dir, url, caFile)));
        assert.fail(`${caFile} with ${url} was accepted`);
      } catch (err) {
        assert.ok(isWxError(err, 'WX_ERR_CONFIG_INVALID'), String(err));
        assert.equal(err.field, 'gateway.caFile');
        assert.match(err.message, why);
      }
    }
    assert.equal(loadFirmwareConfig(writeAgentConfig(station(dir, 'mqtts://127.0.0.1:8883', join(TLS, 'ca.pem')))).gateway.caFile, join(TLS, 'ca.pem'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
