/** Training jobs as the pages show them: merged from pushed events, summed up in words. */
import type { EpochPoint, JobState, TrainingJobInfo } from '@services/contract';

/** The list with `job` in place of its older copy, or added at the end when it is new. */
export function mergeJob(
  jobs: readonly TrainingJobInfo[],
  job: TrainingJobInfo,
): readonly TrainingJobInfo[] {
  const index = jobs.findIndex((j) => j.jobId === job.jobId);
  if (index < 0) return [...jobs, job];
  const next = [...jobs];
  next[index] = job;
  return next;
}

export const JOB_STATE_TEXT: Readonly<Record<JobState, string>> = {
  queued: 'Waiting',
  loading: 'Loading data',
  training: 'Training',
  evaluating: 'Testing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export function isRunning(state: JobState): boolean {
  return (
    state === 'queued' || state === 'loading' || state === 'training' || state === 'evaluating'
  );
}

export function jobTone(state: JobState): 'ok' | 'bad' | 'accent' | 'muted' {
  if (state === 'done') return 'ok';
  if (state === 'failed') return 'bad';
  if (state === 'cancelled') return 'muted';
  return 'accent';
}

export function lastPoint(job: TrainingJobInfo): EpochPoint | null {
  return job.history[job.history.length - 1] ?? null;
}

export function bestValidationAccuracy(job: TrainingJobInfo): number | null {
  let best: number | null = null;
  for (const point of job.history)
    if (point.validationAccuracy !== null && (best === null || point.validationAccuracy > best))
      best = point.validationAccuracy;
  return best;
}

/** Seconds spent training: the last epoch's clock, or start to finish when no epoch ran. */
export function trainingSeconds(job: TrainingJobInfo): number | null {
  const last = lastPoint(job);
  if (last !== null) return last.elapsedSeconds;
  if (job.startedAt === null || job.finishedAt === null) return null;
  const ms = Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

/** 0–1 through the planned epochs. */
export function jobProgress(job: TrainingJobInfo): number {
  if (job.state === 'done') return 1;
  const last = lastPoint(job);
  return last === null || job.epochs <= 0 ? 0 : Math.min(1, last.epoch / job.epochs);
}

/** Newest first: the list arrives in the order runs were queued. */
export function newestFirst(jobs: readonly TrainingJobInfo[]): TrainingJobInfo[] {
  return [...jobs].reverse();
}
