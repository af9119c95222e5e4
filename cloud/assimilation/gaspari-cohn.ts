/**
 * The Gaspari–Cohn compactly supported correlation function (Gaspari & Cohn 1999, QJRMS 125,
 * eq. 4.10): a 5th-order piecewise rational function of z = distance / halfWidth that is 1 at z = 0,
 * 5/24 at z = 1 and exactly 0 from z = 2 on. It approximates a Gaussian of the same half-width and is
 * positive definite in three dimensions (so on the sphere with chordal distance), which is why it is
 * the usual localisation taper in ensemble filters.
 *
 * Convention used throughout cloud/assimilation: `halfWidth` is Gaspari & Cohn's `c`; the support
 * (cut-off) radius is 2c.
 */

/** Gaspari–Cohn taper of a non-negative distance (any unit, the same as halfWidth). */
export function gaspariCohn(distance: number, halfWidth: number): number {
  const z = Math.abs(distance) / halfWidth;
  if (z >= 2) return 0;
  const z2 = z * z;
  if (z <= 1) {
    // -1/4 z^5 + 1/2 z^4 + 5/8 z^3 - 5/3 z^2 + 1
    return (((-0.25 * z + 0.5) * z + 0.625) * z - 5 / 3) * z2 + 1;
  }
  // 1/12 z^5 - 1/2 z^4 + 5/8 z^3 + 5/3 z^2 - 5 z + 4 - 2/(3 z)
  return ((((z / 12 - 0.5) * z + 0.625) * z + 5 / 3) * z - 5) * z + 4 - 2 / (3 * z);
}

/** The support radius of a Gaspari–Cohn taper with the given half-width: beyond it the weight is 0. */
export function gaspariCohnSupport(halfWidth: number): number {
  return 2 * halfWidth;
}
