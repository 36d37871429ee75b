/** The errors the logic layer throws at its callers, each with a message a user can act on. */

/** A propositional question asked of a formula with quantifiers. */
export class NotPropositionalError extends Error {
  constructor(what: string) {
    super(
      `${what} needs a formula without quantifiers (∀, ∃); this one has them — a counter-model search can look at it instead`,
    );
    this.name = 'NotPropositionalError';
  }
}

/** A truth table too big to print; the SAT check answers the same question at any size. */
export class TooLargeError extends Error {
  constructor(
    readonly atoms: number,
    limit: number,
  ) {
    super(
      `the formula has ${atoms} atoms, so its truth table would have ${(2 ** atoms).toLocaleString('en-US')} rows, more than the ${limit}-atom limit; the satisfiability check (SAT) answers whether it is a tautology, a contradiction or contingent at any size`,
    );
    this.name = 'TooLargeError';
  }
}

/** A CNF or DNF whose distribution would blow up (each ↔ or mixed ∧/∨ can double it). */
export class TooManyClausesError extends Error {
  constructor(
    readonly form: string,
    readonly limit: number,
  ) {
    super(
      `the ${form} would have more than ${limit.toLocaleString('en-US')} clauses; the satisfiability check (SAT) does not need it and answers at any size`,
    );
    this.name = 'TooManyClausesError';
  }
}
