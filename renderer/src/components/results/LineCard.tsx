import type { JSX } from 'react';
import type { LineKind } from '@services/contract';
import type { TypedLineView } from '../../hooks/use-typed-text';
import { hasCorrections, type LineState } from '../../lib/page-results';
import { sameRef, type SymbolRef } from '../../lib/symbol-ref';
import { SymbolChip } from './SymbolChip';

export interface LineCardProps {
  readonly index: number;
  readonly state: LineState;
  readonly selected: boolean;
  onSelect(index: number): void;
  readonly hovered: SymbolRef | null;
  onHover(ref: SymbolRef | null): void;
  onOpen(ref: SymbolRef, anchor: DOMRect): void;
  /** The text the user typed for the line, which it says instead of its reading. */
  readonly typed?: TypedLineView | null;
  onTakeReading?(index: number): void;
  onKeepText?(index: number): void;
}

/** What a well-formed line was read as, in the badge. */
const KIND_NAMES: Readonly<Record<LineKind, string>> = {
  formula: 'formula',
  term: 'term',
  equations: 'chain of equations',
  formulaSet: 'set of formulas',
  list: 'list',
  sequent: 'sequent',
  unparsed: '',
};

/** A recognised line: its formula in large type, whether it is well formed, its symbols. */
export function LineCard(props: LineCardProps): JSX.Element {
  const { index: i, state } = props;
  const line = state.current;
  const corrections = state.forced.filter((label) => label !== null).length;
  const typed = props.typed ?? null;
  const wellFormed = typed === null ? line.wellFormed : typed.wellFormed;
  const status =
    wellFormed === null
      ? 'checking…'
      : wellFormed
        ? `✓ well-formed ${typed === null ? KIND_NAMES[line.kind] : ''}`.trimEnd()
        : '✗ not well-formed';
  return (
    <li
      className={`line-card ${props.selected ? 'is-selected' : ''}`}
      data-testid={`line-${i}`}
      onClick={() => props.onSelect(i)}
    >
      <div className="line-head">
        <button
          type="button"
          className="line-number"
          aria-label={`Select line ${i + 1}`}
          aria-pressed={props.selected}
          onClick={(event) => {
            event.stopPropagation();
            props.onSelect(i);
          }}
        >
          {i + 1}
        </button>
        <span
          className={`badge ${wellFormed === null ? '' : wellFormed ? 'badge-ok' : 'badge-bad'}`}
          data-testid={`line-status-${i}`}
        >
          {status}
        </span>
        {typed === null ? null : (
          <span className="badge badge-accent" title="You typed this line's text">
            typed
          </span>
        )}
        {hasCorrections(state) ? (
          <span className="badge badge-accent">
            {corrections === 1 ? '1 correction' : `${corrections} corrections`}
          </span>
        ) : null}
      </div>
      <div className="line-text math" data-testid={`line-text-${i}`}>
        {typed?.text ?? line.text}
      </div>
      {typed === null && line.error !== null ? (
        <p className="line-error">{line.error.message}</p>
      ) : null}
      {typed === null || typed.newReading === null ? null : (
        <div
          className="ink-prompt"
          role="group"
          aria-label={`New ink on line ${i + 1}`}
          onClick={(event) => event.stopPropagation()}
        >
          <span role="status">
            New ink reads as <span className="math">{typed.newReading}</span>
          </span>
          <span className="ink-prompt-actions">
            <button type="button" className="link-button" onClick={() => props.onTakeReading?.(i)}>
              Use it
            </button>
            <button type="button" className="link-button" onClick={() => props.onKeepText?.(i)}>
              Keep my text
            </button>
          </span>
        </div>
      )}
      <div className="chips" role="group" aria-label={`Symbols of line ${i + 1}`}>
        {line.symbols.map((symbol, j) => {
          const at = { line: i, symbol: j };
          return (
            <SymbolChip
              key={j}
              symbol={symbol}
              at={at}
              corrected={state.forced[j] !== null}
              hovered={sameRef(props.hovered, at)}
              onHover={props.onHover}
              onOpen={props.onOpen}
            />
          );
        })}
      </div>
    </li>
  );
}
