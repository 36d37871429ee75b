import { lazy, Suspense, type JSX } from 'react';
import { LoadingNote } from '../components/feedback/LoadingNote';
import type { ManagePage } from './ManageView';

export type { ManagePage };

/**
 * The training pages (sets, runs, experiments, models, and their charts and stylesheet) are not
 * on the first screen: they are fetched the first time the user opens them.
 */
const ManageView = lazy(() =>
  import('./ManageView').then((module) => ({ default: module.ManageView })),
);

/** ManageView, loaded on first use; the same props. */
export function LazyManageView(props: {
  page: ManagePage;
  onPageChange(page: ManagePage): void;
}): JSX.Element {
  return (
    <Suspense fallback={<LoadingNote what="the training pages" />}>
      <ManageView page={props.page} onPageChange={props.onPageChange} />
    </Suspense>
  );
}
