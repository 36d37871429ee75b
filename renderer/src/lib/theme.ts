import type { Theme } from '@services/contract';

export type ResolvedTheme = 'light' | 'dark';

const CYCLE: readonly Theme[] = ['system', 'light', 'dark'];

/** The Theme button's order: system → light → dark → system. */
export function nextTheme(theme: Theme): Theme {
  return CYCLE[(CYCLE.indexOf(theme) + 1) % CYCLE.length];
}

export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};
