import { describe, expect, it } from 'vitest';
import { renderCounts } from '../cli/fit-priors.js';
import { readPriorCorpus } from './prior-corpus.js';
import { ROLE_COUNTS } from './role-prior-counts.js';
import { countRoles, ROLE_LABELS, RolePriors } from './role-priors.js';
import { parseUnicode } from './text-formats.js';

const formula = (text: string) => {
  const parsed = parseUnicode(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.formula;
};

describe('role priors', () => {
  it('counts predicates, quantified letters, bound and free terms and connectives', () => {
    const counts = countRoles([formula('∀x(F(x)→R(x,a))'), formula('∃y¬G(f(y),2)∨P')]);
    expect(counts.predicate).toEqual({ F: 1, R: 1, G: 1, P: 1 });
    expect(counts.variable).toEqual({ x: 1, y: 1 });
    expect(counts.boundTerms).toBe(3);
    expect(counts.freeTerm).toEqual({ a: 1, f: 1, '2': 1 });
    expect(counts.connective).toEqual({ rightarrow: 1, vee: 1 });
    expect(counts.quantifier).toEqual({ forall: 1, exists: 1 });
  });

  it('ships the counts of its corpus (npm run fit:priors writes them)', async () => {
    const corpus = await readPriorCorpus();
    expect(corpus.length).toBeGreaterThan(150);
    expect(ROLE_COUNTS).toEqual(countRoles(corpus));
    expect(renderCounts(ROLE_COUNTS)).toContain('boundTerms');
  });

  it('prefers a quantified letter as a term, and rules nothing out', () => {
    const priors = new RolePriors();
    expect(priors.probability('term', 'z', ['z'])).toBeGreaterThan(
      priors.probability('term', '2', ['z']),
    );
    expect(priors.probability('term', 'z', ['z'])).toBeGreaterThan(priors.probability('term', 'z'));
    expect(priors.probability('variable', 'x')).toBeGreaterThan(
      priors.probability('variable', 'q'),
    );
    const unseen = {
      predicate: 'Q',
      variable: 'q',
      term: '7',
      connective: 'Leftrightarrow',
      quantifier: 'exists',
    } as const;
    for (const [role, label] of Object.entries(unseen) as [keyof typeof unseen, string][])
      expect(priors.relativeLog(role, label)).toBeGreaterThan(-Infinity);
    expect(priors.relativeLog('variable', 'x')).toBe(0);
  });

  it('allows a capital as a term, less likely than a small letter or a digit', () => {
    const priors = new RolePriors();
    const capital = priors.probability('term', 'O');
    expect(capital).toBeGreaterThan(0);
    expect(capital).toBeLessThan(priors.probability('term', '0'));
    expect(capital).toBeLessThan(priors.probability('term', 'x'));
    const total = ROLE_LABELS.term.reduce((sum, l) => sum + priors.probability('term', l), 0);
    expect(total).toBeCloseTo(1, 6);
  });
});
