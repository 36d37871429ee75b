import type { JSX } from 'react';
import type { Theme } from '@services/contract';
import { THEME_LABELS, nextTheme } from '../../lib/theme';
import { MoonIcon, SunIcon, SystemIcon } from '../icons';
import { IconButton } from './IconButton';

const ICONS: Readonly<Record<Theme, JSX.Element>> = {
  system: <SystemIcon />,
  light: <SunIcon />,
  dark: <MoonIcon />,
};

/** The button named "Theme": system → light → dark. */
export function ThemeButton(props: { theme: Theme; onChange(theme: Theme): void }): JSX.Element {
  const next = nextTheme(props.theme);
  return (
    <IconButton
      label="Theme"
      icon={ICONS[props.theme]}
      title={`Theme: ${THEME_LABELS[props.theme]} — click for ${THEME_LABELS[next]}`}
      onClick={() => props.onChange(next)}
    />
  );
}
