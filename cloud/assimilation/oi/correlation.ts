/**
 * Background-error correlation models for optimal interpolation, as functions of distance d and a
 * length scale L (same unit). Both are positive definite in three dimensions, so on the sphere they are
 * evaluated on the CHORD distance (|x_a − x_b| on the Earth-radius sphere), which keeps every
 * observation-observation matrix positive definite at any length scale; for d ≪ Earth radius the chord
 * equals the great-circle distance (0.2 % shorter at 1,000 km).
 * - gaussian: exp(−d² / (2 L²))
 * - soar (second-order auto-regressive): (1 + d/L) exp(−d/L), heavier tails
 */
export type CorrelationModel = 'gaussian' | 'soar';

export function correlation(model: CorrelationModel, distance: number, lengthScale: number): number {
  const x = distance / lengthScale;
  return model === 'gaussian' ? Math.exp(-0.5 * x * x) : (1 + x) * Math.exp(-x);
}
