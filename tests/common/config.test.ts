import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { testDir } from './temp-dir.js';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfigFile, validateConfig } from '../../common/config.js';
import { isWxError } from '../../common/errors.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'intervalMs'],
  properties: {
    id: { type: 'string', minLength: 1 },
    intervalMs: { type: 'integer', minimum: 1000 },
    mode: { enum: ['a', 'b'], default: 'a' },
  },
};

test('every schema violation is reported with its field', () => {
  try {
    validateConfig(schema, { intervalMs: 10, mode: 'z', extra: true }, 'station.yaml');
    assert.fail('should have thrown');
  } catch (err) {
    assert.ok(isWxError(err, 'WX_ERR_CONFIG_INVALID'));
    assert.match(err.message, /station\.yaml/);
    assert.deepEqual([...err.details].sort(), ['extra: is not a known field', 'id: is required', 'intervalMs: must be >= 1000', 'mode: must be one of "a", "b"']);
  }
});

test('defaults are filled and the result is frozen', () => {
  const cfg = validateConfig<{ id: string; intervalMs: number; mode: string }>(schema, { id: 'x', intervalMs: 60000 }, 'x');
  assert.equal(cfg.mode, 'a');
  assert.ok(Object.isFrozen(cfg));
});

test('YAML and JSON files load; unparsable files name the file', () => {
  const dir = testDir('wx-config-');
  writeFileSync(join(dir, 'a.yaml'), 'id: st1\nintervalMs: 60000\n');
  writeFileSync(join(dir, 'b.json'), '{"id": "st2", "intervalMs": 1000}');
  writeFileSync(join(dir, 'c.yaml'), 'id: [unclosed\n');
  assert.equal(loadConfigFile<{ id: string }>(schema, join(dir, 'a.yaml')).id, 'st1');
  assert.equal(loadConfigFile<{ id: string }>(schema, join(dir, 'b.json')).id, 'st2');
  assert.throws(() => loadConfigFile(schema, join(dir, 'c.yaml')), (err) => isWxError(err, 'WX_ERR_CONFIG_UNREADABLE') && /c\.yaml/.test(err.message));
  assert.throws(() => loadConfigFile(schema, join(dir, 'missing.yaml')), (err) => isWxError(err, 'WX_ERR_CONFIG_UNREADABLE'));
});
