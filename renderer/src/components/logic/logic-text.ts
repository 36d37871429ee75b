/** The Logic panel's words, declared once. */
import type { ModelSearch, Transformation, Verdict } from '@services/logic';
import type { ProblemFormat } from '@recognition';
import { assignmentText, type LineProblem, type LogicResponse } from '@services/logic';

export const TRANSFORMATION_LABELS: Readonly<Record<Transformation, string>> = {
  nnf: 'Negation normal form',
  pnf: 'Prenex normal form',
  skolem: 'Skolem form',
  cnf: 'Conjunctive normal form',
  dnf: 'Disjunctive normal form',
  clauses: 'Clauses',
};

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  tautology: 'Tautology — true under every assignment',
  contradiction: 'Contradiction — false under every assignment',
  contingent: 'Contingent — true under some assignments, false under others',
};

export const PROBLEM_LABELS: Readonly<Record<ProblemFormat, string>> = {
  tptp: 'TPTP problem',
  prover9: 'Prover9 file',
};

/** "Not well-formed at character 3: expected a formula" — where, in plain words. */
export function problemText(line: string, problem: LineProblem): string {
  if (problem.kind === 'not-a-formula')
    return `${capital(line)} is ${problem.what}, not a formula.`;
  return `${capital(line)} is not well-formed at character ${problem.offset + 1}: ${problem.message}.`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A bounded search's outcome; `refuted` says what a counter-model shows. */
export function searchText(search: ModelSearch, refuted: string): string {
  switch (search.kind) {
    case 'counter-model':
      return `Counter-model with ${search.domainSize} element${search.domainSize === 1 ? '' : 's'}: ${search.description}. So ${refuted}.`;
    case 'none-found':
      return `No counter-model with up to ${search.maxDomainSize} elements — a bounded search, not a proof.`;
    case 'too-large':
      return `Too large to search for a counter-model: ${search.reason}.`;
  }
}

/** The answer to "Check equivalence", "Check consequence" or the SAT check, in one sentence. */
export function questionText(response: LogicResponse): string {
  switch (response.kind) {
    case 'equivalence':
      return response.answer.equivalent
        ? 'Equivalent: the two lines agree under every assignment.'
        : `Not equivalent: they differ when ${assignmentText(response.answer.counter ?? {})}.`;
    case 'consequence': {
      const { answer } = response;
      const from = `${response.premises} premise${response.premises === 1 ? '' : 's'}`;
      const skipped =
        response.skipped === 0
          ? ''
          : ` (${response.skipped} line${response.skipped === 1 ? '' : 's'} that are no formula left out)`;
      if (answer.method === 'sat') {
        return answer.follows
          ? `Follows from the ${from}${skipped} — proved by SAT.`
          : `Does not follow from the ${from}${skipped}: all premises true and the conclusion false when ${assignmentText(answer.counter ?? {})}.`;
      }
      return `From the ${from}${skipped}: ${searchText(answer.search, 'the conclusion does not follow')}`;
    }
    case 'decision':
      return verdictText(
        response.answer.verdict,
        response.answer.falsifying,
        response.answer.satisfying,
      );
    case 'problem':
      return problemText(response.line, response.problem);
    case 'error':
      return `The logic layer failed: ${response.message}`;
    case 'analysis':
      return '';
  }
}

/** The verdict with an assignment that shows it is not the other verdict. */
export function verdictText(
  verdict: Verdict,
  falsifying: Readonly<Record<string, boolean>> | null,
  satisfying: Readonly<Record<string, boolean>> | null,
): string {
  const label = VERDICT_LABELS[verdict];
  if (verdict === 'contingent' && falsifying !== null) {
    return `${label}. False when ${assignmentText(falsifying)}${satisfying === null ? '' : `; true when ${assignmentText(satisfying)}`}.`;
  }
  return `${label}.`;
}
