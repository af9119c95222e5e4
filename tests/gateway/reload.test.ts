/**
 * SIGHUP (systemctl reload) applies the config's devices to a running gateway process: a new station
 * connects without anyone else being dropped, an invalid file changes nothing, and a removed or
 * re-keyed device is disconnected and must use its new entry. A renewed TLS certificate is served to
 * new connections.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { MqttClient } from 'mqtt';
import { stringify } from 'yaml';
import { waitUntil } from '../../scripts/bench/sut.js';
import { sectionsNeedingRestart } from '../../gateway/config/reload.js';
import { REPO_ROOT } from '../../scripts/lib/processes.js';
import { validateGatewayConfig } from '../../gateway/config/load.js';
import { batch, connectDevice, device, deviceConfig, gatewayProcess, reading, readingsTopic, scrapeMetric, startFakeCloud, stopProcess, tempDir, waitFor, type GatewayReady, type TestDevice } from './helpers.js';

const TLS = join(REPO_ROOT, 'tests/fixtures/tls');
const a = device('st-a');
const b = device('st-b');

function startGatewayProcess(dir: string, cloud: string, extra: string[] = []): { child: ChildProcess; ready: Promise<GatewayReady> } {
  const { command, ready } = gatewayProcess(dir, cloud, { extra });
  return { child: spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] }), ready };
}

async function reload(child: ChildProcess, metricsUrl: string, result: 'applied' | 'invalid'): Promise<void> {
  const before = await scrapeMetric(metricsUrl, 'wx_gateway_config_reloads_total', `result="${result}"`);
  child.kill('SIGHUP');
  await waitUntil(`a reload counted as ${result}`, async () => (await scrapeMetric(metricsUrl, 'wx_gateway_config_reloads_total', `result="${result}"`)) !== before, 10_000, 50);
}

/** Publishes one reading at QoS 1 and resolves once it is PUBACKed. */
function publishOne(c: MqttClient, d: TestDevice, seq: number): Promise<unknown> {
  return c.publishAsync(readingsTopic(d), batch(reading(d.deviceId, seq)), { qos: 1 });
}

void test('a reload adds, refuses, removes and re-keys devices without dropping the others', { timeout: 90_000 }, async () => {
  const dir = tempDir();
  const devicesFile = join(dir, 'devices.yaml');
  writeFileSync(devicesFile, stringify({ devices: [deviceConfig(a)] }));
  writeFileSync(join(dir, 'gateway.yaml'), stringify({ gatewayId: 'gw-reload', devices: [], devicesFile: 'devices.yaml' }));
  const cloud = await startFakeCloud();
  const run = startGatewayProcess(dir, cloud.address);
  const clients: MqttClient[] = [];
  try {
    const { mqttUrl, metricsUrl } = await run.ready;
    const ca = await connectDevice(mqttUrl, a);
    clients.push(ca);
    let aCloses = 0;
    ca.on('close', () => aCloses++);
    ca.on('error', () => undefined);
    await publishOne(ca, a, 1);
    await assert.rejects(connectDevice(mqttUrl, b), /Bad username or password/, 'b is not a device yet');

    // Add b: it connects; a's connection is untouched.
    writeFileSync(devicesFile, stringify({ devices: [deviceConfig(a), deviceConfig(b)] }));
    await reload(run.child, metricsUrl, 'applied');
    const cb = await connectDevice(mqttUrl, b);
    clients.push(cb);
    cb.on('error', () => undefined);
    await publishOne(cb, b, 1);
    await publishOne(ca, a, 2);
    assert.equal(aCloses, 0, 'a stayed connected through the reload');

    // An invalid file: refused, nothing changes.
    writeFileSync(devicesFile, stringify({ devices: [deviceConfig(a), { deviceId: 'st-b', site: 'site-a', passwordHash: 'plaintext' }] }));
    await reload(run.child, metricsUrl, 'invalid');
    await publishOne(ca, a, 3);
    await cb.endAsync();
    const cbAgain = await connectDevice(mqttUrl, b); // b's entry still stands for a new connection
    clients.push(cbAgain);
    cbAgain.on('error', () => undefined);
    await publishOne(cbAgain, b, 2);
    assert.equal(aCloses, 0);

    // Remove a and re-key b: both are disconnected; a is refused, b only with its new password.
    const b2 = { ...b, password: 'a-new-password' };
    writeFileSync(devicesFile, stringify({ devices: [deviceConfig(b2)] }));
    let bClosed = false;
    cbAgain.on('close', () => (bClosed = true));
    await reload(run.child, metricsUrl, 'applied');
    await waitFor('a and b disconnected', () => aCloses > 0 && bClosed, 10_000);
    await assert.rejects(connectDevice(mqttUrl, a), /Bad username or password/, 'a was removed');
    await assert.rejects(connectDevice(mqttUrl, b), /Bad username or password/, "b's old password no longer works");
    const cb2 = await connectDevice(mqttUrl, b2);
    clients.push(cb2);
    await publishOne(cb2, b2, 3);

    await waitFor('every PUBACKed reading at the cloud', () => cloud.keys().size === 6, 10_000);
    assert.deepEqual([...cloud.keys()].sort(), ['st-a:1', 'st-a:2', 'st-a:3', 'st-b:1', 'st-b:2', 'st-b:3']);
    assert.equal(run.child.exitCode, null, 'the gateway is still running');
  } finally {
    for (const c of clients) c.end(true);
    await stopProcess(run.child);
    await cloud.stop();
  }
});

void test('a reload serves a renewed TLS certificate to new connections, and refuses a key that does not match it', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const [cert, key] = [join(dir, 'mqtt.pem'), join(dir, 'mqtt.key')];
  copyFileSync(join(TLS, 'cloud.pem'), cert);
  copyFileSync(join(TLS, 'cloud.key'), key);
  writeFileSync(join(dir, 'gateway.yaml'), stringify({ gatewayId: 'gw-tls', devices: [deviceConfig(a), deviceConfig(b)] }));
  const cloud = await startFakeCloud();
  const run = startGatewayProcess(dir, cloud.address, ['--mqtt-tls-cert', cert, '--mqtt-tls-key', key]);
  const trusting = (caFile: string) => ({ ca: readFileSync(join(TLS, caFile)), rejectUnauthorized: true });
  try {
    const { mqttUrl, metricsUrl } = await run.ready;
    assert.match(mqttUrl, /^mqtts:/);
    const ca = await connectDevice(mqttUrl, a, trusting('ca.pem'));
    let aCloses = 0;
    ca.on('close', () => aCloses++);

    // The renewed certificate is copied in before its key: that reload is refused, the old pair stays.
    copyFileSync(join(TLS, 'renewed.pem'), cert);
    await reload(run.child, metricsUrl, 'invalid');
    (await connectDevice(mqttUrl, b, trusting('ca.pem'))).end(true);

    copyFileSync(join(TLS, 'renewed.key'), key);
    await reload(run.child, metricsUrl, 'applied');
    await assert.rejects(connectDevice(mqttUrl, b, trusting('ca.pem')), /self[- ]signed|unable to verify|certificate/i, 'the old certificate is no longer served');
    const renewed = await connectDevice(mqttUrl, b, trusting('renewed.pem'));
    await publishOne(renewed, b, 1);
    renewed.end(true);
    await publishOne(ca, a, 1);
    assert.equal(aCloses, 0, 'the connection opened before the renewal carries on');
    ca.end(true);
  } finally {
    await stopProcess(run.child);
    await cloud.stop();
  }
});

void test('a reload names the config sections it cannot apply without a restart', () => {
  const base = { gatewayId: 'gw', devices: [deviceConfig(a)] };
  const running = validateGatewayConfig(base, 'gw.yaml');
  assert.deepEqual(sectionsNeedingRestart(running, validateGatewayConfig({ ...base, devices: [deviceConfig(a), deviceConfig(b)] }, 'gw.yaml')), [], 'devices alone need none');
  const next = validateGatewayConfig({ ...base, forwarding: { batchMaxReadings: 100 }, outbox: { maxRows: 5000 } }, 'gw.yaml');
  assert.deepEqual(sectionsNeedingRestart(running, next), ['forwarding', 'outbox']);
});
