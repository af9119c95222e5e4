import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Histogram, Registry } from 'prom-client';
import { HotHistogram } from '../../common/hot-histogram.js';

const BUCKETS = [0.005, 0.05, 1, 60];

test('a HotHistogram exposes exactly what a prom-client Histogram would for the same observations', async () => {
  const theirs = new Registry();
  const ours = new Registry();
  const reference = new Histogram({ name: 'wx_t_seconds', help: 'h', labelNames: ['from'], buckets: BUCKETS, registers: [theirs] });
  const hot = new HotHistogram('wx_t_seconds', 'h', BUCKETS, [ours]);
  // Bound in the order prom-client first sees them, which is the order it lists them in.
  const series = { b: hot.series({ from: 'b' }), a: hot.series({ from: 'a' }) };
  const values = [0, 0.005, 0.0051, 0.05, 0.7, 1, 59.9, 60, 61, 1e9, 0.002];
  for (const [i, v] of values.entries()) {
    const from = i % 3 === 0 ? 'b' : 'a';
    reference.observe({ from }, v);
    series[from].observe(v);
  }
  assert.equal(await ours.metrics(), await theirs.metrics());
  assert.match(await ours.metrics(), /wx_t_seconds_bucket\{le="\+Inf",from="a"\} 7/);
  ours.resetMetrics();
  assert.match(await ours.metrics(), /wx_t_seconds_count\{from="a"\} 0/);
});

test('a HotHistogram refuses buckets that do not increase, and ignores non-finite observations', async () => {
  assert.throws(() => new HotHistogram('wx_bad', 'h', [1, 1], []), /buckets must increase/);
  const registry = new Registry();
  const s = new HotHistogram('wx_nan_seconds', 'h', BUCKETS, [registry]).series({ from: 'x' });
  s.observe(Number.NaN);
  s.observe(Infinity);
  s.observe(0.01);
  assert.match(await registry.metrics(), /wx_nan_seconds_count\{from="x"\} 1\n/);
});
