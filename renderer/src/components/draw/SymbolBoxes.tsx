import type { JSX, MouseEvent, PointerEvent } from 'react';
import { confidenceLevel, percent } from '../../lib/confidence';
import type { LineState } from '../../lib/page-results';
import { sameRef, type SymbolRef } from '../../lib/symbol-ref';

export interface SymbolBoxesProps {
  readonly lines: readonly LineState[];
  readonly hovered: SymbolRef | null;
  onHover(ref: SymbolRef | null): void;
  /** A box was clicked: open its correction popover next to it. */
  onOpen(ref: SymbolRef, anchor: DOMRect): void;
  /** Image mode marks its line boxes with `image-line-<i>` test ids. */
  readonly lineTestIds: boolean;
  /** Over the ink: lets a press that turns into a drag become a stroke (use-drag-through.ts). */
  readonly onBoxPointerDown?: (event: PointerEvent<Element>) => void;
  /** Where the user is about to cut a symbol in two, shown as a line across its box. */
  readonly cut?: CutPreview | null;
}

export interface CutPreview {
  readonly at: SymbolRef;
  /** In the page's coordinates. */
  readonly x: number;
}

/**
 * Symbol boxes over the ink or the photo, in the coordinates the recogniser returned (the
 * enclosing <svg> maps them). They duplicate the chips for pointer users; keyboard and screen
 * reader users correct symbols through the chips, so the boxes stay out of the tab order.
 */
export function SymbolBoxes(props: SymbolBoxesProps): JSX.Element {
  const { lines, hovered } = props;
  const open = (ref: SymbolRef) => (event: MouseEvent<SVGRectElement>) => {
    event.stopPropagation();
    props.onOpen(ref, event.currentTarget.getBoundingClientRect());
  };
  return (
    <g className="symbol-boxes" aria-hidden="true">
      {lines.map((state, i) => {
        const { box } = state.current;
        return (
          <g key={i} className="line-group">
            <rect
              className="line-box"
              data-testid={props.lineTestIds ? `image-line-${i}` : undefined}
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              vectorEffect="non-scaling-stroke"
            />
            {state.current.symbols.map((symbol, j) => {
              const ref = { line: i, symbol: j };
              const classes = [
                'symbol-box',
                `level-${confidenceLevel(symbol.confidence)}`,
                state.forced[j] !== null ? 'is-corrected' : '',
                sameRef(hovered, ref) ? 'is-hovered' : '',
              ];
              return (
                <rect
                  key={j}
                  data-testid={`box-${i}-${j}`}
                  className={classes.join(' ')}
                  x={symbol.box.x}
                  y={symbol.box.y}
                  width={symbol.box.width}
                  height={symbol.box.height}
                  vectorEffect="non-scaling-stroke"
                  style={{ pointerEvents: 'auto' }}
                  onClick={open(ref)}
                  onPointerDown={props.onBoxPointerDown}
                  onMouseEnter={() => props.onHover(ref)}
                  onMouseLeave={() => props.onHover(null)}
                >
                  <title>{`${symbol.char} · ${percent(symbol.confidence)}% — click to correct`}</title>
                </rect>
              );
            })}
            {props.cut?.at.line === i && state.current.symbols[props.cut.at.symbol] ? (
              <line
                className="cut-line"
                data-testid="cut-line"
                x1={props.cut.x}
                x2={props.cut.x}
                y1={state.current.symbols[props.cut.at.symbol].box.y}
                y2={
                  state.current.symbols[props.cut.at.symbol].box.y +
                  state.current.symbols[props.cut.at.symbol].box.height
                }
                vectorEffect="non-scaling-stroke"
              />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
