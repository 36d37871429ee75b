import type { JSX, ReactNode } from 'react';

export interface IconButtonProps {
  /** The accessible name; also the tooltip, with the shortcut. */
  readonly label: string;
  readonly shortcut?: string;
  readonly icon: ReactNode;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  /** For toggles (tools): whether this one is on. */
  readonly pressed?: boolean;
  readonly children?: ReactNode;
  readonly className?: string;
  /** Tooltip in place of the label and shortcut. */
  readonly title?: string;
}

export function IconButton(props: IconButtonProps): JSX.Element {
  const title =
    props.title ??
    (props.shortcut === undefined ? props.label : `${props.label} (${props.shortcut})`);
  return (
    <button
      type="button"
      className={`icon-button ${props.className ?? ''}`}
      aria-label={props.label}
      aria-pressed={props.pressed}
      title={title}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.icon}
      {props.children}
    </button>
  );
}
