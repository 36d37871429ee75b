/**
 * One printer for every text format; a `Notation` supplies the spellings and spacing.
 *
 * Parenthesisation, the same in every format:
 * - ¬ and quantifiers bind tightest; their operand is written bare when it is a predicate, ⊤/⊥,
 *   a negation or a quantifier (`¬P(x)`, `∀x∃yR(x,y)`) and parenthesised otherwise, including
 *   equations, because `¬x=y` and `∀x x=y` are easy to misread;
 * - a binary operand of a binary connective is parenthesised unless it is the left operand of
 *   the same associative connective (`P∧Q∧R` is `(P∧Q)∧R`). Mixed connectives are therefore
 *   always parenthesised, `(P∧Q)∨R` and `P→(Q→R)`: a reader need not recall the precedence
 *   table, and TPTP requires exactly this (its `=>`, `<=>` do not chain and `&`, `|` do not mix);
 * - Prover9 alone also parenthesises a quantified formula that has more text after it.
 */
import type { Formula, Term } from './ast.js';
import type { NameSpeller } from './names.js';
import { connectiveName, spell, type Column } from './spelling.js';

export interface Notation {
  readonly column: Column;
  /** Whether binary connectives and relations are surrounded by spaces. */
  readonly spaced: boolean;
  readonly argSeparator: string;
  /** The negation sign with any space that should follow it. */
  readonly negation: string;
  /** What precedes a quantifier's body, given the spelled quantifier and variable. */
  quantifierPrefix(quantifier: string, variable: string): string;
  /**
   * Prover9 lets a quantifier's scope run as far right as possible, so a quantified formula
   * with more of the formula after it must be parenthesised.
   */
  readonly wideQuantifierScope: boolean;
  names(f: Formula): NameSpeller;
}

interface Context {
  readonly notation: Notation;
  readonly names: NameSpeller;
}

export function printFormula(f: Formula, notation: Notation): string {
  return formula(f, { notation, names: notation.names(f) }, new Set(), false);
}

function infix(ctx: Context, symbolName: string): string {
  const symbol = spell(ctx.notation.column, symbolName);
  return ctx.notation.spaced ? ` ${symbol} ` : symbol;
}

/**
 * `followed` tells whether more of the same parenthesis level follows `f`: a quantifier whose
 * scope is wide must then be closed off by parentheses.
 */
function formula(f: Formula, ctx: Context, bound: ReadonlySet<string>, followed: boolean): string {
  switch (f.kind) {
    case 'predicate':
      return ctx.names.predicate(f.name) + argumentList(f.args, ctx, bound);
    case 'equals':
    case 'notEquals':
      return (
        term(f.left, ctx, bound) +
        infix(ctx, f.kind === 'equals' ? 'eq' : 'neq') +
        term(f.right, ctx, bound)
      );
    case 'not':
      return ctx.notation.negation + unaryOperand(f.body, ctx, bound, followed);
    case 'quantifier': {
      const prefix = ctx.notation.quantifierPrefix(
        spell(ctx.notation.column, f.quantifier),
        ctx.names.variable(f.variable),
      );
      return prefix + unaryOperand(f.body, ctx, new Set([...bound, f.variable]), followed);
    }
    case 'binary':
      return (
        binaryOperand(f, 'left', ctx, bound, true) +
        infix(ctx, connectiveName(f.op, f.symbol)) +
        binaryOperand(f, 'right', ctx, bound, followed)
      );
    case 'constant':
      return spell(ctx.notation.column, f.value ? 'top' : 'bot');
  }
}

function parenthesised(f: Formula, ctx: Context, bound: ReadonlySet<string>): string {
  return `(${formula(f, ctx, bound, false)})`;
}

function unaryOperand(
  body: Formula,
  ctx: Context,
  bound: ReadonlySet<string>,
  followed: boolean,
): string {
  // With wide scope `-all x P(x) & Q` would quantify over `& Q` as well.
  const openQuantifier = followed && ctx.notation.wideQuantifierScope;
  const bare =
    body.kind === 'predicate' ||
    body.kind === 'constant' ||
    body.kind === 'not' ||
    (body.kind === 'quantifier' && !openQuantifier);
  return bare ? formula(body, ctx, bound, followed) : parenthesised(body, ctx, bound);
}

function binaryOperand(
  parent: Extract<Formula, { kind: 'binary' }>,
  side: 'left' | 'right',
  ctx: Context,
  bound: ReadonlySet<string>,
  followed: boolean,
): string {
  const child = parent[side];
  const chainsLeft =
    child.kind === 'binary' &&
    side === 'left' &&
    child.op === parent.op &&
    (child.op === 'and' || child.op === 'or');
  const needsParens =
    (child.kind === 'binary' && !chainsLeft) ||
    (ctx.notation.wideQuantifierScope && followed && child.kind === 'quantifier');
  return needsParens ? parenthesised(child, ctx, bound) : formula(child, ctx, bound, followed);
}

function argumentList(args: readonly Term[], ctx: Context, bound: ReadonlySet<string>): string {
  if (args.length === 0) return '';
  return `(${args.map((a) => term(a, ctx, bound)).join(ctx.notation.argSeparator)})`;
}

function term(t: Term, ctx: Context, bound: ReadonlySet<string>): string {
  if (t.kind === 'symbol') return ctx.names.term(t.name, bound.has(t.name));
  return ctx.names.func(t.name) + argumentList(t.args, ctx, bound);
}
