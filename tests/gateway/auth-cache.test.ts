/**
 * The broker's password checks, remembered: a station retrying with a wrong password (left behind by
 * a re-key) costs one scrypt and one log line a minute, not one each per try; a reload forgets.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { Client } from 'aedes';
import { createMetricsRegistry } from '../../common/metrics.js';
import { createLogger } from '../../common/logger.js';
import { createAuthenticator } from '../../gateway/broker/auth.js';
import { createDeviceRegistry } from '../../gateway/config/devices.js';
import { createGatewayMetrics } from '../../gateway/metrics.js';
import { counterValue } from './helpers.js';

function setUp() {
  const registry = createDeviceRegistry([{ deviceId: 'st1', site: 's', passwordHash: 'hash-1', enabled: true }]);
  const metrics = createGatewayMetrics(createMetricsRegistry('gateway', { gateway: 'gw' }));
  const lines: string[] = [];
  const out = new PassThrough();
  out.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
  const verified: string[] = [];
  // A stand-in for scrypt: "right" matches hash-1, "right-2" matches hash-2.
  const verify = async (password: string, hash: string): Promise<boolean> => {
    verified.push(password);
    return (password === 'right' && hash === 'hash-1') || (password === 'right-2' && hash === 'hash-2');
  };
  const auth = createAuthenticator({ registry, metrics, logger: createLogger('test', { destination: out }), verify });
  const connect = (password: string): Promise<boolean> =>
    new Promise((resolve) => auth.authenticate({ id: 'st1', conn: {} } as unknown as Client, 'st1', Buffer.from(password), (err, ok) => resolve(!err && ok === true)));
  return { registry, metrics, lines, verified, auth, connect };
}

void test('a wrong password tried again and again costs one check and one log line, and is counted each time', async () => {
  const { metrics, lines, verified, connect } = setUp();
  for (let i = 0; i < 5; i++) assert.equal(await connect('old'), false);
  assert.deepEqual(verified, ['old'], 'checked once');
  assert.equal(await counterValue(metrics.authFailures, { reason: 'bad_password' }), 5, 'every refusal counted');
  await new Promise((r) => setImmediate(r));
  assert.equal(lines.filter((l) => l.includes('connection refused')).length, 1, 'logged once a minute');
  // The right password still gets in, and another wrong one is checked.
  assert.equal(await connect('right'), true);
  assert.equal(await connect('other'), false);
  assert.deepEqual(verified, ['old', 'right', 'other']);
});

void test('a reload forgets remembered passwords of re-keyed devices, good and bad', async () => {
  const { registry, verified, auth, connect } = setUp();
  assert.equal(await connect('right'), true);
  assert.equal(await connect('right-2'), false);
  const changes = registry.replace([{ deviceId: 'st1', site: 's', passwordHash: 'hash-2', enabled: true }]);
  assert.deepEqual(changes, { added: [], removed: [], changed: ['st1'] });
  auth.forget(changes.changed);
  assert.equal(await connect('right'), false, 'the old password no longer gets in');
  assert.equal(await connect('right-2'), true, 'the once-wrong password is checked again, against the new entry');
  assert.deepEqual(verified, ['right', 'right-2', 'right', 'right-2']);
});
