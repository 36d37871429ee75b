import { lazy, Suspense, type JSX } from 'react';
import { LoadingNote } from '../feedback/LoadingNote';
import type { LogicPanelProps } from './LogicPanel';

/**
 * The Logic panel (its views, and the questions' texts) is not on the first screen: it is fetched
 * the first time the user opens it, as the training pages are.
 */
const LogicPanel = lazy(() =>
  import('./LogicPanel').then((module) => ({ default: module.LogicPanel })),
);

/** LogicPanel, loaded on first use; the same props. */
export function LazyLogicPanel(props: LogicPanelProps): JSX.Element {
  return (
    <Suspense fallback={<LoadingNote what="the Logic panel" />}>
      <LogicPanel {...props} />
    </Suspense>
  );
}
