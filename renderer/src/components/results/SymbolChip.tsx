import { useId, type JSX } from 'react';
import type { AppSymbol } from '@services/contract';
import { confidenceLevel, percent } from '../../lib/confidence';
import { chipId, type SymbolRef } from '../../lib/symbol-ref';

export interface SymbolChipProps {
  readonly symbol: AppSymbol;
  readonly at: SymbolRef;
  readonly corrected: boolean;
  readonly hovered: boolean;
  onHover(ref: SymbolRef | null): void;
  onOpen(ref: SymbolRef, anchor: DOMRect): void;
}

/** One recognised symbol: its character and confidence; a click opens its correction. */
export function SymbolChip(props: SymbolChipProps): JSX.Element {
  const { symbol, at } = props;
  const describedBy = useId();
  const p = percent(symbol.confidence);
  const level = confidenceLevel(symbol.confidence);
  const classes = [
    'chip',
    `level-${level}`,
    props.corrected ? 'is-corrected' : '',
    props.hovered ? 'is-hovered' : '',
  ];
  return (
    <button
      type="button"
      id={chipId(at)}
      data-testid={`symbol-${at.line}-${at.symbol}`}
      className={classes.join(' ')}
      aria-label={`Symbol ${symbol.char}, ${p}% — correct`}
      aria-describedby={props.corrected ? describedBy : undefined}
      title={`${symbol.label} · ${p}%${props.corrected ? ' · corrected' : ''}`}
      onClick={(event) => props.onOpen(at, event.currentTarget.getBoundingClientRect())}
      onMouseEnter={() => props.onHover(at)}
      onMouseLeave={() => props.onHover(null)}
      onFocus={() => props.onHover(at)}
      onBlur={() => props.onHover(null)}
    >
      <span className="chip-char">{symbol.char}</span>
      <span className="chip-meter" aria-hidden="true">
        <span style={{ width: `${Math.max(6, p)}%` }} />
      </span>
      {props.corrected ? (
        <span id={describedBy} className="visually-hidden">
          corrected by you
        </span>
      ) : null}
    </button>
  );
}
