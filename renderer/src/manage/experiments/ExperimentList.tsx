import type { JSX } from 'react';
import type { ExperimentInfo } from '@services/contract';
import { ListItem } from '../common/ListItem';
import { dateTimeText } from '../lib/format';
import { isRunning } from '../lib/jobs';
import { sweepLabel } from '../lib/sweep-values';

/** Experiments, newest first, with how many of their runs have finished. */
export function ExperimentList(props: {
  experiments: readonly ExperimentInfo[];
  selectedId: string | null;
  onSelect(id: string): void;
}): JSX.Element {
  if (props.experiments.length === 0) return <p className="pane-note">No experiments yet.</p>;
  return (
    <ul className="item-list" aria-label="Experiments">
      {[...props.experiments].reverse().map((experiment) => {
        const finished = experiment.jobs.filter((j) => !isRunning(j.state)).length;
        return (
          <ListItem
            key={experiment.experimentId}
            name={experiment.name}
            meta={`${sweepLabel(experiment.parameter)} · ${finished} of ${experiment.jobs.length} runs finished · ${dateTimeText(experiment.createdAt)}`}
            selected={experiment.experimentId === props.selectedId}
            onSelect={() => props.onSelect(experiment.experimentId)}
          />
        );
      })}
    </ul>
  );
}
