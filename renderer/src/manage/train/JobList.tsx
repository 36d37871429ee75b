import type { JSX } from 'react';
import type { TrainingJobInfo } from '@services/contract';
import { ListItem } from '../common/ListItem';
import { dateTimeText } from '../lib/format';
import {
  isRunning,
  JOB_STATE_TEXT,
  jobProgress,
  jobTone,
  lastPoint,
  newestFirst,
} from '../lib/jobs';

export function JobStateBadge(props: { job: TrainingJobInfo }): JSX.Element {
  const { state } = props.job;
  return (
    <span className={`badge badge-${jobTone(state)}`} data-state={state}>
      {isRunning(state) && state !== 'queued' ? (
        <span className="badge-pulse" aria-hidden="true" />
      ) : null}
      {JOB_STATE_TEXT[state]}
    </span>
  );
}

/** Training runs, newest first, each with its state and how far it got. */
export function JobList(props: {
  jobs: readonly TrainingJobInfo[];
  selectedId: string | null;
  onSelect(jobId: string): void;
}): JSX.Element {
  if (props.jobs.length === 0)
    return <p className="pane-note">No training runs yet. Set one up and press Start training.</p>;
  return (
    <ul className="item-list job-list" aria-label="Training runs">
      {newestFirst(props.jobs).map((job) => {
        const last = lastPoint(job);
        return (
          <ListItem
            key={job.jobId}
            name={job.name}
            badges={<JobStateBadge job={job} />}
            meta={`${last === null ? 'no epoch yet' : `epoch ${last.epoch} of ${job.epochs}`} · ${dateTimeText(job.startedAt)}`}
            selected={job.jobId === props.selectedId}
            onSelect={() => props.onSelect(job.jobId)}
          >
            {isRunning(job.state) ? (
              <span className="mini-progress" aria-hidden="true">
                <span style={{ width: `${jobProgress(job) * 100}%` }} />
              </span>
            ) : null}
          </ListItem>
        );
      })}
    </ul>
  );
}
