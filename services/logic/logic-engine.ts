/**
 * The real engine behind the port: the logic layer itself. The only file outside `logic/` that
 * imports its implementation, so the rest of the app stays testable with a fake.
 */
import * as logic from '../../logic/index.js';
import type { LogicEngine } from './logic-port.js';

export const LOGIC_ENGINE: LogicEngine = {
  variableReport: logic.variableReport,
  transform: logic.transform,
  clausalForm: logic.clausalForm,
  isPropositional: logic.isPropositional,
  truthTable: logic.truthTable,
  decide: logic.decide,
  equivalence: logic.equivalence,
  consequence: logic.consequence,
  searchCounterModel: logic.searchCounterModel,
  maxTruthTableAtoms: logic.MAX_TRUTH_TABLE_ATOMS,
  tooLargeAtoms: (error) => (error instanceof logic.TooLargeError ? error.atoms : null),
};
