/**
 * How the names of predicates, functions and term symbols are written in a text format and read
 * back. Most formats keep the AST's names as written; TPTP needs its own case conventions.
 */

/** Turns AST names into a format's spelling. */
export interface NameSpeller {
  predicate(name: string): string;
  func(name: string): string;
  /** `bound` is whether an enclosing quantifier binds the symbol at this occurrence. */
  term(name: string, bound: boolean): string;
  variable(name: string): string;
}

/** Turns a format's words back into AST names; null when the word cannot play that role. */
export interface NameReader {
  predicate(word: string): string | null;
  func(word: string): string | null;
  term(word: string): string | null;
  variable(word: string): string | null;
}

const identity = (name: string): string => name;

export const AS_WRITTEN_SPELLER: NameSpeller = {
  predicate: identity,
  func: identity,
  term: identity,
  variable: identity,
};

const matching =
  (pattern: RegExp) =>
  (word: string): string | null =>
    pattern.test(word) ? word : null;

export const AS_WRITTEN_READER: NameReader = {
  predicate: matching(/^[A-Z]$/),
  func: matching(/^[a-z]$/),
  // A capital is a term in a line of terms (`A+b=2`); where a predicate may stand, the parser
  // reads it as one unless a term's operator follows.
  term: matching(/^(?:[A-Za-z]|[0-9]+(?:\.[0-9]+)?)$/),
  variable: matching(/^[a-z]$/),
};
