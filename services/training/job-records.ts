/**
 * Training jobs as saved in `<userData>/training-jobs.json`, so the list survives a restart.
 * A damaged file or record is dropped, never fatal; runs that were going on when the app
 * stopped come back as failed, because their worker died with it.
 */
import type { EpochPoint, JobState, TrainingJobInfo } from '../contract/training.js';
import { startTrainingRequest } from '../validate-training.js';
import { array, finite, id, object, oneOf, string } from '../validate-primitives.js';

const FORMAT = 'inkform-training-jobs';
const VERSION = 1;
/** Old finished runs beyond this are forgotten (their models stay). */
export const MAX_KEPT_JOBS = 500;

const STATES: readonly JobState[] = [
  'queued',
  'loading',
  'training',
  'evaluating',
  'done',
  'failed',
  'cancelled',
];
export const ACTIVE_STATES: readonly JobState[] = ['loading', 'training', 'evaluating'];
export const isFinished = (state: JobState) =>
  state === 'done' || state === 'failed' || state === 'cancelled';

const nullable = <T>(value: unknown, read: (v: unknown) => T): T | null =>
  value === null || value === undefined ? null : read(value);

function epochPoint(value: unknown, what: string): EpochPoint {
  const p = object(value, what);
  const num = (key: keyof EpochPoint) => finite(p[key], `${what}.${key}`);
  const optional = (key: 'validationLoss' | 'validationAccuracy') =>
    nullable(p[key], (v) => finite(v, `${what}.${key}`));
  return {
    epoch: num('epoch'),
    loss: num('loss'),
    accuracy: num('accuracy'),
    validationLoss: optional('validationLoss'),
    validationAccuracy: optional('validationAccuracy'),
    learningRate: num('learningRate'),
    samplesPerSecond: num('samplesPerSecond'),
    elapsedSeconds: num('elapsedSeconds'),
    etaSeconds: num('etaSeconds'),
  };
}

export function parseJob(value: unknown): TrainingJobInfo {
  const j = object(value, 'job');
  const text = (v: unknown, what: string) => string(v, what, 10_000);
  return {
    jobId: id(j.jobId, 'jobId'),
    name: text(j.name, 'name'),
    experimentId: nullable(j.experimentId, (v) => id(v, 'experimentId')),
    request: startTrainingRequest(j.request),
    state: oneOf(j.state, STATES, 'state'),
    epochs: finite(j.epochs, 'epochs'),
    history: array(j.history, 'history', 100_000).map((p, i) => epochPoint(p, `history[${i}]`)),
    modelId: nullable(j.modelId, (v) => id(v, 'modelId')),
    testAccuracy: nullable(j.testAccuracy, (v) => finite(v, 'testAccuracy')),
    message: nullable(j.message, (v) => text(v, 'message')),
    startedAt: nullable(j.startedAt, (v) => text(v, 'startedAt')),
    finishedAt: nullable(j.finishedAt, (v) => text(v, 'finishedAt')),
  };
}

/** The jobs in a saved file; runs that were active (or waiting) when the app stopped end here. */
export function parseJobsFile(
  json: unknown,
  now: Date,
  warn: (message: string) => void,
): TrainingJobInfo[] {
  const file = object(json, 'training jobs file');
  if (file.format !== FORMAT) throw new Error(`not a ${FORMAT} file`);
  const jobs: TrainingJobInfo[] = [];
  for (const raw of array(file.jobs, 'jobs', 100_000)) {
    try {
      jobs.push(interrupted(parseJob(raw), now));
    } catch (error) {
      warn(`dropping an unreadable training job record: ${(error as Error).message}`);
    }
  }
  return jobs;
}

function interrupted(job: TrainingJobInfo, now: Date): TrainingJobInfo {
  const finishedAt = now.toISOString();
  if (ACTIVE_STATES.includes(job.state))
    return {
      ...job,
      state: 'failed',
      message: 'Interrupted: the app was closed during this run.',
      finishedAt,
    };
  // Starting heavy work unasked when the app opens would surprise; the user can start it again.
  if (job.state === 'queued')
    return {
      ...job,
      state: 'cancelled',
      message: 'Not run: the app was closed before this run started.',
      finishedAt,
    };
  return job;
}

/** The file's text: the newest jobs, at most `MAX_KEPT_JOBS` finished ones. */
export function serialiseJobs(jobs: readonly TrainingJobInfo[]): string {
  let finished = jobs.filter((j) => isFinished(j.state)).length;
  const kept = jobs.filter((j) => {
    if (!isFinished(j.state) || finished <= MAX_KEPT_JOBS) return true;
    finished--;
    return false;
  });
  return `${JSON.stringify({ format: FORMAT, version: VERSION, jobs: kept })}\n`;
}
