import type { JSX } from 'react';
import type { TrainingSetInfo } from '@services/contract';
import { ClassBalanceChart } from '../common/ClassBalanceChart';
import { EmptyState } from '../common/EmptyState';
import { balanceSummary, classCounts } from '../lib/class-balance';
import { count } from '../lib/format';
import { symbolChar } from '../lib/symbol-list';

/** The set at a glance: samples per class, and where it is thin. */
export function SetOverview(props: {
  set: TrainingSetInfo;
  onCapture(): void;
  onImport(): void;
}): JSX.Element {
  const counts = classCounts(props.set.perClass);
  const summary = balanceSummary(counts);
  if (counts.length === 0)
    return (
      <EmptyState
        title="This set has no samples yet"
        actions={
          <>
            <button type="button" className="button button-primary" onClick={props.onCapture}>
              Capture samples
            </button>
            <button type="button" className="button" onClick={props.onImport}>
              Import a zip
            </button>
          </>
        }
      >
        Write each symbol a few times in Capture, import an ImageFolder zip, or scan a sheet of
        handwriting. Twenty samples of each symbol you want the app to learn is a good start.
      </EmptyState>
    );
  return (
    <section className="card" aria-labelledby="balance-heading">
      <div className="card-head">
        <h3 id="balance-heading">Class balance</h3>
        <p className="card-meta">
          {count(summary.total)} samples in {count(summary.classes)} classes
          {summary.smallest !== null && summary.largest !== null
            ? ` · fewest ${symbolChar(summary.smallest.label)} (${count(summary.smallest.count)}), most ${symbolChar(summary.largest.label)} (${count(summary.largest.count)})`
            : ''}
        </p>
      </div>
      <ClassBalanceChart counts={counts} />
      <p className="card-note">
        Classes with far fewer samples than the rest are learnt less well; capture more of them or
        leave them to the built-in data.
      </p>
    </section>
  );
}
