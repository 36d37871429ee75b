/** Zoom stops of the drawing, as in most drawing apps: finer steps near 100 %. */
export const ZOOM_STEPS: readonly number[] = [
  0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3,
];

export const DEFAULT_ZOOM = 1;

export function zoomIn(zoom: number): number {
  return ZOOM_STEPS.find((step) => step > zoom + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
}

export function zoomOut(zoom: number): number {
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--)
    if (ZOOM_STEPS[i] < zoom - 1e-6) return ZOOM_STEPS[i];
  return ZOOM_STEPS[0];
}

export function zoomPercent(zoom: number): string {
  return `${Math.round(zoom * 100)}%`;
}
