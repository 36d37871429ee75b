import type { Size } from '@recognition';

/** Where a pointer is in the user units of an <svg> that shows `size` stretched over its box. */
export function svgPoint(
  svg: Element,
  size: Size,
  event: { readonly clientX: number; readonly clientY: number },
): [number, number] {
  const r = svg.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return [0, 0];
  return [
    ((event.clientX - r.left) * size.width) / r.width,
    ((event.clientY - r.top) * size.height) / r.height,
  ];
}

/** One keyboard step over a picture: a hundredth of its side, a fifth of that with Alt. */
export function keyStep(side: number, fine: boolean): number {
  return Math.max(1, (fine ? 0.002 : 0.01) * side);
}
