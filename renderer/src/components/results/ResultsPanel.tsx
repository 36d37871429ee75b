import type { JSX, ReactNode } from 'react';
import type { TypedLineView } from '../../hooks/use-typed-text';
import type { LineState } from '../../lib/page-results';
import type { SymbolRef } from '../../lib/symbol-ref';
import { LineCard } from './LineCard';

export interface ResultsPanelProps {
  readonly lines: readonly LineState[];
  readonly selected: number;
  onSelect(index: number): void;
  readonly hovered: SymbolRef | null;
  onHover(ref: SymbolRef | null): void;
  onOpen(ref: SymbolRef, anchor: DOMRect): void;
  /** Per line, the text the user typed for it (Draw mode only). */
  readonly typed?: readonly (TypedLineView | null)[];
  onTakeReading?(index: number): void;
  onKeepText?(index: number): void;
  /** What to say when there are no lines yet (it differs between Draw and Image). */
  readonly emptyText: string;
  /** The text view and the exports of the selected line. */
  readonly textView: ReactNode;
  readonly exportPanel: ReactNode;
  /** The Logic panel beside the exports: shown only when open, so nothing runs while closed. */
  readonly logic?: {
    readonly open: boolean;
    onToggle(): void;
    readonly panel: ReactNode;
  };
  readonly width: number;
}

/** The right-hand panel: the recognised lines, then the selected line's text and exports. */
export function ResultsPanel(props: ResultsPanelProps): JSX.Element {
  const { lines } = props;
  return (
    <aside className="results" aria-label="Results" style={{ width: props.width }}>
      <section className="panel-section" aria-labelledby="results-lines-title">
        <header className="section-head">
          <h2 id="results-lines-title">Formulas</h2>
          {lines.length > 0 ? (
            <span className="section-meta">
              {lines.length === 1 ? '1 line' : `${lines.length} lines`}
            </span>
          ) : null}
        </header>
        {lines.length === 0 ? (
          <p className="empty-results">{props.emptyText}</p>
        ) : (
          <ol className="line-list">
            {lines.map((state, i) => (
              <LineCard
                key={i}
                index={i}
                state={state}
                selected={i === props.selected}
                onSelect={props.onSelect}
                hovered={props.hovered}
                onHover={props.onHover}
                onOpen={props.onOpen}
                typed={props.typed?.[i] ?? null}
                onTakeReading={props.onTakeReading}
                onKeepText={props.onKeepText}
              />
            ))}
          </ol>
        )}
      </section>
      <section className="panel-section" aria-labelledby="results-text-title">
        <header className="section-head">
          <h2 id="results-text-title">Text</h2>
          {lines.length > 1 ? (
            <span className="section-meta">line {props.selected + 1}</span>
          ) : null}
        </header>
        {props.textView}
      </section>
      <section className="panel-section" aria-labelledby="results-export-title">
        <header className="section-head">
          <h2 id="results-export-title">Export</h2>
        </header>
        {props.exportPanel}
      </section>
      {props.logic !== undefined ? (
        <section className="panel-section" aria-labelledby="results-logic-title">
          <header className="section-head">
            <h2 id="results-logic-title">Logic</h2>
            <button
              type="button"
              className="button button-small"
              aria-expanded={props.logic.open}
              aria-controls="results-logic-body"
              onClick={props.logic.onToggle}
            >
              {props.logic.open ? 'Hide Logic' : 'Open Logic'}
            </button>
          </header>
          {props.logic.open ? <div id="results-logic-body">{props.logic.panel}</div> : null}
        </section>
      ) : null}
    </aside>
  );
}
