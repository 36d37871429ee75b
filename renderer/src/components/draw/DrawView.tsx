import type { JSX } from 'react';
import type { Drawing } from '../../hooks/use-drawing';
import { useDragThrough } from '../../hooks/use-drag-through';
import { InkCanvas } from '../../ink/InkCanvas';
import type { SymbolRef } from '../../lib/symbol-ref';
import { SymbolBoxes, type CutPreview } from './SymbolBoxes';

export interface DrawViewProps {
  readonly drawing: Drawing;
  readonly hovered: SymbolRef | null;
  onHover(ref: SymbolRef | null): void;
  onOpen(ref: SymbolRef, anchor: DOMRect): void;
  /** A cut the user is choosing, shown across its symbol. */
  readonly cut?: CutPreview | null;
}

/** The Draw mode's page: the ink, the symbol boxes over it and an invitation when empty. */
export function DrawView(props: DrawViewProps): JSX.Element {
  const { drawing } = props;
  const { history, page } = drawing;
  const onBoxPointerDown = useDragThrough();
  const overlay =
    page.lines.length === 0 ? undefined : (
      <SymbolBoxes
        lines={page.lines}
        hovered={props.hovered}
        onHover={props.onHover}
        onOpen={props.onOpen}
        lineTestIds={false}
        onBoxPointerDown={onBoxPointerDown}
        cut={props.cut}
      />
    );
  return (
    <div className="draw-view" data-tool={drawing.tool}>
      <InkCanvas
        strokes={history.strokes}
        onStroke={history.addStroke}
        onErase={history.eraseStrokes}
        tool={drawing.tool}
        penWidth={drawing.penWidth}
        zoom={drawing.zoom}
        overlay={overlay}
        onStrokeStart={drawing.recognition.postpone}
      />
      {history.strokes.length === 0 ? (
        <div className="ink-empty" aria-hidden="true">
          <p className="ink-empty-title">Write a formula here</p>
          <p className="ink-empty-hint">
            try <span className="math">∀x(P(x)→Q(x))</span>
          </p>
        </div>
      ) : null}
    </div>
  );
}
