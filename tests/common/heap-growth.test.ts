import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { capHeapGrowth } from '../../common/heap-growth.js';

const CHURN = fileURLToPath(new URL('../fixtures/heap/churn.ts', import.meta.url));

function peakHeapMb(arg: string, nodeFlags: string[] = []): { inForce: unknown; peakHeapMb: number } {
  // A small young generation so the ring's objects are promoted, as a busy gateway's are.
  const out = execFileSync(process.execPath, ['--max-semi-space-size=1', ...nodeFlags, '--import', 'tsx', CHURN, arg], { encoding: 'utf8' });
  return JSON.parse(out) as { inForce: unknown; peakHeapMb: number };
}

test('capping heap growth keeps the heap of a process that promotes garbage well below V8 left to itself', () => {
  const free = peakHeapMb('none');
  const capped = peakHeapMb('100');
  assert.equal(capped.inForce, 100);
  // V8 alone grows to ~4x the ~30 MB live set (~215 MB here); at 100 % it stays near 2x (~110 MB).
  assert.ok(capped.peakHeapMb < free.peakHeapMb * 0.7, `capped ${capped.peakHeapMb.toFixed(1)} MB vs uncapped ${free.peakHeapMb.toFixed(1)} MB`);
});

test('a --heap-growing-percent given to node wins over the program default', () => {
  const given = peakHeapMb('100', ['--heap-growing-percent=300']);
  assert.equal(given.inForce, 'command line');
  const capped = peakHeapMb('100');
  assert.ok(given.peakHeapMb > capped.peakHeapMb * 1.3, `node flag 300 %: ${given.peakHeapMb.toFixed(1)} MB vs program 100 %: ${capped.peakHeapMb.toFixed(1)} MB`);
});

test('an out-of-range percent is refused with the value', () => {
  assert.throws(() => capHeapGrowth(0, ['--heap-growing-percent=50']), /heap growth: expected an integer percent in \[1, 300\], got 0/);
  assert.throws(() => capHeapGrowth(1.5, []), /got 1.5/);
});
