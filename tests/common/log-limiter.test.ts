import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Logger } from '../../common/logger.js';
import { createLogLimiter } from '../../common/log-limiter.js';

void test('the log limiter writes one line per key per interval, at its level, saying how many it held back', () => {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const logger = {
    warn: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'warn', fields, message }),
    error: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'error', fields, message }),
  } as unknown as Logger;
  let now = 0;
  const log = createLogLimiter(logger, 60_000, () => now, 'error');
  log('write', { err: 'disk full' }, 'outbox write failed');
  for (let i = 0; i < 5; i++) log('write', { err: 'disk full' }, 'outbox write failed');
  log('other', {}, 'another key');
  now = 60_000;
  log('write', { err: 'disk full' }, 'outbox write failed');
  assert.deepEqual(
    lines.map((l) => [l.level, l.message, l.fields.suppressedSinceLast]),
    [
      ['error', 'outbox write failed', 0],
      ['error', 'another key', 0],
      ['error', 'outbox write failed', 5],
    ],
  );
  const warnings = createLogLimiter(logger);
  warnings('k', {}, 'by default a warning');
  assert.equal(lines.at(-1)!.level, 'warn');
});
