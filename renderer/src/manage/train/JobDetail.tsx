import type { JSX } from 'react';
import type { TrainingJobInfo } from '@services/contract';
import { count, duration, percent } from '../lib/format';
import { bestValidationAccuracy, isRunning, jobProgress, lastPoint } from '../lib/jobs';
import { settingsSummary } from '../lib/run-summary';
import { JobStateBadge } from './JobList';
import { TrainingCharts } from './TrainingCharts';

function Metric(props: { label: string; value: string; testId?: string }): JSX.Element {
  return (
    <div className="metric">
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.value}</dd>
    </div>
  );
}

/** One run: its live figures and charts, Cancel while it runs, and its model once done. */
export function JobDetail(props: {
  job: TrainingJobInfo;
  activeModelId: string | null;
  onCancel(): void;
  onUseModel(modelId: string): void;
  onShowModel(modelId: string): void;
}): JSX.Element {
  const { job } = props;
  const last = lastPoint(job);
  const running = isRunning(job.state);
  const { modelId } = job;
  const active = modelId !== null && modelId === props.activeModelId;

  return (
    <section className="job-detail" aria-labelledby="job-heading">
      <header className="detail-head">
        <div className="detail-title">
          <h2 id="job-heading">
            {job.name} <JobStateBadge job={job} />
          </h2>
          <p className="detail-meta">{settingsSummary(job.request.settings)}</p>
        </div>
        <div className="detail-actions">
          {running ? (
            <button type="button" className="button button-danger" onClick={props.onCancel}>
              Cancel
            </button>
          ) : null}
          {modelId !== null && !running ? (
            <>
              <button type="button" className="button" onClick={() => props.onShowModel(modelId)}>
                Model details
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={active}
                onClick={() => props.onUseModel(modelId)}
              >
                {active ? 'In use' : 'Use this model'}
              </button>
            </>
          ) : null}
        </div>
      </header>
      {running ? (
        <div
          className="progress"
          role="progressbar"
          aria-label="Training progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(jobProgress(job) * 100)}
        >
          <span style={{ width: `${jobProgress(job) * 100}%` }} />
        </div>
      ) : null}
      {job.message === null ? null : (
        <p className={`job-message ${job.state === 'failed' ? 'is-bad' : ''}`}>{job.message}</p>
      )}
      <dl className="metrics">
        <Metric
          label="Epoch"
          value={last === null ? `0 of ${job.epochs}` : `${last.epoch} of ${job.epochs}`}
          testId="job-epoch"
        />
        <Metric
          label="Speed"
          value={last === null ? '—' : `${count(last.samplesPerSecond)} samples/s`}
        />
        <Metric label="Elapsed" value={duration(last?.elapsedSeconds)} />
        <Metric
          label="Time left"
          value={running && last !== null ? duration(last.etaSeconds) : '—'}
        />
        <Metric label="Best validation" value={percent(bestValidationAccuracy(job))} />
        <Metric
          label="Test accuracy"
          value={percent(job.testAccuracy)}
          testId="job-test-accuracy"
        />
      </dl>
      <TrainingCharts history={job.history} epochs={job.epochs} />
    </section>
  );
}
