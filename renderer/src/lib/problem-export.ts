/**
 * The page as one prover problem, from the lines' Unicode exports (null: no well-formed reading).
 * Cheap enough for the UI thread: it only parses and prints.
 */
import type { Line } from '@recognition';
import {
  exportProblem,
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

export function pageProblem(
  format: ProblemFormat,
  unicodeLines: readonly (string | null)[],
  options: ProblemOptions,
): ProblemExport {
  return exportProblem(format, unicodeLines.map(lineOf), options);
}
