import { lazy, Suspense, type JSX } from 'react';
import {
  FREE_VARIABLE_TREATMENTS,
  NOTATION_STYLES,
  TEXT_FORMATS,
  type FreeVariableTreatment,
  type NotationStyle,
  type TextFormat,
} from '@services/contract';
import {
  FORMAT_LABELS,
  FREE_VARIABLE_LABELS,
  NOTATION_LABELS,
  treatsFreeVariables,
} from '../../lib/export-formats';
import { CopyIcon, SaveIcon, StackIcon } from '../icons';
import { ExportChoice } from './ExportChoice';
import { Tabs, panelId, tabId, type TabItem } from '../layout/Tabs';

const TABS: readonly TabItem<TextFormat>[] = TEXT_FORMATS.map((id) => ({
  id,
  label: FORMAT_LABELS[id],
}));
const ID = 'export';

/**
 * KaTeX (and its stylesheet and fonts) is the largest library the page uses, and only the LaTeX
 * tab shows it: it is fetched the first time that tab is open.
 */
const LatexPreview = lazy(() =>
  import('./LatexPreview').then((module) => ({ default: module.LatexPreview })),
);

export interface ExportPanelProps {
  readonly format: TextFormat;
  onFormat(format: TextFormat): void;
  /** The selected line's text in the format; null when it has no well-formed reading. */
  readonly text: string | null;
  onCopy(): void;
  onSave(): void;
  onSaveAll(): void;
  /** How many lines "Export all lines…" would write. */
  readonly exportableLines: number;
  /** Exports with the standard parentheses instead of the writer's. */
  readonly standardParentheses: boolean;
  onStandardParentheses(on: boolean): void;
  /** What TPTP and Prover9 do with free variables. */
  readonly freeVariables: FreeVariableTreatment;
  onFreeVariables(treatment: FreeVariableTreatment): void;
  /** The writer's textbook symbols (∼ ⊃ ≡ ·) or the standard ones in the exports. */
  readonly notation: NotationStyle;
  onNotation(style: NotationStyle): void;
  /** What this export did with the line's free variables; null when it has none. */
  readonly freeVariableNote: string | null;
}

/** The selected line in each output format, with copy and save. */
export function ExportPanel(props: ExportPanelProps): JSX.Element {
  const { format, text } = props;
  return (
    <div className="export-panel">
      <Tabs
        label="Export format"
        items={TABS}
        selected={format}
        onSelect={props.onFormat}
        idPrefix={ID}
        className="format-tabs"
      />
      <div
        role="tabpanel"
        id={panelId(ID)}
        aria-labelledby={tabId(ID, format)}
        className="export-body"
      >
        <pre
          className={`export-text ${text === null ? 'is-empty' : ''}`}
          data-testid="export-text"
          tabIndex={0}
        >
          {text ?? ''}
        </pre>
        {text === null ? (
          <p className="hint">No well-formed formula yet — correct a symbol or edit the text.</p>
        ) : null}
        {text !== null && props.freeVariableNote !== null ? (
          <p className="export-note" data-testid="free-variable-note">
            {props.freeVariableNote}
          </p>
        ) : null}
        {format === 'latex' && text !== null ? (
          <Suspense fallback={<div className="latex-preview" aria-busy="true" />}>
            <LatexPreview latex={text} />
          </Suspense>
        ) : null}
        <label
          className="export-option"
          title="Drop the parentheses that change nothing and bracket every mixed connective, as (P∧Q)∨R"
        >
          <input
            type="checkbox"
            checked={props.standardParentheses}
            onChange={(event) => props.onStandardParentheses(event.target.checked)}
            data-testid="standard-parentheses"
          />
          Standard parentheses (not as written)
        </label>
        <ExportChoice
          label="Notation"
          title="Textbook symbols as written, or the standard ones, in the exports (TPTP and Prover9 have only the standard ones); the text above keeps what was written"
          choices={NOTATION_STYLES}
          labels={NOTATION_LABELS}
          value={props.notation}
          onChoose={props.onNotation}
          testId="notation"
        />
        {treatsFreeVariables(format) ? (
          <ExportChoice
            label="Free variables"
            title="A free letter u–z is a variable: bind it with ∀ in front of the formula, or hand it to the prover as a constant"
            choices={FREE_VARIABLE_TREATMENTS}
            labels={FREE_VARIABLE_LABELS}
            value={props.freeVariables}
            onChoose={props.onFreeVariables}
            testId="free-variables"
          />
        ) : null}
        <div className="export-actions">
          <button type="button" className="button" disabled={text === null} onClick={props.onCopy}>
            <CopyIcon />
            Copy
          </button>
          <button type="button" className="button" disabled={text === null} onClick={props.onSave}>
            <SaveIcon />
            Save…
          </button>
          <button
            type="button"
            className="button"
            disabled={props.exportableLines === 0}
            onClick={props.onSaveAll}
            title={`All well-formed lines of the page (${props.exportableLines}), one per line`}
          >
            <StackIcon />
            Export all lines…
          </button>
        </div>
      </div>
    </div>
  );
}
