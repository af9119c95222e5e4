import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTopic, kindFilter, parseTopic } from '../../common/topics.js';

test('a built topic parses back to its parts', () => {
  const topic = buildTopic('beijing', 'dongsi', 'readings');
  assert.equal(topic, 'wx/v1/beijing/dongsi/readings');
  assert.deepEqual(parseTopic(topic), { site: 'beijing', deviceId: 'dongsi', kind: 'readings' });
});

test('topics outside the scheme do not parse', () => {
  for (const bad of ['wx/v1/beijing/dongsi', 'wx/v2/a/b/readings', 'wx/v1/a/b/unknown', 'wx/v1/a/+/readings', 'wx/v1/a/b/readings/extra', '']) {
    assert.equal(parseTopic(bad), undefined, bad);
  }
});

test('ids with wildcards or separators are refused when building', () => {
  assert.throws(() => buildTopic('be#jing', 'x', 'status'), /invalid site id/);
  assert.throws(() => buildTopic('beijing', 'a/b', 'status'), /invalid device id/);
  assert.equal(kindFilter('status'), 'wx/v1/+/+/status');
});
