import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTopic, kindFilter, parseTopic, parseTopicCached } from '../../common/topics.js';

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

test('the cached parse answers as parseTopic does, for known, new and invalid topics, past its bound', () => {
  const topics = ['wx/v1/site-a/st-1/readings', 'wx/v1/site-a/st-1/cmd', 'wx/v1/site-a/st 1/readings', 'wx/v1/site-a/st-1/bogus', 'wx/v2/a/b/readings', 'wx/v1/a/b'];
  for (let round = 0; round < 2; round++) for (const t of topics) assert.deepEqual(parseTopicCached(t), parseTopic(t), t);
  // More distinct device topics than the cache keeps: it starts over rather than grow or go wrong.
  for (let i = 0; i < 70_000; i++) {
    const t = `wx/v1/s/d-${i}/status`;
    assert.equal(parseTopicCached(t)?.deviceId, `d-${i}`);
  }
  assert.equal(parseTopicCached('wx/v1/s/d-3/status')?.deviceId, 'd-3');
});
