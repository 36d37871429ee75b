export type ConfidenceLevel = 'high' | 'medium' | 'low';

/**
 * Thresholds on the classifier's probability: above 0.9 a symbol is rarely wrong, below 0.6 it
 * is wrong often enough that the user should look at it.
 */
export function confidenceLevel(probability: number): ConfidenceLevel {
  if (probability >= 0.9) return 'high';
  if (probability >= 0.6) return 'medium';
  return 'low';
}

export function percent(probability: number): number {
  return Math.round(Math.min(1, Math.max(0, probability)) * 100);
}
