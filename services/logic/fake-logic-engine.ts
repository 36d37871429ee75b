/**
 * A small, honest stand-in for the logic layer in tests of the service and the panel:
 * propositional evaluation by brute force, NNF by De Morgan, and nothing cleverer. It computes
 * its answers (tests can fail), but it is no reference for the real layer's forms.
 */
import type {
  Assignment,
  Clause,
  ModelSearch,
  PropositionalAnswer,
  TruthTable,
  VariableReport,
} from '../../logic/api.js';
import { stripGroups, type Formula } from '../../recognition/formula/ast.js';
import { freeVariables } from '../../recognition/formula/free-variables.js';
import { toUnicode } from '../../recognition/formula/exports.js';
import type { LogicEngine } from './logic-port.js';

export class FakeTooLarge extends Error {
  constructor(readonly atoms: number) {
    super(`${atoms} atoms`);
  }
}

const atomText = (f: Formula): string => toUnicode(f);

function atomsOf(f: Formula, out: string[] = []): string[] {
  switch (f.kind) {
    case 'not':
    case 'group':
    case 'quantifier':
      return atomsOf(f.body, out);
    case 'binary':
      atomsOf(f.left, out);
      return atomsOf(f.right, out);
    case 'constant':
      return out;
    default: {
      const text = atomText(f);
      if (!out.includes(text)) out.push(text);
      return out;
    }
  }
}

function evaluate(f: Formula, values: Assignment): boolean {
  switch (f.kind) {
    case 'not':
      return !evaluate(f.body, values);
    case 'group':
    case 'quantifier':
      return evaluate(f.body, values);
    case 'constant':
      return f.value;
    case 'binary': {
      const [l, r] = [evaluate(f.left, values), evaluate(f.right, values)];
      if (f.op === 'and') return l && r;
      if (f.op === 'or') return l || r;
      if (f.op === 'implies') return !l || r;
      return l === r;
    }
    default:
      return values[atomText(f)] ?? false;
  }
}

function assignments(atoms: readonly string[]): Assignment[] {
  return Array.from({ length: 2 ** atoms.length }, (_, row) =>
    Object.fromEntries(atoms.map((a, k) => [a, ((row >> (atoms.length - 1 - k)) & 1) === 0])),
  );
}

const not = (body: Formula): Formula => ({ kind: 'not', body });
const bin = (op: 'and' | 'or', left: Formula, right: Formula): Formula => ({
  kind: 'binary',
  op,
  symbol: op === 'and' ? '∧' : '∨',
  left,
  right,
});

function nnf(f: Formula): Formula {
  const g = stripGroups(f);
  if (g.kind === 'binary') {
    if (g.op === 'implies') return bin('or', nnf(not(g.left)), nnf(g.right));
    if (g.op === 'iff')
      return nnf(bin('and', bin('or', not(g.left), g.right), bin('or', g.left, not(g.right))));
    return { ...g, left: nnf(g.left), right: nnf(g.right) };
  }
  if (g.kind === 'quantifier') return { ...g, body: nnf(g.body) };
  if (g.kind !== 'not') return g;
  const b = stripGroups(g.body);
  if (b.kind === 'not') return nnf(b.body);
  if (b.kind === 'constant') return { kind: 'constant', value: !b.value };
  if (b.kind === 'binary') {
    if (b.op === 'and') return bin('or', nnf(not(b.left)), nnf(not(b.right)));
    if (b.op === 'or') return bin('and', nnf(not(b.left)), nnf(not(b.right)));
    return nnf(not(nnf(b)));
  }
  return g;
}

function decide(f: Formula): PropositionalAnswer {
  const rows = assignments(atomsOf(f));
  const satisfying = rows.find((v) => evaluate(f, v)) ?? null;
  const falsifying = rows.find((v) => !evaluate(f, v)) ?? null;
  const verdict =
    falsifying === null ? 'tautology' : satisfying === null ? 'contradiction' : 'contingent';
  return { verdict, satisfying, falsifying };
}

const hasQuantifier = (f: Formula): boolean =>
  f.kind === 'quantifier' ||
  ((f.kind === 'not' || f.kind === 'group') && hasQuantifier(f.body)) ||
  (f.kind === 'binary' && (hasQuantifier(f.left) || hasQuantifier(f.right)));

const conjunction = (fs: readonly Formula[]): Formula =>
  fs.length === 0
    ? { kind: 'constant', value: true }
    : fs.reduce((left, right) => bin('and', left, right));

function quantifiersOf(f: Formula): VariableReport['scopes'] {
  switch (f.kind) {
    case 'quantifier':
      return [
        {
          quantifier: f.quantifier === 'forall' ? '∀' : '∃',
          variable: f.variable,
          scope: toUnicode(f.body),
        },
        ...quantifiersOf(f.body),
      ];
    case 'not':
    case 'group':
      return quantifiersOf(f.body);
    case 'binary':
      return [...quantifiersOf(f.left), ...quantifiersOf(f.right)];
    default:
      return [];
  }
}

export function fakeLogicEngine(maxTruthTableAtoms = 4): LogicEngine {
  return {
    variableReport: (f) => {
      const free = freeVariables(f);
      const scopes = quantifiersOf(f);
      const bound = [...new Set(scopes.map((s) => s.variable))];
      return { free, bound, sentence: free.length === 0, scopes };
    },
    transform: (f, t) => {
      if (t === 'nnf') return nnf(f);
      throw new Error(`the fake engine does no ${t}`);
    },
    clausalForm: (f): readonly Clause[] => [[{ negated: false, atom: stripGroups(f) }]],
    isPropositional: (f) => !hasQuantifier(f),
    truthTable: (f): TruthTable => {
      const atoms = atomsOf(f);
      if (atoms.length > maxTruthTableAtoms) throw new FakeTooLarge(atoms.length);
      return {
        atoms,
        rows: assignments(atoms).map((v) => ({
          values: atoms.map((a) => v[a]),
          result: evaluate(f, v),
        })),
      };
    },
    decide,
    equivalence: (a, b) => {
      const differ = decide({ kind: 'binary', op: 'iff', symbol: '↔', left: a, right: b });
      return { equivalent: differ.verdict === 'tautology', counter: differ.falsifying };
    },
    consequence: (premises, conclusion) => {
      if ([...premises, conclusion].some(hasQuantifier)) {
        return { method: 'model-search', search: { kind: 'none-found', maxDomainSize: 4 } };
      }
      const implication = decide({
        kind: 'binary',
        op: 'implies',
        symbol: '→',
        left: conjunction(premises),
        right: conclusion,
      });
      return {
        method: 'sat',
        follows: implication.verdict === 'tautology',
        counter: implication.falsifying,
      };
    },
    searchCounterModel: (_premises, _conclusion, maxDomainSize = 4): ModelSearch => ({
      kind: 'none-found',
      maxDomainSize,
    }),
    maxTruthTableAtoms,
    tooLargeAtoms: (error) => (error instanceof FakeTooLarge ? error.atoms : null),
  };
}
