/**
 * The figures of one finished epoch: what the trainer reports (`EpochProgress`) and what the app
 * contract shows the page of a run's history (`EpochPoint` there). Declared once here, in a
 * module with no imports, because the contract and so the page's type-check read it.
 */
export interface EpochPoint {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly validationLoss: number | null;
  readonly validationAccuracy: number | null;
  readonly learningRate: number;
  readonly samplesPerSecond: number;
  readonly elapsedSeconds: number;
  /** Upper bound: early stopping may end the run sooner. */
  readonly etaSeconds: number;
}
