/**
 * Caps how far V8 lets the old generation grow past what survived the last full GC before it runs
 * the next one. V8 picks that factor itself (up to 4x for a busy process), and a busy process
 * promotes many short-lived objects and Buffers that only a full GC frees: a gateway serving 1,000
 * devices held a 110-130 MB heap around ~32 MB of live objects, with tens of MB of dead Buffers in
 * malloc beside it (peak RSS 312-330 MB; capped at 100 %: 223-259 MB at the same message rate and
 * CPU, docs/perf-notes.md, session 8).
 *
 * `--heap-growing-percent` is not allowed in NODE_OPTIONS, so the program sets it at start; V8 reads
 * it at every GC. A `--heap-growing-percent` given to node itself wins.
 */
import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';

/** Returns the percent in force (undefined: the one given on node's command line). */
export function capHeapGrowth(percent: number, execArgv: readonly string[] = process.execArgv): number | undefined {
  if (!Number.isInteger(percent) || percent < 1 || percent > 300) throw new RangeError(`heap growth: expected an integer percent in [1, 300], got ${percent}`);
  if (execArgv.some((arg) => arg === FLAG || arg.startsWith(`${FLAG}=`))) return undefined;
  setFlagsFromString(`${FLAG}=${percent}`);
  return percent;
}
