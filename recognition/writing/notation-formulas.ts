import type { FormulaSource } from './realistic-set.js';

/**
 * The notations the realistic benchmark writes formulas in, each measured on its own row: the
 * standard one, a logic textbook's (`∼ ⊃ ≡ ·`, `∀x.φ`, square brackets) and formulas about
 * numbers (`∀x(x<x+1)`), as the paper's app reads them.
 */
export const NOTATIONS = ['standard', 'textbook', 'arithmetic'] as const;
export type Notation = (typeof NOTATIONS)[number];

/** What a textbook writes for each standard connective. */
const TEXTBOOK: Readonly<Record<string, string>> = {
  neg: 'sim',
  rightarrow: 'supset',
  Rightarrow: 'supset',
  leftrightarrow: 'equiv',
  Leftrightarrow: 'equiv',
  wedge: 'cdot',
};

/** Chance that a quantifier's variable is followed by a dot, and that a group is in [ ]. */
const DOT_CHANCE = 0.5;
const BRACKET_CHANCE = 0.4;

const QUANTIFIERS = new Set(['forall', 'exists']);
const isTermLetter = (label: string) => /^[A-Za-z0-9]$/.test(label);

/**
 * Whether the `(` at `i` opens a group rather than an argument list: it does not follow a name,
 * or the name it follows is a quantifier's variable (`∀x(`).
 */
function opensGroup(labels: readonly string[], i: number): boolean {
  const before = labels[i - 1];
  return before === undefined || !isTermLetter(before) || QUANTIFIERS.has(labels[i - 2] ?? '');
}

function closingParenthesis(labels: readonly string[], open: number): number {
  let depth = 0;
  for (let k = open; k < labels.length; k++) {
    if (labels[k] === 'lparen') depth++;
    else if (labels[k] === 'rparen' && --depth === 0) return k;
  }
  return -1;
}

/** A standard formula's labels as a textbook writes it. */
export function inTextbookNotation(labels: readonly string[], rng: () => number): string[] {
  const out = labels.map((l) => TEXTBOOK[l] ?? l);
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 'lparen' || !opensGroup(labels, i) || rng() >= BRACKET_CHANCE) continue;
    const close = closingParenthesis(out, i);
    if (close < 0) continue;
    out[i] = 'lbrack';
    out[close] = 'rbrack';
  }
  const dotted: string[] = [];
  out.forEach((label, i) => {
    dotted.push(label);
    if (QUANTIFIERS.has(out[i - 1] ?? '') && rng() < DOT_CHANCE) dotted.push('dot');
  });
  return dotted;
}

/** Formulas of a source rewritten in textbook notation. */
export function textbookFormulas(source: FormulaSource): FormulaSource {
  return (rng) => inTextbookNotation(source(rng), rng);
}

const pick = <T>(rng: () => number, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)];

const VARIABLES = ['x', 'y', 'z', 'n'];
const RELATIONS = ['lt', 'gt', 'leq', 'geq', 'eq', 'neq'];
const CONNECTIVES = ['wedge', 'vee', 'rightarrow'];

function numeral(rng: () => number): string[] {
  const first = String(1 + Math.floor(rng() * 9));
  return rng() < 0.3 ? [first, String(Math.floor(rng() * 10))] : [first];
}

/** A term of at most `depth` operators: a variable, a numeral, a sum or a difference. */
function arithmeticTerm(rng: () => number, depth: number, variables: readonly string[]): string[] {
  const r = rng();
  if (depth === 0 || r < 0.35) return [pick(rng, variables)];
  if (r < 0.5) return rng() < 0.2 ? ['minus', ...numeral(rng)] : numeral(rng);
  const left = arithmeticTerm(rng, depth - 1, variables);
  const right = arithmeticTerm(rng, depth - 1, variables);
  const op = rng() < 0.6 ? 'plus' : 'minus';
  // A bracketed right operand, as in x−(y+1), now and then.
  const bracketed = right.length > 1 && rng() < 0.3;
  return [...left, op, ...(bracketed ? ['lparen', ...right, 'rparen'] : right)];
}

function comparison(rng: () => number, variables: readonly string[]): string[] {
  return [
    ...arithmeticTerm(rng, 2, variables),
    pick(rng, RELATIONS),
    ...arithmeticTerm(rng, 2, variables),
  ];
}

/**
 * Formulas about numbers: comparisons of sums and differences, joined by a connective or
 * negated, under up to two quantifiers: `∀x(x<x+1)`, `∃y(y+2≤x−1∧y>0)`.
 */
export function arithmeticFormulas(maxSymbols = 24): FormulaSource {
  return (rng) => {
    for (;;) {
      const quantified = VARIABLES.slice(0, Math.floor(rng() * 3));
      const variables = quantified.length ? quantified : VARIABLES.slice(0, 2);
      const r = rng();
      const body =
        r < 0.55
          ? comparison(rng, variables)
          : r < 0.8
            ? [...comparison(rng, variables), pick(rng, CONNECTIVES), ...comparison(rng, variables)]
            : ['neg', 'lparen', ...comparison(rng, variables), 'rparen'];
      const labels = quantified.reduceRight<string[]>(
        (inner, v) => [rng() < 0.6 ? 'forall' : 'exists', v, 'lparen', ...inner, 'rparen'],
        body,
      );
      if (labels.length <= maxSymbols) return labels;
    }
  };
}
