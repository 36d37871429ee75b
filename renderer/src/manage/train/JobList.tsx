import type { JSX } from 'react';
import type { TrainingJobInfo } from '@services/contract';
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
          <li key={job.jobId}>
            <button
              type="button"
              className="item"
              aria-current={job.jobId === props.selectedId ? 'true' : undefined}
              onClick={() => props.onSelect(job.jobId)}
            >
              <span className="item-row">
                <span className="item-name">{job.name}</span>
                <JobStateBadge job={job} />
              </span>
              <span className="item-meta">
                {last === null ? 'no epoch yet' : `epoch ${last.epoch} of ${job.epochs}`} ·{' '}
                {dateTimeText(job.startedAt)}
              </span>
              {isRunning(job.state) ? (
                <span className="mini-progress" aria-hidden="true">
                  <span style={{ width: `${jobProgress(job) * 100}%` }} />
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
