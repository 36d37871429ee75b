/**
 * One printer for every text format; a `Notation` supplies the spellings and spacing.
 *
 * Parentheses: a `group` node is printed as the pair of parentheses it stands for, and nothing
 * else gets any unless the tree would otherwise read back differently under the formats' common
 * precedence (tightest first: ¬ and quantifiers, ∧, ∨, → / ⇒, ↔ / ⇔; ∧ ∨ chain to the left,
 * → ↔ to the right). A tree parsed from writing therefore prints back exactly as written, and
 * the standard, clearer form is a tree transformation (`withStandardParentheses` in `ast.ts`),
 * not a printer of its own. Prover9 alone also parenthesises a quantified formula that has more
 * text after it, since its quantifiers reach as far right as they can.
 */
import type { BinaryConnective, Formula, Term } from './ast.js';
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
  /** The names of `f`, or of a line of terms (`null`: no formula to look at). */
  names(f: Formula | null): NameSpeller;
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
    case 'group':
      return parenthesised(f.body, ctx, bound);
    case 'comparison':
      throw new Error(`the printer does not write ${f.relation} yet`);
  }
}

function parenthesised(f: Formula, ctx: Context, bound: ReadonlySet<string>): string {
  return `(${formula(f, ctx, bound, false)})`;
}

/** With wide scope, `-all x P(x) & Q` would quantify over `& Q` as well. */
const opensScope = (f: Formula, ctx: Context, followed: boolean): boolean =>
  followed && ctx.notation.wideQuantifierScope && f.kind === 'quantifier';

function unaryOperand(
  body: Formula,
  ctx: Context,
  bound: ReadonlySet<string>,
  followed: boolean,
): string {
  const needsParens = body.kind === 'binary' || opensScope(body, ctx, followed);
  return needsParens ? parenthesised(body, ctx, bound) : formula(body, ctx, bound, followed);
}

const PRECEDENCE: Readonly<Record<BinaryConnective, number>> = {
  and: 4,
  or: 3,
  implies: 2,
  iff: 1,
};
const RIGHT_ASSOCIATIVE: ReadonlySet<BinaryConnective> = new Set(['implies', 'iff']);

function binaryOperand(
  parent: Extract<Formula, { kind: 'binary' }>,
  side: 'left' | 'right',
  ctx: Context,
  bound: ReadonlySet<string>,
  followed: boolean,
): string {
  const child = parent[side];
  let needsParens = opensScope(child, ctx, followed);
  if (child.kind === 'binary') {
    const outer = PRECEDENCE[parent.op];
    const inner = PRECEDENCE[child.op];
    const associatesHere = RIGHT_ASSOCIATIVE.has(parent.op) === (side === 'right');
    needsParens = inner < outer || (inner === outer && !associatesHere);
  }
  return needsParens ? parenthesised(child, ctx, bound) : formula(child, ctx, bound, followed);
}

function argumentList(args: readonly Term[], ctx: Context, bound: ReadonlySet<string>): string {
  if (args.length === 0) return '';
  return `(${args.map((a) => term(a, ctx, bound)).join(ctx.notation.argSeparator)})`;
}

export function printTerm(
  t: Term,
  notation: Notation,
  bound: ReadonlySet<string> = new Set(),
): string {
  return term(t, { notation, names: notation.names(null) }, bound);
}

function term(t: Term, ctx: Context, bound: ReadonlySet<string>): string {
  if (t.kind === 'symbol') return ctx.names.term(t.name, bound.has(t.name));
  if (t.kind !== 'apply') throw new Error(`the printer does not write a ${t.kind} term yet`);
  return ctx.names.func(t.name) + argumentList(t.args, ctx, bound);
}
