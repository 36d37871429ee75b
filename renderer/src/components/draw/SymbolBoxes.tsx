import type { JSX, MouseEvent, PointerEvent } from 'react';
import type { Box } from '@services/contract';
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
  /** The pointer is over the box at `x` (page coordinates). */
  onMove(x: number): void;
  /** A click on the box: cut where the line is. */
  onCommit(): void;
}

/** Where a pointer event is in the coordinates of the `<svg>` the element is drawn in. */
function pageX(event: PointerEvent<SVGGraphicsElement>): number | null {
  const svg = event.currentTarget.ownerSVGElement;
  // Not every DOM lays out SVG (jsdom does not).
  if (svg === null || typeof event.currentTarget.getScreenCTM !== 'function') return null;
  const matrix = event.currentTarget.getScreenCTM();
  if (matrix === null) return null;
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(matrix.inverse()).x;
}

/** The cut across the symbol being split, and the box as a target to move and make it. */
function CutLine(props: { readonly cut: CutPreview; readonly box: Box }): JSX.Element {
  const { cut, box } = props;
  const move = (event: PointerEvent<SVGRectElement>) => {
    const x = pageX(event);
    if (x !== null) cut.onMove(x);
  };
  return (
    <g>
      <rect
        className="cut-target"
        data-testid="cut-target"
        data-keeps-popover=""
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        style={{ pointerEvents: 'auto' }}
        onPointerMove={move}
        onPointerDown={(event) => {
          event.stopPropagation();
          move(event);
        }}
        onClick={(event) => {
          event.stopPropagation();
          cut.onCommit();
        }}
      />
      <line
        className="cut-line"
        data-testid="cut-line"
        x1={cut.x}
        x2={cut.x}
        y1={box.y}
        y2={box.y + box.height}
        vectorEffect="non-scaling-stroke"
      />
    </g>
  );
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
              <CutLine cut={props.cut} box={state.current.symbols[props.cut.at.symbol].box} />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
