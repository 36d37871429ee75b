import type { TrainConfig } from './config.js';

/** How many epochs without a better monitored loss before `plateau` halves the rate. */
const PLATEAU_PATIENCE = 2;
/** `plateau` never goes below this fraction of the initial rate. */
const PLATEAU_FLOOR = 1 / 64;

/** The learning rate for each epoch under the configured schedule. */
export class LearningRateSchedule {
  private current: number;
  private bestLoss = Number.POSITIVE_INFINITY;
  private sinceBest = 0;

  constructor(
    private readonly config: Pick<
      TrainConfig,
      'learningRate' | 'schedule' | 'epochs' | 'decayEvery' | 'decayFactor'
    >,
  ) {
    this.current = config.learningRate;
  }

  get rate(): number {
    return this.current;
  }

  /** Called after epoch `epoch` (1-based) with the monitored loss; sets the next epoch's rate. */
  endEpoch(epoch: number, loss: number): void {
    const { learningRate: lr0, schedule, epochs, decayEvery, decayFactor } = this.config;
    switch (schedule) {
      case 'constant':
        return;
      case 'cosine':
        this.current = lr0 * 0.5 * (1 + Math.cos((Math.PI * epoch) / epochs));
        return;
      case 'step':
        this.current = lr0 * decayFactor ** Math.floor(epoch / decayEvery);
        return;
      case 'plateau':
        if (loss < this.bestLoss * (1 - 1e-4)) {
          this.bestLoss = loss;
          this.sinceBest = 0;
        } else if (++this.sinceBest >= PLATEAU_PATIENCE) {
          this.current = Math.max(lr0 * PLATEAU_FLOOR, this.current * 0.5);
          this.sinceBest = 0;
        }
    }
  }
}
