/**
 * What the app asks of the logic layer, as a port: the functions `logic/index.ts` exports (see
 * `logic/api.ts`, the layer's contract), so that the service and the Logic panel can be built and
 * tested with a fake engine, and the real one plugged in by `logic-engine.ts`.
 */
import type {
  Clause,
  ConsequenceAnswer,
  EquivalenceAnswer,
  ModelSearch,
  PropositionalAnswer,
  Transformation,
  TruthTable,
  VariableReport,
} from '../../logic/api.js';
import type { Formula } from '../../recognition/formula/ast.js';

export interface LogicEngine {
  variableReport(f: Formula): VariableReport;
  transform(f: Formula, t: Exclude<Transformation, 'clauses'>): Formula;
  clausalForm(f: Formula): readonly Clause[];
  /** No quantifiers (atoms may have arguments). */
  isPropositional(f: Formula): boolean;
  /** Throws the layer's TooLargeError above `maxTruthTableAtoms` atoms (see `tooLargeAtoms`). */
  truthTable(f: Formula): TruthTable;
  /** SAT; any size. */
  decide(f: Formula): PropositionalAnswer;
  equivalence(a: Formula, b: Formula): EquivalenceAnswer;
  consequence(premises: readonly Formula[], conclusion: Formula): ConsequenceAnswer;
  searchCounterModel(
    premises: readonly Formula[],
    conclusion: Formula,
    maxDomainSize?: number,
  ): ModelSearch;
  /** MAX_TRUTH_TABLE_ATOMS. */
  readonly maxTruthTableAtoms: number;
  /** The atom count of a TooLargeError; null for any other error. */
  tooLargeAtoms(error: unknown): number | null;
}
