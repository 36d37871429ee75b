/**
 * Arrow-key movement in a list or grid of buttons (one tab stop, arrows inside): the index to
 * focus after `key`, or null when the key does not move. Grids wrap row by row; lists wrap around.
 */
export function nextIndex(key: string, index: number, count: number, columns = 1): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return columns === 1 ? (index + 1) % count : Math.min(last, index + columns);
    case 'ArrowUp':
      return columns === 1 ? (index - 1 + count) % count : Math.max(0, index - columns);
    case 'ArrowRight':
      return columns === 1 ? null : Math.min(last, index + 1);
    case 'ArrowLeft':
      return columns === 1 ? null : Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
