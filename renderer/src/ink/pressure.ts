/** Width at pressure 0 and 1 as a fraction of the pen width; a mouse (0.5) draws exactly the pen width. */
const MIN_FACTOR = 0.4;
const MAX_FACTOR = 1.6;

/** Pointers without pressure support report 0.5 while pressed, so that is the neutral value. */
export const NEUTRAL_PRESSURE = 0.5;

export function clampPressure(pressure: number): number {
  if (!Number.isFinite(pressure)) return NEUTRAL_PRESSURE;
  return Math.min(1, Math.max(0, pressure));
}

export function pressureWidth(penWidth: number, pressure: number): number {
  return penWidth * (MIN_FACTOR + (MAX_FACTOR - MIN_FACTOR) * clampPressure(pressure));
}
