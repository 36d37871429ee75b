/**
 * The logic layer's one entry file: what `api.ts` promises, and a few helpers the CLI and the
 * tests share. Everything is a pure function of the formula tree.
 */
export * from './api.js';
export { variableReport, boundVariables } from './variables.js';
export { transform } from './transform.js';
export { clausalForm, clauseVariables } from './clauses.js';
export { isPropositional } from './propositional.js';
export { truthTable, MAX_TRUTH_TABLE_ATOMS } from './truth-table.js';
export { decide, equivalence } from './decide.js';
export { consequence } from './consequence.js';
export { searchCounterModel, DEFAULT_MAX_DOMAIN_SIZE } from './model-search.js';
export { TooLargeError, NotPropositionalError, TooManyClausesError } from './errors.js';
export { sat, satisfies, type Cnf, type SatResult } from './sat.js';
export { literalFormula } from './normal-forms.js';
export { formulaText } from './text.js';
