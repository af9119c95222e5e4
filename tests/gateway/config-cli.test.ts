import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { verifyPassword } from '../../common/credentials.js';
import { isWxError } from '../../common/errors.js';
import { loadGatewayConfig, validateGatewayConfig } from '../../gateway/config/load.js';
import { device, deviceConfig, tempDir } from './helpers.js';

const good = deviceConfig(device('st-1'));

function gatewayCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'gateway/main.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
}

void test('a minimal config gets every default, frozen', () => {
  const c = validateGatewayConfig({ gatewayId: 'gw-1', devices: [good] }, 'gw.yaml');
  assert.equal(c.devices[0]!.enabled, true);
  assert.equal(c.forwarding.batchMaxReadings, 4000);
  assert.equal(c.outbox.synchronous, 'FULL');
  assert.equal(c.limits.maxPayloadBytes, 256 * 1024);
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.forwarding));
});

void test('every problem of an invalid config is listed by field', () => {
  const bad = {
    gatewayId: 'gw 1',
    devices: [{ deviceId: 'a/b', site: 's', passwordHash: 'plaintext' }, good, good],
    forwarding: { batchMaxReadings: 0, retryInitialMs: 5000, retryMaxMs: 1000 },
    outbox: { maxRows: 10, synchronous: 'OFF', reclaimFreeMiB: -1, reserveMiB: 1e6 },
    extra: 1,
  };
  try {
    validateGatewayConfig(bad, 'gw.yaml');
    assert.fail('should throw');
  } catch (err) {
    assert.ok(isWxError(err, 'WX_ERR_CONFIG_INVALID'));
    const d = err.details.join('\n');
    for (const field of ['gatewayId', 'devices.0.deviceId', 'devices.0.passwordHash', 'forwarding.batchMaxReadings', 'outbox.maxRows', 'outbox.synchronous', 'outbox.reclaimFreeMiB', 'outbox.reserveMiB', 'extra']) {
      assert.match(d, new RegExp(`^${field.replaceAll('.', '\\.')}:`, 'm'), field);
    }
  }
  // cross-field problems, once the schema passes
  try {
    validateGatewayConfig({ gatewayId: 'gw', devices: [good, good], forwarding: { retryInitialMs: 5000, retryMaxMs: 1000 } }, 'gw.yaml');
    assert.fail('should throw');
  } catch (err) {
    assert.ok(isWxError(err, 'WX_ERR_CONFIG_INVALID'));
    assert.deepEqual(err.details, ['devices.1.deviceId: duplicate device id "st-1"', 'forwarding.retryMaxMs: must be >= forwarding.retryInitialMs']);
  }
});

void test('devices may live in a separate file next to the config', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'devices.yaml'), stringify([deviceConfig(device('st-2')), { ...deviceConfig(device('st-3')), enabled: false }]));
  writeFileSync(join(dir, 'gw.yaml'), stringify({ gatewayId: 'gw', devices: [good], devicesFile: 'devices.yaml' }));
  const c = loadGatewayConfig(join(dir, 'gw.yaml'));
  assert.deepEqual(
    c.devices.map((d) => [d.deviceId, d.enabled]),
    [['st-1', true], ['st-2', true], ['st-3', false]],
  );
  writeFileSync(join(dir, 'bad-devices.json'), JSON.stringify({ devices: [{ deviceId: 'x' }] }));
  writeFileSync(join(dir, 'gw2.yaml'), stringify({ gatewayId: 'gw', devicesFile: 'bad-devices.json' }));
  assert.throws(() => loadGatewayConfig(join(dir, 'gw2.yaml')), (e: unknown) => isWxError(e) && e.details.some((d) => /devicesFile .*devices\.0\.site: is required/.test(d)));
});

void test('wx-gateway with a bad config exits 2, lists every error, prints no stack trace', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'gw.yaml'), stringify({ gatewayId: '', devices: [{ deviceId: 'x' }], limits: { maxPayloadBytes: 1 } }));
  const r = gatewayCli('--config', join(dir, 'gw.yaml'), '--data-dir', join(dir, 'data'), '--mqtt', '127.0.0.1:0', '--metrics', '127.0.0.1:0');
  assert.equal(r.status, 2, r.stderr);
  for (const field of ['gatewayId', 'devices.0.site', 'devices.0.passwordHash', 'limits.maxPayloadBytes']) assert.match(r.stderr, new RegExp(`- ${field.replaceAll('.', '\\.')}:`), field);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  const noConfig = gatewayCli('--mqtt', 'nonsense');
  assert.equal(noConfig.status, 2);
  assert.match(noConfig.stderr, /--config/);
});

void test('wx-gateway hash-password prints a hash that verifies; --help names every flag', () => {
  const r = gatewayCli('hash-password', 's3cret');
  assert.equal(r.status, 0, r.stderr);
  const hash = r.stdout.trim();
  assert.ok(verifyPassword('s3cret', hash) && !verifyPassword('other', hash));
  validateGatewayConfig({ gatewayId: 'gw', devices: [{ deviceId: 'd', site: 's', passwordHash: hash }] }, 'x'); // accepted by the schema
  const help = gatewayCli('--help');
  for (const flag of ['--config', '--data-dir', '--mqtt', '--cloud', '--cloud-token', '--metrics', '--bridge', '--ready-file', '--log-level']) assert.match(help.stdout, new RegExp(flag));
});
