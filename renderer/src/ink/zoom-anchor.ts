/**
 * The scroll offset that keeps the content under the viewport's centre in place when the zoom
 * changes from `from` to `to`; without it, zooming would pull the page towards its top-left.
 */
export function anchoredScroll(
  scroll: number,
  viewportSize: number,
  from: number,
  to: number,
): number {
  if (!(from > 0) || !(to > 0) || from === to) return scroll;
  const centre = (scroll + viewportSize / 2) / from;
  return Math.max(0, centre * to - viewportSize / 2);
}
