import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../common/random.js';
import { HouseholderQlEigen, JacobiEigen, type SymmetricEigenSolver } from '../../cloud/assimilation/index.js';

function randomSpd(k: number, seed: number): Float64Array {
  const r = mulberry32(seed);
  const rows = 3 * k;
  const y = Float64Array.from({ length: rows * k }, () => r() - 0.5);
  const m = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = i === j ? 0.5 : 0;
      for (let l = 0; l < rows; l++) s += (y[l * k + i] as number) * (y[l * k + j] as number);
      m[i * k + j] = s;
    }
  }
  return m;
}

function maxReconstructionError(e: SymmetricEigenSolver, m: Float64Array): number {
  const k = e.k;
  let err = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      let o = 0;
      for (let l = 0; l < k; l++) {
        s += (e.vectors[i * k + l] as number) * (e.values[l] as number) * (e.vectors[j * k + l] as number);
        o += (e.vectors[l * k + i] as number) * (e.vectors[l * k + j] as number); // VᵀV = I
      }
      err = Math.max(err, Math.abs(s - (m[i * k + j] as number)), Math.abs(o - (i === j ? 1 : 0)));
    }
  }
  return err;
}

for (const [name, make] of [['Jacobi', (k: number) => new JacobiEigen(k)], ['Householder-QL', (k: number) => new HouseholderQlEigen(k)]] as const) {
  test(`${name}: V diag(λ) Vᵀ reconstructs random SPD matrices and V is orthonormal (k = 2, 7, 20, 64)`, () => {
    for (const k of [2, 7, 20, 64]) {
      const m = randomSpd(k, k);
      const e = make(k);
      e.decompose(m);
      assert.ok(maxReconstructionError(e, m) < 1e-10 * k, `k=${k}`);
    }
  });

  test(`${name}: known eigenvalues of [[2,1],[1,2]] and of a diagonal matrix`, () => {
    const e = make(2);
    e.decompose(Float64Array.of(2, 1, 1, 2));
    assert.deepEqual([...e.values].sort().map((v) => Math.round(v * 1e12) / 1e12), [1, 3]);
    const d = make(3);
    d.decompose(Float64Array.of(5, 0, 0, 0, -1, 0, 0, 0, 2));
    assert.deepEqual([...d.values].sort((a, b) => a - b), [-1, 2, 5]);
  });
}

test('the two solvers agree on the eigenvalues', () => {
  const k = 30;
  const m = randomSpd(k, 99);
  const a = new JacobiEigen(k);
  const b = new HouseholderQlEigen(k);
  a.decompose(m);
  b.decompose(m);
  const va = [...a.values].sort((x, y) => x - y);
  const vb = [...b.values].sort((x, y) => x - y);
  for (let i = 0; i < k; i++) assert.ok(Math.abs((va[i] as number) - (vb[i] as number)) < 1e-10 * Math.abs(vb[k - 1] as number));
});
