import { Icon } from '../components/icons';

/** The Training pages' own icons, drawn on the workspace's grid with its `Icon`. */
export const SetsIcon = () => (
  <Icon>
    <rect x="3" y="3" width="6" height="6" rx="1.5" />
    <rect x="11" y="3" width="6" height="6" rx="1.5" />
    <rect x="3" y="11" width="6" height="6" rx="1.5" />
    <rect x="11" y="11" width="6" height="6" rx="1.5" />
  </Icon>
);

export const TrainIcon = () => (
  <Icon>
    <path d="M3 16l4-5 3 3 7-9" />
    <path d="M13 5h4v4" />
  </Icon>
);

export const ExperimentIcon = () => (
  <Icon>
    <path d="M8 3v5l-4.5 7.5A1 1 0 004.4 17h11.2a1 1 0 00.9-1.5L12 8V3" />
    <path d="M7 3h6M6 12h8" />
  </Icon>
);

export const ModelIcon = () => (
  <Icon>
    <circle cx="4.5" cy="6" r="1.5" />
    <circle cx="4.5" cy="14" r="1.5" />
    <circle cx="10" cy="10" r="1.5" />
    <circle cx="15.5" cy="6" r="1.5" />
    <circle cx="15.5" cy="14" r="1.5" />
    <path d="M6 6.6l2.6 2.6M6 13.4l2.6-2.6M11.4 9.2L14 6.6M11.4 10.8l2.6 2.6" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M10 4.5v11M4.5 10h11" />
  </Icon>
);

export const UploadIcon = () => (
  <Icon>
    <path d="M10 13V4M6.5 7.5L10 4l3.5 3.5" />
    <path d="M4 13v2.5h12V13" />
  </Icon>
);

export const DownloadIcon = () => (
  <Icon>
    <path d="M10 4v9M6.5 9.5L10 13l3.5-3.5" />
    <path d="M4 13v2.5h12V13" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon>
    <path d="M4.5 10.5l3.5 3.5 7.5-8" />
  </Icon>
);

export const StarIcon = () => (
  <Icon size={14}>
    <path d="M10 3l2.1 4.4 4.8.6-3.5 3.3.9 4.7L10 13.7 5.7 16l.9-4.7L3.1 8l4.8-.6z" />
  </Icon>
);
