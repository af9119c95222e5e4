import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QC_TESTS } from '../../common/variables.js';
import { spikeMagnitude, spikeTest } from '../../device-agent/qc/tests/spike.js';
import { HOUR, T0, runSeries } from './helpers.js';

const at = (h: number, value: number) => ({ timeMs: T0 + h * HOUR, value });

void test('spike measure: full excursion for a one-sample spike, at most zero for a value between its neighbours or a level shift', () => {
  assert.equal(spikeMagnitude(1013, 1018, 1013), 5);
  assert.ok(spikeMagnitude(1013, 1016, 1019) <= 0);
  assert.ok(spikeMagnitude(1001.5, 1007, 1007.2) <= 0, 'a jump that stays is not a spike');
});

void test('spike: above threshold suspect, above threshold x bad factor bad; needs both neighbours within the max gap', () => {
  const cfg = { spikeThreshold: 3, spikeBadFactor: 3 };
  assert.deepEqual(spikeTest(at(0, 1013), at(1, 1018), at(2, 1013), cfg, 2.5 * HOUR), { flag: 2, bit: QC_TESTS.spike });
  assert.deepEqual(spikeTest(at(0, 1013), at(1, 1023), at(2, 1013), cfg, 2.5 * HOUR), { flag: 3, bit: QC_TESTS.spike });
  assert.equal(spikeTest(at(0, 1013), at(1, 1015), at(2, 1013), cfg, 2.5 * HOUR), undefined);
  assert.equal(spikeTest(undefined, at(1, 1018), at(2, 1013), cfg, 2.5 * HOUR), undefined);
  assert.equal(spikeTest(at(0, 1013), at(1, 1018), at(4, 1013), cfg, 2.5 * HOUR), undefined, 'right neighbour 3 h away');
});

void test('spike in the engine uses the look-ahead: only the spike is flagged, not the return; flush decides without it', () => {
  const r = runSeries('temperature', [10, 10.3, 25, 10.4, 10.2]);
  assert.deepEqual(r.map((x) => x.flag), [1, 1, 3, 1, 1]);
  assert.ok(r[2]!.tests & QC_TESTS.spike);
  const last = runSeries('temperature', [10, 10.3, 10.2, 16]);
  assert.equal(last[3]!.tests & QC_TESTS.spike, 0, 'the flushed last sample has no right neighbour');
});
