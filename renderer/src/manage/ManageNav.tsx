import type { JSX, ReactNode } from 'react';
import { ExperimentIcon, ModelIcon, SetsIcon, TrainIcon } from './icons';
import type { ManagePage } from './manage-pages';

const PAGES: readonly { id: ManagePage; label: string; icon: ReactNode; hint: string }[] = [
  { id: 'sets', label: 'Training sets', icon: <SetsIcon />, hint: 'Your handwriting samples' },
  { id: 'train', label: 'Train', icon: <TrainIcon />, hint: 'Teach a new model' },
  { id: 'experiments', label: 'Experiments', icon: <ExperimentIcon />, hint: 'Compare settings' },
  { id: 'models', label: 'Models', icon: <ModelIcon />, hint: 'Choose the one to use' },
];

/** The training area's own navigation, down the left side. */
export function ManageNav(props: {
  page: ManagePage;
  onPage(page: ManagePage): void;
  running: number;
}): JSX.Element {
  return (
    <nav className="manage-nav" aria-label="Training">
      <ul>
        {PAGES.map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="manage-nav-item"
              aria-current={page.id === props.page ? 'page' : undefined}
              onClick={() => props.onPage(page.id)}
            >
              {page.icon}
              <span className="manage-nav-text collapsible-text">
                <span className="manage-nav-label">{page.label}</span>
                <span className="manage-nav-hint" aria-hidden="true">
                  {page.hint}
                </span>
              </span>
              {page.id === 'train' && props.running > 0 ? (
                // Out of the button's name, so it stays "Train" for assistive technology and tests.
                <span
                  className="badge badge-accent"
                  aria-hidden="true"
                  title={`${props.running} running`}
                >
                  {props.running}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
