/**
 * What the role priors count in a corpus of formulas. Its own module, so that the generated
 * counts (role-prior-counts.ts) and the priors that read them do not import each other.
 */
export interface RoleCounts {
  readonly predicate: Readonly<Record<string, number>>;
  readonly variable: Readonly<Record<string, number>>;
  /** Terms that are not a bound variable, by their letter or their first digit. */
  readonly freeTerm: Readonly<Record<string, number>>;
  /** Terms that are a variable bound by an enclosing quantifier. */
  readonly boundTerms: number;
  readonly connective: Readonly<Record<string, number>>;
  readonly quantifier: Readonly<Record<string, number>>;
}
