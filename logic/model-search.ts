/**
 * A bounded search for a counter-model: an interpretation over {1, …, n}, n = 1 up to a bound,
 * that makes every premise true and the conclusion false. Each size is grounded into
 * propositional logic and handed to the SAT solver. Finding one proves the conclusion does not
 * follow; finding none proves nothing (a counter-model may need a bigger or infinite domain).
 * Free u–z letters are read as universally quantified, as the exports read them.
 */
import { stripGroups, type Formula } from '../recognition/formula/ast.js';
import { universalClosure } from '../recognition/formula/free-variables.js';
import type { ModelSearch } from './api.js';
import { Grounding, GroundingTooLarge } from './ground.js';
import { all, negation } from './prop.js';
import { solve } from './sat.js';
import { TseitinEncoder } from './tseitin.js';

export const DEFAULT_MAX_DOMAIN_SIZE = 4;
/** Ground sub-formulas allowed per domain size; beyond it the search says it is too large. */
export const MAX_GROUND_NODES = 200_000;
/** Conflicts the solver may spend on one domain size before the search gives up. */
export const MAX_CONFLICTS = 200_000;

const listed = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The model a SAT solution stands for, in words. */
function describe(grounding: Grounding, values: readonly boolean[]): string {
  const truth = (text: string): boolean => {
    const i = grounding.atoms.names.indexOf(text);
    return i >= 0 && values[i];
  };
  const elements = Array.from({ length: grounding.size }, (_, i) => String(i + 1));
  const parts = [`Domain {${elements.join(', ')}}.`];
  const foreign: string[] = [];
  for (const [fn, info] of grounding.functions) {
    if (info.interpretedElsewhere) foreign.push(info.name);
    const entries = grounding.tuples(info.arity).map((args) => {
      const value =
        elements.find((v) => truth(grounding.valueText(fn, info, args, Number(v)))) ?? '?';
      return info.arity === 0
        ? `${info.name} = ${value}`
        : `${info.name}(${args.join(',')}) = ${value}`;
    });
    parts.push(`${entries.join(', ')}.`);
  }
  for (const info of grounding.predicates.values()) {
    if (info.interpretedElsewhere) foreign.push(info.name);
    if (info.arity === 0) {
      parts.push(`${info.name} is ${truth(info.name) ? 'true' : 'false'}.`);
      continue;
    }
    const holds = grounding
      .tuples(info.arity)
      .filter((args) => truth(`${info.name}(${args.join(',')})`))
      .map((args) => (args.length === 1 ? String(args[0]) : `(${args.join(',')})`));
    parts.push(`${info.name} holds of ${holds.length === 0 ? 'nothing' : listed(holds)}.`);
  }
  if (foreign.length > 0)
    parts.push(
      `(${listed([...new Set(foreign)])} are read as plain symbols here, not with their usual meaning.)`,
    );
  return parts.join(' ');
}

/** What the sizes below `size` showed, for a search that stopped there. */
const searchedBelow = (size: number): string =>
  size === 1 ? 'nothing was searched' : `no counter-model with up to ${size - 1} elements`;

export function searchCounterModel(
  premises: readonly Formula[],
  conclusion: Formula,
  maxDomainSize = DEFAULT_MAX_DOMAIN_SIZE,
): ModelSearch {
  const closed = (f: Formula): Formula => universalClosure(stripGroups(f));
  for (let size = 1; size <= maxDomainSize; size++) {
    const grounding = new Grounding(size, MAX_GROUND_NODES);
    let encoder: TseitinEncoder;
    try {
      const question = all([
        ...premises.map((f) => grounding.formula(closed(f), new Map())),
        negation(grounding.formula(closed(conclusion), new Map())),
      ]);
      const totality = grounding.functionTotality();
      encoder = new TseitinEncoder(grounding.atoms.names.length);
      encoder.assert(question);
      encoder.assert(totality);
    } catch (error) {
      if (!(error instanceof GroundingTooLarge)) throw error;
      return {
        kind: 'too-large',
        reason: `over ${size} elements the formulas ground to more than ${MAX_GROUND_NODES.toLocaleString('en-US')} parts, too many to search (${searchedBelow(size)})`,
      };
    }
    const result = solve(encoder.cnf, MAX_CONFLICTS);
    if (result.satisfiable === 'gave-up') {
      return {
        kind: 'too-large',
        reason: `over ${size} elements the solver gave up after ${MAX_CONFLICTS.toLocaleString('en-US')} conflicts (${searchedBelow(size)})`,
      };
    }
    if (result.satisfiable === true)
      return {
        kind: 'counter-model',
        domainSize: size,
        description: describe(grounding, result.model.slice(1)),
      };
  }
  return { kind: 'none-found', maxDomainSize };
}
