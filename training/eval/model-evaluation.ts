/**
 * How a model did on held-out data: the shape saved beside it as `evaluation.json`
 * (`evaluation-file.ts`) and shown by the app (`ModelEvaluation` in the contract). Declared once
 * here, in a module with no imports, because the contract and so the page's type-check read it.
 */
export interface Mistake {
  readonly label: string;
  readonly predicted: string;
  readonly confidence: number;
  /** 784 bytes, ink = 255 on 0. */
  readonly glyph: Uint8Array;
}

export interface ModelEvaluation {
  readonly n: number;
  readonly accuracy: number;
  readonly mergedAccuracy: number;
  readonly classes: readonly string[];
  /** `confusion[t][p]`: samples of class t read as class p. */
  readonly confusion: readonly (readonly number[])[];
  readonly perClass: readonly {
    readonly label: string;
    readonly n: number;
    readonly accuracy: number;
  }[];
  /** The most confident mistakes first, up to `MAX_MISTAKES` (200). */
  readonly misclassified: readonly Mistake[];
}
