/**
 * How lowercase letters sit on a line of handwriting, the one list that the decoder's geometry
 * and the handwriting simulators share: small letters fill the x-height, descenders hang below
 * the baseline, tall ones reach the cap height. Capitals and digits are tall; i and j depend on
 * where their dot is.
 */
export const SMALL_LETTERS: ReadonlySet<string> = new Set('acemnorsuvwxz');
export const DESCENDING_LETTERS: ReadonlySet<string> = new Set('gpqy');
export const TALL_LOWER_LETTERS: ReadonlySet<string> = new Set('bdhklt');
/**
 * Printed f stands on the baseline, but written f spans it: in the CROHME train split it is a
 * median 1.8 cap heights tall and hangs 0.55 below the baseline (quartiles 0.1 and 0.75).
 */
export const SPANNING_LETTERS: ReadonlySet<string> = new Set('f');
export const SPANNING_HEIGHT = 1.8;
export const SPANNING_DROP = 0.55;
