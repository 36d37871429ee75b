/**
 * The page as one prover problem, from the lines' Unicode exports (null: no well-formed reading).
 * Cheap enough for the UI thread: it only parses and prints.
 */
import type { Line } from '@recognition';
import {
  exportProblem,
  tptpAxiomFile,
  type ProblemExport,
  type ProblemFormat,
  type ProblemOptions,
} from '@recognition';
import { parseUnicodeLine } from '@recognition';

/** `problem.p` for TPTP, `problem.in` as the Prover9 manual names its input files. */
export const PROBLEM_FILE_NAMES: Readonly<Record<ProblemFormat, string>> = {
  tptp: 'problem.p',
  prover9: 'problem.in',
};

function lineOf(unicode: string | null): Line | null {
  if (unicode === null) return null;
  const parsed = parseUnicodeLine(unicode);
  return parsed.ok ? parsed.line : null;
}

/**
 * A TPTP file of the lines (their Unicode exports) as axioms: typed as one problem, with its
 * declarations, when a line does arithmetic. Lines without a reading are left out.
 */
export function tptpFile(
  unicodeLines: readonly string[],
  options: Omit<ProblemOptions, 'conclusion'>,
): string {
  return tptpAxiomFile(
    unicodeLines.map(lineOf).filter((l): l is Line => l !== null),
    options,
  );
}

export function pageProblem(
  format: ProblemFormat,
  unicodeLines: readonly (string | null)[],
  options: ProblemOptions,
): ProblemExport {
  return exportProblem(format, unicodeLines.map(lineOf), options);
}
