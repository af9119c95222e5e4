/**
 * What every program's log lines carry: credentials never, and an error's cause once (nested), not
 * repeated after a message that already names it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WxError } from '../../common/errors.js';
import { captureLogs } from './log-capture.js';

void test('passwords, tokens and authorization headers are redacted wherever a component logs them', () => {
  const { logger: log, lines } = captureLogs('wx-test');
  log.info({ password: 'p1', token: 't1', device: { password: 'p2' }, headers: { authorization: 'Bearer t2' }, gateway: { passwordHash: 'scrypt$...' } }, 'x');
  const text = JSON.stringify(lines[0]);
  for (const secret of ['p1', 't1', 'p2', 'Bearer t2', 'scrypt$']) assert.ok(!text.includes(secret), `${secret} in ${text}`);
  assert.match(text, /\[redacted\]/);
});

void test("an error's cause is nested once, not appended again to a message that names it", () => {
  const { logger: log, lines } = captureLogs('wx-test');
  const cause = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  log.error({ err: new WxError('WX_ERR_STORE', 'store write failed: database or disk is full', { cause }) }, 'store failed');
  const err = lines[0]!.err as { message: string; cause?: { message: string; code?: string } };
  assert.equal(err.message, 'store write failed: database or disk is full');
  assert.equal(err.cause?.message, 'database or disk is full');
  assert.equal(err.cause?.code, 'SQLITE_FULL');
});
