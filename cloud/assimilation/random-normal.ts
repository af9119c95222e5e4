/**
 * Standard normal draws from a seedable uniform generator (common/random.ts `mulberry32`) by the
 * Box–Muller transform, for synthetic observations and ensemble perturbations that replay exactly.
 */

/** A generator of N(0, 1) draws from uniform() in [0, 1). Caches the second value of each pair. */
export function normalGenerator(uniform: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = 0;
    while (u <= Number.MIN_VALUE) u = uniform();
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
}
