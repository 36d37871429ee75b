import type { JSX, ReactNode } from 'react';

/** Line icons on a 20-unit grid, drawn in the text colour so they follow the theme. */
export function Icon(props: { children: ReactNode; size?: number }): JSX.Element {
  const size = props.size ?? 18;
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {props.children}
    </svg>
  );
}

export const PenIcon = () => (
  <Icon>
    <path d="M13.5 3.5l3 3L7 16H4v-3z" />
    <path d="M11.5 5.5l3 3" />
  </Icon>
);

export const EraserIcon = () => (
  <Icon>
    <path d="M8 16.5h8.5" />
    <path d="M3.8 11.7l7.5-7.5a1.5 1.5 0 012.1 0l2.9 2.9a1.5 1.5 0 010 2.1l-6.7 6.8H7.5l-3.7-3.7a1.1 1.1 0 010-.6z" />
    <path d="M8 7.5l5 5" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7.5 5L4 8.5 7.5 12" />
    <path d="M4 8.5h8a4 4 0 010 8H9" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M12.5 5L16 8.5 12.5 12" />
    <path d="M16 8.5H8a4 4 0 000 8h3" />
  </Icon>
);

export const TrashIcon = () => (
  <Icon>
    <path d="M4 6h12" />
    <path d="M8 6V4.5h4V6" />
    <path d="M5.5 6l.8 10h7.4l.8-10" />
  </Icon>
);

export const ZoomInIcon = () => (
  <Icon>
    <path d="M10 5v10M5 10h10" />
  </Icon>
);

export const ZoomOutIcon = () => (
  <Icon>
    <path d="M5 10h10" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="2" />
    <circle cx="7.5" cy="8" r="1.3" />
    <path d="M3.5 14l4-4 3 3 2-2 4 4" />
  </Icon>
);

export const DrawIcon = () => (
  <Icon>
    <path d="M3 14c2-4 4-8 5.5-8S9 12 11 12s2.5-5 4-5 1.5 3 2 4" />
  </Icon>
);

export const TrainIcon = () => (
  <Icon>
    <circle cx="5" cy="6" r="1.6" />
    <circle cx="5" cy="14" r="1.6" />
    <circle cx="15" cy="10" r="1.6" />
    <path d="M6.5 6.6l7 2.8M6.5 13.4l7-2.8" />
  </Icon>
);

export const SunIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="3.2" />
    <path d="M10 2.5v1.8M10 15.7v1.8M2.5 10h1.8M15.7 10h1.8M4.7 4.7l1.3 1.3M14 14l1.3 1.3M4.7 15.3L6 14M14 6l1.3-1.3" />
  </Icon>
);

export const MoonIcon = () => (
  <Icon>
    <path d="M15.5 12.5A6.5 6.5 0 017.5 4.5a6.5 6.5 0 108 8z" />
  </Icon>
);

export const SystemIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="9.5" rx="1.5" />
    <path d="M7.5 16.5h5M10 13.5v3" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon size={16}>
    <rect x="7" y="7" width="9.5" height="9.5" rx="1.5" />
    <path d="M13 7V5a1.5 1.5 0 00-1.5-1.5h-6A1.5 1.5 0 004 5v6.5A1.5 1.5 0 005.5 13H7" />
  </Icon>
);

export const SaveIcon = () => (
  <Icon size={16}>
    <path d="M10 3.5v9M6.5 9l3.5 3.5L13.5 9" />
    <path d="M4 14v1.5A1.5 1.5 0 005.5 17h9a1.5 1.5 0 001.5-1.5V14" />
  </Icon>
);

export const StackIcon = () => (
  <Icon size={16}>
    <path d="M10 3l7 3.5-7 3.5-7-3.5z" />
    <path d="M3 10l7 3.5 7-3.5" />
    <path d="M3 13.5L10 17l7-3.5" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon size={16}>
    <path d="M5 5l10 10M15 5L5 15" />
  </Icon>
);

export const AlertIcon = () => (
  <Icon>
    <path d="M10 3l7.5 13.5h-15z" />
    <path d="M10 8v3.5M10 14h.01" />
  </Icon>
);

export const SparkIcon = () => (
  <Icon size={16}>
    <path d="M10 3v3M10 14v3M3 10h3M14 10h3M5.5 5.5l2 2M12.5 12.5l2 2M5.5 14.5l2-2M12.5 7.5l2-2" />
  </Icon>
);

/** The app's mark: a quantifier drawn as a pen stroke. */
export const LogoMark = () => (
  <svg
    className="logo-mark"
    width="22"
    height="22"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
  >
    <rect x="1" y="1" width="22" height="22" rx="6" fill="var(--accent)" />
    <path
      d="M7 6.5l5 11 5-11M9 11.5h6"
      fill="none"
      stroke="var(--accent-contrast)"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
