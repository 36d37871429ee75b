export interface ClientPosition {
  readonly clientX: number;
  readonly clientY: number;
}

export interface SurfaceOrigin {
  readonly left: number;
  readonly top: number;
}

/** A zoom the layout can divide by; anything else draws as 100 % rather than at infinity. */
export function safeZoom(zoom: number): number {
  return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

/**
 * Client (viewport) coordinates to stroke units. The surface is the whole scrolled page, so its
 * bounding rect already moves with the scroll and no scroll offset is added.
 */
export function clientToStroke(
  position: ClientPosition,
  surface: SurfaceOrigin,
  zoom: number,
): { x: number; y: number } {
  const scale = safeZoom(zoom);
  return {
    x: (position.clientX - surface.left) / scale,
    y: (position.clientY - surface.top) / scale,
  };
}
