import type { JSX } from 'react';
import type { ExperimentInfo, TrainingJobInfo } from '@services/contract';
import { LineChart, type ChartSeries } from '../common/LineChart';
import { seriesColour } from '../common/series-colour';
import { StarIcon } from '../icons';
import { duration, percent } from '../lib/format';
import { bestValidationAccuracy, lastPoint, trainingSeconds } from '../lib/jobs';
import { runValueText, sweepLabel } from '../lib/sweep-values';
import { JobStateBadge } from '../train/JobList';

/** The run to recommend: best test accuracy, or best validation accuracy while none is tested. */
export function bestRun(jobs: readonly TrainingJobInfo[]): TrainingJobInfo | null {
  const score = (j: TrainingJobInfo) => j.testAccuracy ?? bestValidationAccuracy(j) ?? -1;
  let best: TrainingJobInfo | null = null;
  for (const job of jobs)
    if (score(job) >= 0 && (best === null || score(job) > score(best))) best = job;
  return best;
}

/**
 * Validation accuracy is what tells runs apart; a set too small to hold samples back has none,
 * and then training accuracy is the only curve there is.
 */
function measuredOn(experiment: ExperimentInfo): 'validation' | 'training' {
  const validated = experiment.jobs.some((j) =>
    j.history.some((p) => p.validationAccuracy !== null),
  );
  const trained = experiment.jobs.some((j) => j.history.length > 0);
  return validated || !trained ? 'validation' : 'training';
}

function chartSeries(experiment: ExperimentInfo, on: 'validation' | 'training'): ChartSeries[] {
  return experiment.jobs.map((job, i) => ({
    name: runValueText(experiment.parameter, job.request.settings),
    colour: i,
    points: job.history.flatMap((p) => {
      const value = on === 'validation' ? p.validationAccuracy : p.accuracy;
      return value === null ? [] : [[p.epoch, value] as const];
    }),
  }));
}

function chartTitle(on: 'validation' | 'training'): string {
  return on === 'validation'
    ? 'Validation accuracy per epoch'
    : 'Training accuracy per epoch (no samples were held back for validation)';
}

function summary(
  experiment: ExperimentInfo,
  best: TrainingJobInfo | null,
  on: 'validation' | 'training',
): string {
  const label = sweepLabel(experiment.parameter).toLowerCase();
  const what = on === 'validation' ? 'Validation' : 'Training';
  const head = `${what} accuracy per epoch for ${experiment.jobs.length} values of ${label}`;
  if (best === null) return `${head}; no results yet`;
  const score = best.testAccuracy ?? bestValidationAccuracy(best);
  return `${head}; best so far ${runValueText(experiment.parameter, best.request.settings)} with ${percent(score)}`;
}

/** The runs of one experiment side by side: a table and one chart, like the paper's study. */
export function ExperimentComparison(props: {
  experiment: ExperimentInfo;
  activeModelId: string | null;
  onUseModel(modelId: string): void;
}): JSX.Element {
  const { experiment } = props;
  const best = bestRun(experiment.jobs);
  const epochs = Math.max(1, ...experiment.jobs.map((j) => j.epochs));
  const on = measuredOn(experiment);
  return (
    <section className="experiment-detail" aria-labelledby="experiment-heading">
      <header className="detail-head">
        <div className="detail-title">
          <h2 id="experiment-heading">{experiment.name}</h2>
          <p className="detail-meta">
            {sweepLabel(experiment.parameter)} varied over {experiment.jobs.length} runs
          </p>
        </div>
      </header>
      <div className="table-scroll">
        <table className="data-table" aria-label={`Runs of ${experiment.name}`}>
          <thead>
            <tr>
              <th scope="col">{sweepLabel(experiment.parameter)}</th>
              <th scope="col">State</th>
              <th scope="col" className="num">
                Epochs
              </th>
              <th scope="col" className="num">
                Best validation accuracy
              </th>
              <th scope="col" className="num">
                Test accuracy
              </th>
              <th scope="col" className="num">
                Training time
              </th>
              <th scope="col">
                <span className="visually-hidden">Model</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {experiment.jobs.map((job, i) => {
              const isBest = best !== null && job.jobId === best.jobId;
              const { modelId } = job;
              return (
                <tr
                  key={job.jobId}
                  className={isBest ? 'is-best' : undefined}
                  data-testid="experiment-run"
                >
                  <th scope="row">
                    <span className="chart-swatch" style={seriesColour(i)} aria-hidden="true" />
                    {runValueText(experiment.parameter, job.request.settings)}
                    {isBest ? (
                      <span className="best-mark" title="Best so far">
                        <StarIcon />
                        <span className="visually-hidden"> (best)</span>
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <JobStateBadge job={job} />
                  </td>
                  <td className="num">
                    {lastPoint(job)?.epoch ?? 0} / {job.epochs}
                  </td>
                  <td className="num">{percent(bestValidationAccuracy(job))}</td>
                  <td className="num">{percent(job.testAccuracy)}</td>
                  <td className="num">{duration(trainingSeconds(job))}</td>
                  <td>
                    {modelId === null ? null : (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={modelId === props.activeModelId}
                        onClick={() => props.onUseModel(modelId)}
                      >
                        {modelId === props.activeModelId ? 'In use' : 'Use'}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LineChart
        title={chartTitle(on)}
        testId="experiment-chart"
        series={chartSeries(experiment, on)}
        xMax={epochs}
        xLabel="Epoch"
        yDomain={[0, 1]}
        formatY={(v) => percent(v, 0)}
        summary={summary(experiment, best, on)}
      />
    </section>
  );
}
