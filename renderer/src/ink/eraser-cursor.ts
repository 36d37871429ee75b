/** Browsers refuse cursor images larger than this many CSS pixels (Chromium: 128). */
const MAX_CURSOR = 128;

/**
 * A CSS cursor that outlines the eraser at its true size on screen, drawn in two tones so it
 * shows on light and dark pages alike; a system cursor stands in where an image cannot.
 */
export function eraserCursor(radiusPx: number): string {
  const radius = Math.max(2, Math.min(MAX_CURSOR / 2 - 2, radiusPx));
  const size = Math.ceil(radius * 2 + 4);
  const centre = size / 2;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
    `<circle cx="${centre}" cy="${centre}" r="${radius}" fill="none" stroke="white" stroke-width="3"/>` +
    `<circle cx="${centre}" cy="${centre}" r="${radius}" fill="none" stroke="black" stroke-width="1"/>` +
    `</svg>`;
  const hotspot = Math.round(centre);
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}") ${hotspot} ${hotspot}, cell`;
}
