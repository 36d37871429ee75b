export const INK_COLOR_PROPERTY = '--ink-color';
export const FALLBACK_INK_COLOR = '#111';

/** The ink colour the theme sets on (or above) the element; the theme owns it, not the canvas. */
export function readInkColor(element: Element): string {
  const value = getComputedStyle(element).getPropertyValue(INK_COLOR_PROPERTY).trim();
  return value === '' ? FALLBACK_INK_COLOR : value;
}

/**
 * Calls `onChange` whenever the theme may have changed: the workspace switches it through
 * `<html data-theme>` (or a class or inline custom property there), and the "system" theme
 * follows the OS's dark-mode preference. Returns the unsubscribe function.
 */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
  const media =
    typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  media?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onChange);
  };
}
