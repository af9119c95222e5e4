import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import mqtt from 'mqtt';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { isWxError } from '../../common/errors.js';
import { loadFirmwareConfig } from '../../device-agent/config/load.js';
import { fetchText, metricSum, startSut, type Sut } from '../../scripts/bench/sut.js';
import { REPO_ROOT, startProcess, type ManagedProcess } from '../../scripts/lib/processes.js';

const TLS = join(REPO_ROOT, 'tests/fixtures/tls');
const PASSWORD = 'mqtts-test-password';
const DEVICE = 'mqtts-00000';

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const stored = async (sut: Sut): Promise<number> => (JSON.parse(await fetchText(`${sut.cloudInfo.httpUrl}/api/v1/stats`)) as { readingsStored: number }).readingsStored;

/** The committed simulated-station config, pointed at the TLS gateway with `caFile`. */
function agentConfig(dir: string, url: string, caFile: string): string {
  const config = parseYaml(readFileSync(join(REPO_ROOT, 'firmware-configs/simulated.yaml'), 'utf8')) as Record<string, unknown> & { gateway: Record<string, unknown> };
  config.deviceId = DEVICE;
  config.site = 'beijing';
  config.gateway = { ...config.gateway, url, caFile };
  config.nowcast = { enabled: false };
  const path = join(dir, 'agent.yaml');
  writeFileSync(path, stringifyYaml(config));
  return path;
}

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

function startAgent(dir: string, configPath: string): ManagedProcess {
  return startProcess({
    name: 'agent', tier: 'agent', readyFile: join(dir, 'agent.json'), output: 'ignore', env: { WX_AGENT_PASSWORD: PASSWORD },
    args: ['--config', configPath, '--data-dir', join(dir, 'agent'), '--speedup', '3600', '--metrics', '127.0.0.1:0', '--log-level', 'warn'],
  });
}

test('an agent reaches a TLS gateway (mqtts://) that its CA vouches for, and its readings are stored', async () => {
  await withTlsGateway(async (sut, dir) => {
    assert.match(sut.gatewayInfo.mqttUrl, /^mqtts:\/\//);
    const agent = startAgent(dir, agentConfig(dir, sut.gatewayInfo.mqttUrl, join(TLS, 'ca.pem')));
    try {
      await agent.ready;
      await until('readings stored in the cloud', async () => (await stored(sut)) >= 5);
    } finally {
      await agent.stop();
    }
  });
});

test('an agent that does not trust the gateway certificate sends nothing and keeps its readings', async () => {
  await withTlsGateway(async (sut, dir) => {
    const agent = startAgent(dir, agentConfig(dir, sut.gatewayInfo.mqttUrl, join(TLS, 'other-ca.pem')));
    try {
      const info = await agent.ready;
      const metrics = async (): Promise<string> => fetchText(String(info.metricsUrl));
      await until('readings waiting in the outbox', async () => (metricSum(await metrics(), 'wx_agent_outbox_depth') ?? 0) >= 5);
      assert.equal(await stored(sut), 0);
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
        loadFirmwareConfig(agentConfig(dir, url, caFile));
        assert.fail(`${caFile} with ${url} was accepted`);
      } catch (err) {
        assert.ok(isWxError(err, 'WX_ERR_CONFIG_INVALID'), String(err));
        assert.equal(err.field, 'gateway.caFile');
        assert.match(err.message, why);
      }
    }
    assert.equal(loadFirmwareConfig(agentConfig(dir, 'mqtts://127.0.0.1:8883', join(TLS, 'ca.pem'))).gateway.caFile, join(TLS, 'ca.pem'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
