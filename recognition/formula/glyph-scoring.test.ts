import { describe, expect, it } from 'vitest';
import { expandCandidates } from './glyph-scoring.js';

describe('expandCandidates', () => {
  it('weighs a square bracket below a round one the classifier finds nearly as likely', () => {
    const probs = expandCandidates([
      { label: 'lbrack', probability: 0.55 },
      { label: 'lparen', probability: 0.4 },
    ]);
    expect(probs.get('lparen')!).toBeGreaterThan(probs.get('lbrack')!);
  });

  it('keeps a square bracket the classifier is sure of', () => {
    const probs = expandCandidates([
      { label: 'rbrack', probability: 0.97 },
      { label: 'rparen', probability: 0.02 },
    ]);
    expect(probs.get('rbrack')!).toBeGreaterThan(probs.get('rparen')!);
  });
});
