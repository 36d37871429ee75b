import { useEffect, useState } from 'react';
import type { Theme } from '@services/contract';
import { readPreference, writePreference } from '../lib/storage';
import { resolveTheme, type ResolvedTheme } from '../lib/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const CACHE_KEY = 'inkform.theme';

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/**
 * The theme of the last session, for the moments before the settings arrive: without it a
 * dark-theme user would see the page flash light at every start.
 */
export function cachedTheme(): Theme {
  const stored = readPreference(CACHE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Sets `<html data-theme>` before the first render. */
export function applyInitialTheme(): void {
  document.documentElement.dataset.theme = resolveTheme(cachedTheme(), systemPrefersDark());
}

/**
 * Puts the resolved theme on `<html data-theme>`, where the style sheets and the ink canvas
 * read it; with `system` it follows the OS while the app runs.
 */
export function useAppliedTheme(theme: Theme): ResolvedTheme {
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark);

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = () => setPrefersDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  const resolved = resolveTheme(theme, prefersDark);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  useEffect(() => writePreference(CACHE_KEY, theme), [theme]);
  return resolved;
}
