/**
 * The entry file keeps the contract of `api.ts`: the assignment below stops compiling if a
 * signature drifts, and the test that each is there.
 */
import { describe, expect, it } from 'vitest';
import type { LogicFunctions } from './api.js';
import * as logic from './index.js';

interface Contract extends LogicFunctions {
  MAX_TRUTH_TABLE_ATOMS: number;
}
const contract: Contract = logic;

describe('logic/index.ts', () => {
  it('exports every function of the contract', () => {
    for (const [name, value] of Object.entries(contract))
      expect(typeof value, name).not.toBe('undefined');
    expect(new logic.TooLargeError(13, 12).atoms).toBe(13);
    expect(new logic.TooLargeError(13, 12)).toBeInstanceOf(Error);
    expect(new logic.NotPropositionalError('x')).toBeInstanceOf(Error);
    expect(logic.TRANSFORMATIONS).toEqual(['nnf', 'pnf', 'skolem', 'cnf', 'dnf', 'clauses']);
  });
});
