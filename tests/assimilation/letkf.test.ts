import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../common/random.js';
import { distanceLocaliser, ensembleMeanSpread, letkfAnalysis, normalGenerator, type LetkfInput } from '../../cloud/assimilation/index.js';

/**
 * Without localisation (every weight 1) the LETKF is the ensemble-space square-root Kalman filter:
 * its mean must equal x̄b + K d with K = Pb Hᵀ (H Pb Hᵀ + R)⁻¹ and its sample covariance (I − K H) Pb,
 * Pb = ρ Xb Xbᵀ / (k − 1). Checked here on 3 state variables and 2 observations with a linear H.
 */
function smallProblem(): { input: LetkfInput; H: number[][] } {
  const gauss = normalGenerator(mulberry32(3));
  const k = 8;
  const n = 3;
  const ensemble = Float64Array.from({ length: k * n }, (_, i) => gauss() * (1 + (i % n)) + (i % n));
  const H = [[1, 0, 0], [0, 0.5, 0.5]];
  const hx = (member: Float64Array, out: Float64Array): void => {
    for (let o = 0; o < 2; o++) out[o] = (H[o] as number[]).reduce((s, h, i) => s + h * (member[i] as number), 0);
  };
  // One localisation point holding all three variables (nVar = 3), every observation at distance 0.
  const localiser = distanceLocaliser(1, 2, () => 0, 1);
  return { input: { k, n, ensemble, observations: Float64Array.of(1.5, 0.2), obsErrorVariance: Float64Array.of(0.5, 2), hx, localiser, inflation: 1.1 }, H };
}

function covariance(ens: Float64Array, k: number, n: number): number[][] {
  const { mean } = ensembleMeanSpread(ens, k, n);
  const c = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < k; j++) {
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        (c[a] as number[])[b] = ((c[a] as number[])[b] as number) + ((ens[j * n + a] as number) - (mean[a] as number)) * ((ens[j * n + b] as number) - (mean[b] as number)) / (k - 1);
      }
    }
  }
  return c;
}

const mat = (a: number[][], b: number[][]): number[][] => a.map((row) => (b[0] as number[]).map((_, j) => row.reduce((s, v, l) => s + v * ((b[l] as number[])[j] as number), 0)));
const tr = (a: number[][]): number[][] => (a[0] as number[]).map((_, j) => a.map((row) => row[j] as number));

for (const eigenSolver of ['householder-ql', 'jacobi'] as const) {
  test(`LETKF without localisation equals the Kalman filter with the (inflated) ensemble covariance (${eigenSolver})`, () => {
    const { input, H } = smallProblem();
    const { k, n } = input;
    const res = letkfAnalysis({ ...input, eigenSolver });
    const Pb = covariance(input.ensemble, k, n).map((row) => row.map((v) => v * 1.1));
    const S = mat(mat(H, Pb), tr(H));
    (S[0] as number[])[0] = ((S[0] as number[])[0] as number) + 0.5;
    (S[1] as number[])[1] = ((S[1] as number[])[1] as number) + 2;
    const [s00, s01, s10, s11] = [S[0]![0]!, S[0]![1]!, S[1]![0]!, S[1]![1]!];
    const det = s00 * s11 - s01 * s10;
    const Sinv = [[s11 / det, -s01 / det], [-s10 / det, s00 / det]];
    const K = mat(mat(Pb, tr(H)), Sinv);
    const xb = ensembleMeanSpread(input.ensemble, k, n).mean;
    const hxb = H.map((row) => row.reduce((s, h, i) => s + h * (xb[i] as number), 0));
    const d = [1.5 - (hxb[0] as number), 0.2 - (hxb[1] as number)];
    for (let i = 0; i < n; i++) {
      const want = (xb[i] as number) + (K[i] as number[]).reduce((s, kv, o) => s + kv * (d[o] as number), 0);
      assert.ok(Math.abs((res.mean[i] as number) - want) < 1e-10, `mean ${i}: ${res.mean[i]} vs ${want}`);
    }
    const KH = mat(K, H);
    const IminusKH = KH.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v));
    const Pa = mat(IminusKH, Pb);
    const got = covariance(res.ensemble, k, n);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) assert.ok(Math.abs(got[a]![b]! - Pa[a]![b]!) < 1e-10, `Pa[${a}][${b}]`);
    for (let i = 0; i < n; i++) assert.ok(Math.abs((res.spread[i] as number) - Math.sqrt(got[i]![i]!)) < 1e-12);
  });
}

test('observations beyond the cut-off, NaN observations and zero weights leave the background unchanged', () => {
  const { input } = smallProblem();
  const far = letkfAnalysis({ ...input, localiser: distanceLocaliser(1, 2, () => 2.5, 1) });
  assert.deepEqual([...far.ensemble], [...input.ensemble]);
  assert.equal(far.obsUsed[0], 0);
  const missing = letkfAnalysis({ ...input, observations: Float64Array.of(NaN, NaN) });
  assert.deepEqual([...missing.ensemble], [...input.ensemble]);
  // Gaspari–Cohn weight at 1.9c is tiny but non-zero: the update is small but present.
  const weak = letkfAnalysis({ ...input, localiser: distanceLocaliser(1, 2, () => 1.9, 1) });
  const strong = letkfAnalysis(input);
  const shift = (r: { mean: Float64Array }): number => Math.abs((r.mean[0] as number) - ensembleMeanSpread(input.ensemble, input.k, input.n).mean[0]!);
  assert.ok(shift(weak) > 0 && shift(weak) < 0.05 * shift(strong));
});

test('invalid shapes are refused with every problem listed', () => {
  const { input } = smallProblem();
  assert.throws(() => letkfAnalysis({ ...input, k: 1, obsErrorVariance: new Float64Array(5), inflation: 0 }), (e: Error & { code?: string; details?: string[] }) => e.code === 'WX_ERR_CONFIG_INVALID' && (e.details?.length ?? 0) >= 3);
});
