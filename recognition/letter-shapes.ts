/**
 * How lowercase letters sit on a line of handwriting, the one list that the decoder's geometry
 * and the handwriting simulators share: small letters fill the x-height, descenders hang below
 * the baseline, tall ones reach the cap height. Capitals and digits are tall; i and j depend on
 * where their dot is.
 */
export const SMALL_LETTERS: ReadonlySet<string> = new Set('acemnorsuvwxz');
export const DESCENDING_LETTERS: ReadonlySet<string> = new Set('gpqy');
export const TALL_LOWER_LETTERS: ReadonlySet<string> = new Set('bdfhklt');
