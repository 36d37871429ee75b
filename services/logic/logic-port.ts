/**
 * What the app asks of the logic layer, as a port: the functions `logic/index.ts` exports (see
 * `logic/api.ts`, the layer's contract), so that the service and the Logic panel can be built and
 * tested with a fake engine, and the real one plugged in by `logic-engine.ts`.
 */
import type { LogicFunctions } from '../../logic/api.js';

export interface LogicEngine extends LogicFunctions {
  /** MAX_TRUTH_TABLE_ATOMS. */
  readonly maxTruthTableAtoms: number;
  /** The atom count of a TooLargeError; null for any other error. */
  tooLargeAtoms(error: unknown): number | null;
}
