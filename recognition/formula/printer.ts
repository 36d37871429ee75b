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
 *
 * Terms follow the same rule: a `termGroup` is the bracket the writer wrote, and otherwise only
 * the brackets that precedence needs are added (− and + bind to the left, looser than a product,
 * which binds looser than unary minus's operand: `x−(y+1)`, `−(x+1)`, `2(x+1)`). TPTP writes
 * arithmetic as its prefix functions (`$sum`, `$difference`, `$uminus`, `$product`), which need
 * no brackets, and order relations as `$less`, `$lesseq` … predicates.
 */
import type { BinaryConnective, Comparison, Formula, Term } from './ast.js';
import type { NameSpeller } from './names.js';
import { connectiveName, spell, type Column, type NotationStyle } from './spelling.js';

export interface Notation {
  readonly column: Column;
  /** Whether binary connectives and relations are surrounded by spaces. */
  readonly spaced: boolean;
  readonly argSeparator: string;
  /** The negation sign (`neg`, or the textbook `sim`) with any space that should follow it. */
  negation(name: 'neg' | 'sim'): string;
  /** What precedes a quantifier's body, given the spelled quantifier and variable. */
  quantifierPrefix(quantifier: string, variable: string, dot: boolean): string;
  /**
   * Prover9 lets a quantifier's scope run as far right as possible, so a quantified formula
   * with more of the formula after it must be parenthesised.
   */
  readonly wideQuantifierScope: boolean;
  /** The names of `f`, or of a line of terms (`null`: no formula to look at). */
  names(f: Formula | null): NameSpeller;
  /**
   * `infix`: `x + 1`, `2x` (juxtaposed, when `product` is null); `prefix`: TPTP's `$sum(x,1)`.
   */
  readonly arithmetic: 'infix' | 'prefix';
  /** The infix product sign (` * `), or null to write factors side by side as people do. */
  readonly product: string | null;
  /** Whether a comparison is written as a predicate, `$less(x,y)`, `in(x,A)`. */
  prefixRelation(relation: Comparison): boolean;
  /** A set of terms, already printed. */
  set(items: readonly string[]): string;
  /** Whether the writer's brackets around a term are kept (not in prefix arithmetic). */
  readonly termGroups: boolean;
}

interface Context {
  readonly notation: Notation;
  readonly names: NameSpeller;
  readonly style: NotationStyle;
}

export function printFormula(
  f: Formula,
  notation: Notation,
  style: NotationStyle = 'as-written',
): string {
  return formula(f, { notation, names: notation.names(f), style }, new Set(), false);
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
    case 'comparison':
      if (ctx.notation.prefixRelation(f.relation))
        return spell(ctx.notation.column, f.relation) + argumentList([f.left, f.right], ctx, bound);
      return term(f.left, ctx, bound) + infix(ctx, f.relation) + term(f.right, ctx, bound);
    case 'not': {
      const sign = f.symbol === '∼' && ctx.style === 'as-written' ? 'sim' : 'neg';
      return ctx.notation.negation(sign) + unaryOperand(f.body, ctx, bound, followed);
    }
    case 'quantifier': {
      const prefix = ctx.notation.quantifierPrefix(
        spell(ctx.notation.column, f.quantifier),
        ctx.names.variable(f.variable),
        f.dot === true && ctx.style === 'as-written',
      );
      return prefix + unaryOperand(f.body, ctx, new Set([...bound, f.variable]), followed);
    }
    case 'binary':
      return (
        binaryOperand(f, 'left', ctx, bound, true) +
        infix(ctx, connectiveName(f.op, f.symbol, ctx.style)) +
        binaryOperand(f, 'right', ctx, bound, followed)
      );
    case 'constant':
      return spell(ctx.notation.column, f.value ? 'top' : 'bot');
    case 'group':
      return f.bracket === 'bracket'
        ? bracketed(formula(f.body, ctx, bound, false), ctx, 'bracket')
        : parenthesised(f.body, ctx, bound);
  }
}

function parenthesised(f: Formula, ctx: Context, bound: ReadonlySet<string>): string {
  return `(${formula(f, ctx, bound, false)})`;
}

/** Text in the writer's square brackets, as the format spells them (TPTP, Prover9: round). */
function bracketed(text: string, ctx: Context, bracket: 'paren' | 'bracket'): string {
  if (bracket === 'paren') return `(${text})`;
  return spell(ctx.notation.column, 'lbrack') + text + spell(ctx.notation.column, 'rbrack');
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
  return term(t, { notation, names: notation.names(null), style: 'as-written' }, bound);
}

function term(t: Term, ctx: Context, bound: ReadonlySet<string>): string {
  if (ctx.notation.arithmetic === 'prefix') return prefixTerm(t, ctx, bound);
  switch (t.kind) {
    case 'symbol':
      return ctx.names.term(t.name, bound.has(t.name));
    case 'apply':
      return ctx.names.func(t.name) + argumentList(t.args, ctx, bound);
    case 'arithmetic': {
      // Left-associative: only a right operand of the same level needs brackets.
      const right = term(t.right, ctx, bound);
      return (
        term(t.left, ctx, bound) +
        infix(ctx, t.op) +
        (t.right.kind === 'arithmetic' ? `(${right})` : right)
      );
    }
    case 'negative': {
      const body = term(t.body, ctx, bound);
      const sign = spell(ctx.notation.column, 'minus');
      // Prover9's `-` is also negation: its operand is always bracketed, `-(x)`.
      if (ctx.notation.column === 'prover9') return `${sign}(${body})`;
      return sign + (t.body.kind === 'arithmetic' ? `(${body})` : body);
    }
    case 'product': {
      const factors = t.factors.map((f) => {
        const text = term(f, ctx, bound);
        const loose = f.kind === 'arithmetic' || f.kind === 'negative' || f.kind === 'product';
        return loose ? `(${text})` : text;
      });
      return factors.join(ctx.notation.product ?? '');
    }
    case 'termGroup':
      return bracketed(term(t.body, ctx, bound), ctx, t.bracket);
    case 'set':
      return ctx.notation.set(t.items.map((i) => term(i, ctx, bound)));
  }
}

/** TPTP: every operation a function, `$sum($product(2,X),1)`; the writer's brackets go. */
function prefixTerm(t: Term, ctx: Context, bound: ReadonlySet<string>): string {
  const apply = (name: string, args: readonly Term[]) =>
    `${name}(${args.map((a) => prefixTerm(a, ctx, bound)).join(ctx.notation.argSeparator)})`;
  switch (t.kind) {
    case 'symbol':
      return ctx.names.term(t.name, bound.has(t.name));
    case 'apply':
      return apply(ctx.names.func(t.name), t.args);
    case 'arithmetic':
      return apply(spell(ctx.notation.column, t.op), [t.left, t.right]);
    case 'negative':
      return apply(UMINUS, [t.body]);
    case 'product':
      return t.factors
        .map((f) => prefixTerm(f, ctx, bound))
        .reduce((left, right) => `${PRODUCT}(${left}${ctx.notation.argSeparator}${right})`);
    case 'termGroup':
      return prefixTerm(t.body, ctx, bound);
    case 'set':
      return ctx.notation.set(t.items.map((i) => prefixTerm(i, ctx, bound)));
  }
}

/** TPTP's unary minus and product (the symbol table spells − as the binary `$difference`). */
export const UMINUS = '$uminus';
export const PRODUCT = '$product';
