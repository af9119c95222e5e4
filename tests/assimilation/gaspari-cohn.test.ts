import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gaspariCohn, gaspariCohnSupport } from '../../cloud/assimilation/index.js';

test('Gaspari–Cohn takes its known values (GC 1999 eq. 4.10)', () => {
  const c = 250; // any unit
  assert.equal(gaspariCohn(0, c), 1);
  assert.ok(Math.abs(gaspariCohn(0.5 * c, c) - 0.684895833333) < 1e-10); // 1 - 5/12 + 5/64 + 1/32 - 1/128
  assert.ok(Math.abs(gaspariCohn(c, c) - 5 / 24) < 1e-12);
  assert.ok(Math.abs(gaspariCohn(1.5 * c, c) - 0.016493055556) < 1e-10);
  assert.equal(gaspariCohn(2 * c, c), 0);
  assert.equal(gaspariCohn(3 * c, c), 0);
  assert.equal(gaspariCohnSupport(c), 2 * c);
});

test('Gaspari–Cohn is continuous at z = 1, monotone and symmetric', () => {
  assert.ok(Math.abs(gaspariCohn(1 - 1e-9, 1) - gaspariCohn(1 + 1e-9, 1)) < 1e-8);
  let prev = 1;
  for (let z = 0.01; z <= 2; z += 0.01) {
    const v = gaspariCohn(z, 1);
    assert.ok(v <= prev + 1e-15 && v >= 0, `z=${z}`);
    prev = v;
  }
  assert.equal(gaspariCohn(-0.7, 1), gaspariCohn(0.7, 1));
});
