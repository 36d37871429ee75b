/**
 * What the recognition half (`app.ts`) and the training half (`training.ts`) of the contract
 * both speak of: the models and training sets the user has. Its own file so that neither half
 * imports the other's.
 */
export interface ModelInfo {
  /** `default` for the shipped model; otherwise the folder name under the user's models. */
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
  readonly algorithm: string;
  readonly classes: number;
  /** How many symbols of the symbol table it can read: a model knows only what it learnt. */
  readonly symbols: number;
  readonly createdAt: string;
  /** Test accuracy and look-alike-merged accuracy from the card, when it has them (0–1). */
  readonly accuracy: number | null;
  readonly mergedAccuracy: number | null;
  /** How many held-out samples `accuracy` was measured on, when the card says. */
  readonly testSamples: number | null;
}

export interface TrainingSetInfo {
  readonly id: string;
  readonly name: string;
  readonly samples: number;
  readonly perClass: Readonly<Record<string, number>>;
  readonly createdAt: string;
}
