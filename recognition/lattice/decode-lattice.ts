/**
 * Reads a line from its lattice: chooses at once how the atoms group into symbols, what each
 * symbol is, and — through the grammar automaton — that the whole reads as a formula, a term, an
 * equation chain or a list. A path's score adds, per symbol, the classifier's log-probability of
 * the label (widened to look-alikes), the label's fit to the line's geometry, how likely the label
 * is in its grammatical role, and the geometric log-probability of the grouping. Nothing in a
 * symbol's score depends on another's label but through the automaton's state (and the letters
 * quantified so far), so keeping the best path per state is exact, but for one thing: a capital
 * whose role the next symbol decides (predicate, or term letter in `A+b`) is re-weighed then by
 * its own label. The beam only caps the number of states (deeply nested parentheses, late
 * strokes).
 */
import {
  estimateLineGeometry,
  scoreGlyph,
  type GlyphEvidence,
  type LineGeometry,
  type Scored,
} from '../formula/glyph-scoring.js';
import type { Line } from '../formula/ast.js';
import type { Role, RolePriors } from '../formula/role-priors.js';
import {
  advanceCategory,
  afterWholeFactor,
  canEnd,
  categorise,
  endKind,
  initialState,
  parseSymbols,
  type Category,
  type ParseResult,
  type ParserState,
} from '../formula/symbol-parser.js';
import type { Lattice, LatticeEdge } from './lattice.js';

export interface LatticeWeights {
  /** Of each edge's geometric grouping log-probability. */
  readonly layout: number;
  /** Added per symbol: balances the cost of every extra symbol's label against the groupings. */
  readonly symbolBonus: number;
  /** Of the role priors' relative log-probabilities. */
  readonly prior: number;
}

export const LATTICE_WEIGHTS: LatticeWeights = { layout: 1, symbolBonus: 1, prior: 1 };

export interface DecodeLatticeOptions {
  readonly beamWidth?: number;
  /** See DEFAULT_MAX_GRAMMAR_COST. */
  readonly maxGrammarCost?: number;
  /** See DEFAULT_MAX_REGROUP_COST. */
  readonly maxRegroupCost?: number;
  /** Role priors; none when absent. */
  readonly priors?: RolePriors | null;
  readonly weights?: Partial<LatticeWeights>;
}

export interface LatticeDecoding {
  /** The chosen edges, in reading order. */
  readonly edges: readonly number[];
  readonly labels: readonly string[];
  /** Probability of each chosen label (a look-alike's is derived from its partner's). */
  readonly scores: readonly number[];
  /** The chosen labels parsed as a line, or where they stop parsing. */
  readonly parse: ParseResult;
  /** The reading without the grammar: per position the best grouping and label. */
  readonly rawEdges: readonly number[];
  readonly rawLabels: readonly string[];
}

const DEFAULT_BEAM_WIDTH = 64;
/**
 * How much less likely (in nats, priors aside) than the reading without grammar the best
 * well-formed reading may be. Beyond it, the writing is more likely something the grammar does
 * not describe than a line the classifier misread, and forcing it into one would make it worse;
 * the raw reading is returned, with the place where it stops parsing.
 */
const DEFAULT_MAX_GRAMMAR_COST = 8;
/**
 * How much less likely than the reading without grammar a well-formed reading may be when it
 * also groups the atoms differently. Regrouping to make a line parse is a stronger claim than
 * relabelling: the classifier's confidence in a glyph it was never shown whole (half a symbol,
 * two symbols together) is the least reliable number it gives. Beyond this margin the grammar
 * may only relabel the symbols of the reading without grammar.
 */
const DEFAULT_MAX_REGROUP_COST = 3;

/**
 * Log prior of what a line is. Where it reads either way equally well (I(x) or l(x), the glyph
 * being 1-like), it is a formula; anything the classifier prefers, even slightly, stands: a line
 * of one letter carries no context to say whether it was a term or a formula.
 */
const KIND_PRIOR: Readonly<Record<Line['kind'], number>> = {
  formula: 0,
  term: -0.05,
  equations: -0.05,
  list: -0.05,
  formulaSet: -0.05,
  sequent: 0,
};

/** One edge's labels, scored, grouped by what the grammar sees of them. */
interface EdgeChoices {
  readonly byCategory: readonly (readonly [Category, readonly Scored[]])[];
  readonly best: Scored;
}

/** A path as a backwards-linked list, so extending it copies nothing. */
interface Hypothesis {
  readonly state: ParserState | null;
  /** Letters quantified so far, in order. */
  readonly bound: string;
  /** Positions after the current one that an earlier symbol already covers, ascending. */
  readonly taken: readonly number[];
  readonly score: number;
  /** The score without the role priors, to compare with the reading without grammar. */
  readonly plain: number;
  readonly edge: number;
  readonly choice: Scored | null;
  readonly previous: Hypothesis | null;
}

function roleOf(state: ParserState, category: Category): Role | null {
  if (category === 'binary') return 'connective';
  if (category === 'quantifier') return 'quantifier';
  const formulaStart = state.mode === 'formula' || state.mode === 'bound';
  const termStart = state.mode === 'term';
  // A letter here is one more factor of a product (`2x`, `ay`, `Sh`).
  const factor = afterWholeFactor(state);
  if (category === 'upper') return formulaStart ? 'predicate' : termStart || factor ? 'term' : null;
  if (category === 'lower' && state.mode === 'variable') return 'variable';
  if (category === 'lower' && factor) return 'term';
  if ((category === 'lower' || category === 'digit') && (formulaStart || termStart)) return 'term';
  return null;
}

/** The categories a term's glyph may take, capitals included (in a line of terms). */
const TERM_CATEGORIES: ReadonlySet<Category> = new Set(['lower', 'digit', 'upper']);

function choicesOf(edge: LatticeEdge, geometry: LineGeometry | null): EdgeChoices {
  const scored: Scored[] = edge.forced
    ? [{ label: edge.forced, probability: 1, score: 0 }]
    : scoreGlyph({ candidates: edge.candidates, box: edge.box }, geometry);
  const groups = new Map<Category, Scored[]>();
  for (const s of scored) {
    const category = categorise(s.label);
    if (category === 'unknown') continue;
    groups.set(category, [...(groups.get(category) ?? []), s]);
  }
  const best = scored[0] ?? { label: '', probability: 0, score: 0 };
  return { byCategory: [...groups], best };
}

interface SearchSetup {
  readonly lattice: Lattice;
  readonly choices: readonly EdgeChoices[];
  readonly weights: LatticeWeights;
  readonly priors: RolePriors | null;
  readonly beamWidth: number;
  /** Follow the grammar, or read each edge's best label whatever it makes. */
  readonly grammar: boolean;
}

const transitions = new Map<string, ParserState | null>();
function advanceCached(state: ParserState, category: Category): ParserState | null {
  const key = `${state.key}#${category}`;
  let next = transitions.get(key);
  if (next === undefined) {
    next = advanceCategory(state, category);
    if (transitions.size > 100_000) transitions.clear();
    transitions.set(key, next);
  }
  return next;
}

function search(setup: SearchSetup): Hypothesis | null {
  const { lattice, choices, weights, priors, beamWidth, grammar } = setup;
  const n = lattice.size;
  // Weighted log-priors by role, letters bound so far (terms only) and label.
  const logPriors = new Map<string, number>();
  const byStart: number[][] = Array.from({ length: n }, () => []);
  lattice.edges.forEach((e, k) => byStart[e.members[0]]?.push(k));
  const frontier: Map<string, Hypothesis>[] = Array.from({ length: n + 1 }, () => new Map());
  const start: Hypothesis = {
    state: grammar ? initialState() : null,
    bound: '',
    taken: [],
    score: 0,
    plain: 0,
    edge: -1,
    choice: null,
    previous: null,
  };
  frontier[0].set('', start);

  const offer = (pos: number, h: Hypothesis): void => {
    const key = `${h.taken.join(',')}|${h.state?.key ?? ''}|${h.bound}`;
    const known = frontier[pos].get(key);
    if (!known || h.score > known.score) frontier[pos].set(key, h);
  };

  for (let pos = 0; pos < n; pos++) {
    let beam = [...frontier[pos].values()];
    if (beam.length > beamWidth) beam = beam.sort((a, b) => b.score - a.score).slice(0, beamWidth);
    for (const hyp of beam) {
      for (const k of byStart[pos]) {
        const edge = lattice.edges[k];
        if (edge.members.some((m) => hyp.taken.includes(m))) continue;
        const covered = new Set([...hyp.taken, ...edge.members.filter((m) => m > pos)]);
        let next = pos + 1;
        while (covered.has(next)) covered.delete(next++);
        const taken = [...covered].sort((a, b) => a - b);
        const base = weights.layout * edge.layout + weights.symbolBonus;
        const extend = (
          state: ParserState | null,
          bound: string,
          choice: Scored,
          prior: number,
        ): void => {
          const plain = hyp.plain + base + choice.score;
          offer(next, {
            state,
            bound,
            taken,
            plain,
            score: hyp.score + base + choice.score + prior,
            edge: k,
            choice,
            previous: hyp,
          });
        };
        const { byCategory, best } = choices[k];
        if (!grammar || !hyp.state) {
          extend(null, hyp.bound, best, 0);
          continue;
        }
        // A prior settles which of this glyph's readings in one role it is (z or 2 as a term,
        // after ∀z): the best of them by score and prior costs nothing more than its score, the
        // others the prior's difference. It never weighs one role against another (s as a term,
        // S as a predicate), nor an unlikely reading against a likely one; the one exception is
        // a capital whose role only the next symbol decides (see `asTerm`). Keeping the best
        // path per state is then exact only up to that one symbol's re-weighing.
        const bound = [...hyp.bound];
        const logPrior = (role: Role, label: string) => {
          if (!priors) return 0;
          const key = `${role}|${role === 'term' ? hyp.bound : ''}|${label}`;
          let value = logPriors.get(key);
          if (value === undefined) {
            value = weights.prior * Math.log(priors.probability(role, label, bound));
            logPriors.set(key, value);
          }
          return value;
        };
        // The capital just read where a predicate may stand was weighed as one; if the next
        // symbol makes it a term letter (A+b, Sh), it is weighed as a term instead.
        const relativeAt = (
          k: number,
          role: Role,
          label: string,
          among: (c: Category) => boolean,
        ) => {
          let withP = -Infinity;
          let withoutP = -Infinity;
          for (const [category, labels] of choices[k].byCategory) {
            if (!among(category)) continue;
            for (const { label: l, score } of labels) {
              withP = Math.max(withP, score + logPrior(role, l));
              withoutP = Math.max(withoutP, score);
            }
          }
          return logPrior(role, label) - (withP - withoutP);
        };
        const asTerm = (state: ParserState): number => {
          if (!priors || hyp.state?.mode !== 'capital' || !state.capitals || !hyp.choice) return 0;
          const label = hyp.choice.label;
          return (
            relativeAt(hyp.edge, 'term', label, (c) => TERM_CATEGORIES.has(c)) -
            relativeAt(hyp.edge, 'predicate', label, (c) => c === 'upper')
          );
        };
        const withPrior = new Map<Role, number>();
        const without = new Map<Role, number>();
        if (priors)
          for (const [category, labels] of byCategory) {
            const role = roleOf(hyp.state, category);
            if (!role) continue;
            for (const { label, score } of labels) {
              const total = score + logPrior(role, label);
              if (total > (withPrior.get(role) ?? -Infinity)) withPrior.set(role, total);
              if (score > (without.get(role) ?? -Infinity)) without.set(role, score);
            }
          }
        for (const [category, labels] of byCategory) {
          const state = advanceCached(hyp.state, category);
          if (state === null) continue;
          const role = priors ? roleOf(hyp.state, category) : null;
          const resolved = asTerm(state);
          const priorOf = (label: string) =>
            resolved +
            (role ? logPrior(role, label) - (withPrior.get(role)! - without.get(role)!) : 0);
          if (role === 'variable') {
            for (const choice of labels)
              extend(
                state,
                hyp.bound.includes(choice.label) ? hyp.bound : hyp.bound + choice.label,
                choice,
                priorOf(choice.label),
              );
            continue;
          }
          let chosen = labels[0];
          let chosenPrior = priorOf(chosen.label);
          for (const choice of labels.slice(1)) {
            const prior = priorOf(choice.label);
            if (choice.score + prior > chosen.score + chosenPrior) {
              chosen = choice;
              chosenPrior = prior;
            }
          }
          extend(state, hyp.bound, chosen, chosenPrior);
        }
      }
    }
    frontier[pos].clear();
  }
  let winner: Hypothesis | null = null;
  let winnerScore = -Infinity;
  for (const hyp of frontier[n].values()) {
    if (grammar && (!hyp.state || !canEnd(hyp.state))) continue;
    const score = hyp.score + (hyp.state ? KIND_PRIOR[endKind(hyp.state)] : 0);
    if (score > winnerScore) {
      winner = hyp;
      winnerScore = score;
    }
  }
  return winner;
}

function pathOf(h: Hypothesis | null): { edges: number[]; choices: Scored[] } {
  const edges: number[] = [];
  const choices: Scored[] = [];
  for (let at = h; at?.choice; at = at.previous) {
    edges.push(at.edge);
    choices.push(at.choice);
  }
  return { edges: edges.reverse(), choices: choices.reverse() };
}

export function decodeLattice(lattice: Lattice, opts: DecodeLatticeOptions = {}): LatticeDecoding {
  const weights = { ...LATTICE_WEIGHTS, ...opts.weights };
  const setup = {
    lattice,
    weights,
    priors: opts.priors ?? null,
    beamWidth: Math.max(1, opts.beamWidth ?? DEFAULT_BEAM_WIDTH),
  };
  if (lattice.size === 0) {
    const parse = parseSymbols([]);
    return { edges: [], labels: [], scores: [], parse, rawEdges: [], rawLabels: [] };
  }
  // The line's geometry comes from a first reading without it and without the grammar.
  const plainChoices = lattice.edges.map((e) => choicesOf(e, null));
  const first = pathOf(search({ ...setup, choices: plainChoices, grammar: false }));
  const evidence: GlyphEvidence[] = first.edges.map((k, i) => {
    const e = lattice.edges[k];
    const label = e.forced ?? first.choices[i].label;
    const candidates = e.forced ? [{ label, probability: 1 }] : e.candidates;
    return { candidates, box: e.box };
  });
  const geometry = estimateLineGeometry(evidence);
  const choices = lattice.edges.map((e) => choicesOf(e, geometry));
  const raw = search({ ...setup, choices, grammar: false });
  const rawPath = pathOf(raw);
  const rawLabels = rawPath.choices.map((c) => c.label);
  const asRead = (path: { edges: number[]; choices: Scored[] }): LatticeDecoding => ({
    edges: path.edges,
    labels: path.choices.map((c) => c.label),
    scores: path.choices.map((c) => c.probability),
    parse: parseSymbols(path.choices.map((c) => c.label)),
    rawEdges: rawPath.edges,
    rawLabels,
  });
  if (!raw) return asRead(rawPath);
  const regroupMargin = opts.maxRegroupCost ?? DEFAULT_MAX_REGROUP_COST;
  const relabelMargin = opts.maxGrammarCost ?? DEFAULT_MAX_GRAMMAR_COST;
  const read = search({ ...setup, choices, grammar: true });
  if (read && read.plain >= raw.plain - Math.min(regroupMargin, relabelMargin)) {
    const decoding = asRead(pathOf(read));
    if (decoding.parse.ok) return decoding;
  }
  // The grammar on the grouping read without it: only the labels may change.
  const kept = new Set(rawPath.edges);
  const relabelled = search({
    ...setup,
    lattice: { size: lattice.size, edges: lattice.edges.map((e, k) => (kept.has(k) ? e : DEAD)) },
    choices,
    grammar: true,
  });
  if (relabelled && relabelled.plain >= raw.plain - relabelMargin) {
    const decoding = asRead(pathOf(relabelled));
    if (decoding.parse.ok) return decoding;
  }
  return asRead(rawPath);
}

/** An edge no path can take (it starts past every atom), keeping the others' indices. */
const DEAD: LatticeEdge = {
  members: [Number.MAX_SAFE_INTEGER],
  box: { x: 0, y: 0, width: 0, height: 0 },
  candidates: [],
  layout: -Infinity,
};
