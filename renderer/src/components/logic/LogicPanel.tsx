import { useEffect, useState, type JSX } from 'react';
import { PROBLEM_FORMATS, type ProblemFormat } from '@recognition';
import type { LineAnalysis } from '@services/logic';
import { useLogicTask, type LogicTaskState } from '../../hooks/use-logic-task';
import { useLogicRunner } from '../../logic-worker/logic-context';
import { CopyIcon, SaveIcon } from '../icons';
import { PROBLEM_LABELS, problemText, questionText, searchText, verdictText } from './logic-text';
import { TransformationList } from './TransformationList';
import { TruthTableView } from './TruthTableView';

/** A line of the page as the panel offers it for comparing and as a premise. */
export interface PageLine {
  readonly index: number;
  readonly text: string;
}

export interface LogicPanelProps {
  /** The selected line's text, as the Text view shows it (it may not be well-formed). */
  readonly text: string;
  readonly selected: number;
  /** Every line of the page, the selected one included. */
  readonly lines: readonly PageLine[];
  onCopy(text: string, what: string): void;
  onProblem(format: ProblemFormat, action: 'copy' | 'save'): void;
}

/**
 * What logic says about the selected line: its free variables, normal forms, truth table and
 * verdict, its equivalence with another line and whether it follows from the rest of the page.
 * All of it is worked out by the logic runner (a worker in the app), and can be cancelled.
 */
export function LogicPanel(props: LogicPanelProps): JSX.Element {
  const runner = useLogicRunner();
  const analysis = useLogicTask(runner);
  const question = useLogicTask(runner);
  const { text } = props;
  const others = props.lines.filter((l) => l.index !== props.selected && l.text.trim() !== '');
  const [otherChoice, setOther] = useState<number | null>(null);
  const other = others.find((l) => l.index === otherChoice) ?? others[0] ?? null;

  const { run: analyse, reset: resetAnalysis } = analysis;
  const { reset: resetQuestion } = question;
  useEffect(() => {
    resetQuestion();
    if (text.trim() === '') resetAnalysis();
    else analyse({ kind: 'analyse', text });
  }, [text, analyse, resetAnalysis, resetQuestion]);

  const running = analysis.state.status === 'running' || question.state.status === 'running';
  const cancel = () => {
    analysis.cancel();
    question.cancel();
  };

  return (
    <div className="logic-panel" data-testid="logic-panel">
      {text.trim() === '' ? <p className="hint">Write or type a formula to analyse it.</p> : null}
      {running ? (
        <p className="logic-status" role="status">
          Working it out…
          <button type="button" className="button button-small" onClick={cancel}>
            Cancel
          </button>
        </p>
      ) : null}
      <AnalysisView
        state={analysis.state}
        onCopy={props.onCopy}
        onSat={() => question.run({ kind: 'decide', text })}
      />
      <div className="logic-questions">
        <label className="export-option">
          Compare with
          <select
            className="select"
            value={other?.index ?? ''}
            disabled={other === null}
            onChange={(event) => setOther(Number(event.target.value))}
            data-testid="logic-other-line"
          >
            {others.map((l) => (
              <option key={l.index} value={l.index}>
                {`Line ${l.index + 1}: ${l.text}`}
              </option>
            ))}
          </select>
        </label>
        <div className="export-actions">
          <button
            type="button"
            className="button"
            disabled={other === null || text.trim() === '' || running}
            onClick={() =>
              other !== null && question.run({ kind: 'equivalence', text, other: other.text })
            }
          >
            Check equivalence
          </button>
          <button
            type="button"
            className="button"
            disabled={text.trim() === '' || running}
            title="Premises: the page's other lines; conclusion: this line"
            onClick={() =>
              question.run({
                kind: 'consequence',
                premises: others.map((l) => l.text),
                conclusion: text,
              })
            }
          >
            Check consequence
          </button>
        </div>
        <QuestionView state={question.state} />
      </div>
      <div className="export-actions logic-problems">
        {PROBLEM_FORMATS.map((format) => (
          <span key={format} className="logic-problem">
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onProblem(format, 'copy')}
            >
              <CopyIcon />
              {`Copy ${PROBLEM_LABELS[format]}`}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onProblem(format, 'save')}
            >
              <SaveIcon />
              {`Save ${PROBLEM_LABELS[format]}…`}
            </button>
          </span>
        ))}
      </div>
    </div>
  );
}

function QuestionView(props: { state: LogicTaskState }): JSX.Element | null {
  const { state } = props;
  if (state.status === 'cancelled') return <p className="hint">Cancelled.</p>;
  if (state.status !== 'done') return null;
  return (
    <p className="export-note" data-testid="logic-answer" role="status">
      {questionText(state.response)}
    </p>
  );
}

function AnalysisView(props: {
  state: LogicTaskState;
  onCopy(text: string, what: string): void;
  onSat(): void;
}): JSX.Element | null {
  const { state } = props;
  if (state.status === 'cancelled') {
    return <p className="hint">Cancelled — edit the line or select it again to start over.</p>;
  }
  if (state.status !== 'done') return null;
  const { response } = state;
  if (response.kind === 'problem') {
    const { problem } = response;
    return (
      <div className="export-note" data-testid="logic-problem">
        <p>{problemText(response.line, problem)}</p>
        {problem.kind === 'not-well-formed' ? <WhereItFails {...problem} /> : null}
      </div>
    );
  }
  if (response.kind !== 'analysis') {
    return (
      <p className="export-note" data-testid="logic-problem">
        {questionText(response)}
      </p>
    );
  }
  return <Analysis analysis={response} onCopy={props.onCopy} onSat={props.onSat} />;
}

function Analysis(props: {
  analysis: LineAnalysis;
  onCopy(text: string, what: string): void;
  onSat(): void;
}): JSX.Element {
  const { analysis } = props;
  const { free } = analysis.variables;
  const lineText = analysis.segments.map((s) => s.text).join('');
  return (
    <>
      <p className="logic-line" data-testid="logic-line">
        {analysis.segments.map((s, k) =>
          s.free ? (
            <mark key={k} className="free-variable" title={`free variable ${s.text}`}>
              {s.text}
            </mark>
          ) : (
            <span key={k}>{s.text}</span>
          ),
        )}
      </p>
      <p className="hint" data-testid="logic-free-variables">
        {free.length === 0
          ? 'No free variables: a sentence.'
          : `Free variable${free.length === 1 ? '' : 's'}: ${free.join(', ')}`}
      </p>
      {analysis.variables.scopes.length > 0 ? (
        <ul className="logic-scopes hint" data-testid="logic-scopes" aria-label="Quantifier scopes">
          {analysis.variables.scopes.map((s, k) => (
            <li key={k}>{`${s.quantifier}${s.variable} binds ${s.variable} in ${s.scope}`}</li>
          ))}
        </ul>
      ) : null}
      <TableAndVerdict analysis={analysis} formula={lineText} onSat={props.onSat} />
      <TransformationList transformations={analysis.transformations} onCopy={props.onCopy} />
    </>
  );
}

function TableAndVerdict(props: {
  analysis: LineAnalysis;
  formula: string;
  onSat(): void;
}): JSX.Element {
  const { table, verdict, search } = props.analysis;
  return (
    <div className="logic-verdict-block">
      {verdict !== null ? (
        <p className="logic-verdict" data-testid="logic-verdict" data-verdict={verdict.verdict}>
          {verdictText(verdict.verdict, verdict.falsifying, verdict.satisfying)}
        </p>
      ) : null}
      {table.kind === 'table' ? (
        <TruthTableView table={table.table} formula={props.formula} />
      ) : null}
      {table.kind === 'too-large' ? (
        <p className="export-note" data-testid="logic-too-large">
          {`Too large for a truth table: ${table.atoms} atoms would make ${2 ** table.atoms} rows (at most ${table.max} atoms are shown). The SAT check decides it without the table.`}
          <button type="button" className="button button-small" onClick={props.onSat}>
            Check with SAT
          </button>
        </p>
      ) : null}
      {table.kind === 'first-order' ? (
        <p className="export-note" data-testid="logic-search">
          {`First-order line: no truth table. ${search === null ? '' : searchText(search, 'the line is not valid')}`}
        </p>
      ) : null}
    </div>
  );
}

/** The line with the character where reading failed marked (a space past the end). */
function WhereItFails(props: { text: string; offset: number }): JSX.Element {
  const chars = Array.from(props.text);
  const at = Math.min(props.offset, chars.length);
  return (
    <p className="logic-line" data-testid="logic-where">
      {chars.slice(0, at).join('')}
      <mark className="error-char">{chars[at] ?? '\u00a0'}</mark>
      {chars.slice(at + 1).join('')}
    </p>
  );
}
