import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QC_TESTS } from '../../common/variables.js';
import { createQcEngine, defaultQcConfig } from '../../device-agent/qc/index.js';
import { isClockSuspect } from '../../device-agent/qc/tests/clock.js';

const now = Date.UTC(2024, 9, 10, 7);

void test('clock: before 2000 or beyond the allowed skew into the future is suspect', () => {
  assert.equal(isClockSuspect(now - 60_000, now, 86_400_000), false);
  assert.equal(isClockSuspect(now + 3_600_000, now, 86_400_000), false);
  assert.equal(isClockSuspect(now + 2 * 86_400_000, now, 86_400_000), true);
  assert.equal(isClockSuspect(Date.UTC(1970, 0, 1, 0, 5), now, 86_400_000), true);
  assert.equal(isClockSuspect(Date.UTC(1999, 11, 31, 23, 59), now, 86_400_000), true);
  assert.equal(isClockSuspect(Date.UTC(2000, 0, 1), now, 86_400_000), false);
});

void test('clock in the engine: a 1970 reading is kept, marked clockSuspect, every value carries the clock bit', () => {
  const engine = createQcEngine(defaultQcConfig(), 60_000);
  const t = Date.UTC(1970, 0, 1, 0, 1);
  engine.push({ seq: 1, timeMs: t, clockSynced: false, values: { temperature: 21.5, pressure: NaN } }, now);
  const [o] = engine.flush(now);
  assert.ok(o);
  assert.equal(o.clockSuspect, true);
  assert.equal(o.variables.temperature!.value, 21.5);
  assert.equal(o.variables.temperature!.flag, 2);
  assert.ok(o.variables.temperature!.tests & QC_TESTS.clock);
  assert.equal(o.variables.pressure!.flag, 4);
  engine.push({ seq: 2, timeMs: now, clockSynced: true, values: { temperature: 21.5 } }, now);
  assert.equal(engine.flush(now)[0]!.clockSuspect, false);
});
