import type { JSX } from 'react';
import type { SymbolInfo } from '@recognition';
import { useRoving } from '../../hooks/use-roving';
import { SYMBOL_GROUPS } from '../../lib/symbol-groups';

/** Buttons per row; arrow up and down move by this much. */
const COLUMNS = 10;

export interface SymbolPaletteProps {
  readonly current: string;
  onChoose(label: string): void;
}

/** Every symbol class, grouped, for when the right one is not among the alternatives. */
export function SymbolPalette(props: SymbolPaletteProps): JSX.Element {
  return (
    <div className="palette">
      {SYMBOL_GROUPS.map((group) => (
        <PaletteGroup
          key={group.title}
          title={group.title}
          symbols={group.symbols}
          current={props.current}
          onChoose={props.onChoose}
        />
      ))}
    </div>
  );
}

function PaletteGroup(props: {
  title: string;
  symbols: readonly SymbolInfo[];
  current: string;
  onChoose(label: string): void;
}): JSX.Element {
  const roving = useRoving(props.symbols.length, COLUMNS);
  return (
    <div className="palette-group">
      <h4 className="palette-title">{props.title}</h4>
      <div
        ref={roving.containerRef}
        className="palette-grid"
        role="group"
        aria-label={props.title}
        onKeyDown={roving.onKeyDown}
      >
        {props.symbols.map((symbol, i) => (
          <button
            key={symbol.name}
            type="button"
            className={`palette-key math ${symbol.name === props.current ? 'is-current' : ''}`}
            data-testid={`palette-${symbol.name}`}
            aria-label={
              symbol.name === symbol.char ? symbol.char : `${symbol.char} (${symbol.name})`
            }
            title={symbol.name}
            onClick={() => props.onChoose(symbol.name)}
            {...roving.itemProps(i)}
          >
            {symbol.char}
          </button>
        ))}
      </div>
    </div>
  );
}
