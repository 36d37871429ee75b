/**
 * Training jobs in order of arrival, one running at a time (a run already uses both cores).
 * Every change of a job goes through `onChange`, which tells the page and saves the list.
 */
import type { TrainingJobInfo } from '../contract/training.js';
import { ServiceError } from '../service-error.js';
import type { RunHooks, RunningJob, RunOutcome } from './job-runner.js';

export type RunJob = (job: TrainingJobInfo, hooks: RunHooks) => RunningJob;

export class JobQueue {
  private readonly jobs: TrainingJobInfo[] = [];
  private running: { readonly jobId: string; readonly run: RunningJob } | null = null;
  private idle: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly runJob: RunJob,
    private readonly onChange: (job: TrainingJobInfo) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Puts jobs saved by an earlier session (all finished) before any new ones. */
  restore(saved: readonly TrainingJobInfo[]): void {
    this.jobs.unshift(...saved);
  }

  list(): readonly TrainingJobInfo[] {
    return [...this.jobs];
  }

  get(jobId: string): TrainingJobInfo | undefined {
    return this.jobs.find((j) => j.jobId === jobId);
  }

  enqueue(jobs: readonly TrainingJobInfo[]): void {
    if (this.disposed) throw new ServiceError('internal', 'the training service has stopped');
    for (const job of jobs) {
      this.jobs.push(job);
      this.onChange(job);
    }
    this.pump();
  }

  /** A queued job is taken out of the queue; a running one stops after the current batch. */
  cancel(jobId: string): TrainingJobInfo {
    const job = this.get(jobId);
    if (!job) throw new ServiceError('not-found', 'There is no such training run.');
    if (job.state === 'queued')
      return this.update(jobId, {
        state: 'cancelled',
        message: 'Cancelled before it started.',
        finishedAt: this.now().toISOString(),
      });
    if (this.running?.jobId === jobId) this.running.run.cancel();
    return job;
  }

  /** Resolves when no job is running or waiting (for tests and for closing the app). */
  async whenIdle(): Promise<void> {
    while (!this.disposed && (this.running || this.jobs.some((j) => j.state === 'queued')))
      await this.idle;
    await this.idle;
  }

  /** Ends a running job at once; it is recorded as interrupted. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const running = this.running;
    if (!running) return;
    await running.run.kill();
    await this.idle;
  }

  private update(jobId: string, patch: Partial<TrainingJobInfo>): TrainingJobInfo {
    const index = this.jobs.findIndex((j) => j.jobId === jobId);
    const job = { ...this.jobs[index], ...patch };
    this.jobs[index] = job;
    this.onChange(job);
    return job;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.jobs.find((j) => j.state === 'queued');
    if (!next) return;
    const { jobId } = next;
    this.update(jobId, { state: 'loading', startedAt: this.now().toISOString() });
    const run = this.runJob(this.get(jobId)!, {
      onState: (state) => this.update(jobId, { state }),
      onEpoch: (point) => {
        const job = this.get(jobId)!;
        this.update(jobId, { state: 'training', history: [...job.history, point] });
      },
    });
    this.running = { jobId, run };
    this.idle = run.outcome.then(
      (outcome) => this.finish(jobId, outcome),
      (error: unknown) =>
        this.finish(jobId, {
          state: 'failed',
          modelId: null,
          testAccuracy: null,
          message: `Something went wrong: ${(error as Error).message}`,
        }),
    );
  }

  private finish(jobId: string, outcome: RunOutcome): void {
    this.running = null;
    const interrupted = this.disposed && outcome.state !== 'done';
    this.update(jobId, {
      ...outcome,
      ...(interrupted
        ? { state: 'failed', message: 'Interrupted: the app was closed during this run.' }
        : {}),
      finishedAt: this.now().toISOString(),
    });
    this.pump();
  }
}
