import { useEffect, useState, type CSSProperties, type JSX } from 'react';
import { adjustedSize, isNoAdjustment } from '@recognition';
import type { ImageResult } from '@services/contract';
import type { ImageLayoutControl } from '../../hooks/use-image-layout';
import type { ImageSource } from '../../hooks/use-image-page';
import type { RecognitionState } from '../../hooks/use-live-recognition';
import { useObjectUrl } from '../../hooks/use-object-url';
import { adjustmentOf, isOriginal, turnOf } from '../../lib/image-layout';
import type { PageResults } from '../../lib/page-results';
import type { SymbolRef } from '../../lib/symbol-ref';
import { SymbolBoxes, type CutPreview } from '../draw/SymbolBoxes';
import { CropOverlay } from './CropOverlay';
import { ImageTools } from './ImageTools';
import { LineCutsOverlay } from './LineCutsOverlay';
import { picturePlacement } from './picture-placement';

export interface ImageViewProps {
  readonly source: ImageSource;
  readonly result: ImageResult | null;
  readonly page: PageResults;
  readonly state: RecognitionState;
  readonly hovered: SymbolRef | null;
  onHover(ref: SymbolRef | null): void;
  onOpen(ref: SymbolRef, anchor: DOMRect): void;
  /** A cut the user is choosing, shown across its symbol. */
  readonly cut?: CutPreview | null;
  /** The picture's turn, crop and line separators. */
  readonly layout: ImageLayoutControl;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The imported photo, scaled to fit, with what was found on it: the sheet of paper, the lines
 * and each symbol's box. The overlay's user units are the result's pixels, so boxes land on the
 * photo at any scale.
 */
export function ImageView(props: ImageViewProps): JSX.Element {
  const { source, result, layout } = props;
  const url = useObjectUrl(source.bytes, source.type);
  const [focusCut, setFocusCut] = useState<number | null>(null);
  const stored = layout.size;
  const { setSize } = layout;
  const original = isOriginal(layout.layout);
  useEffect(() => {
    // Where the photo never loads (no decoder for it here), its first reading gives its size.
    if (stored === null && result !== null && original) setSize(result);
  }, [stored, result, original, setSize]);
  const cropping = layout.tool === 'crop';
  const adjustment = cropping ? turnOf(layout.layout) : adjustmentOf(layout.layout);
  const shown = stored === null ? null : adjustedSize(stored.width, stored.height, adjustment);
  const size: Size | null = shown ?? result;
  // Boxes are shown on the picture they were read from: not while cropping, not after a turn.
  const current =
    result !== null &&
    !cropping &&
    (shown === null ||
      (Math.abs(result.width - shown.width) <= 1 && Math.abs(result.height - shown.height) <= 1));
  const addCut = () => {
    if (shown === null) return;
    setFocusCut(layout.cuts.length);
    layout.addCut({ x0: 0, y0: shown.height / 2, x1: shown.width, y1: shown.height / 2 });
  };
  // Fits the frame in the stage both ways while keeping the photo's proportions (container units).
  const frameStyle: CSSProperties | undefined =
    size === null
      ? undefined
      : {
          aspectRatio: `${size.width} / ${size.height}`,
          width: `min(100cqw, 100cqh * ${size.width / size.height})`,
        };
  const busy = props.state === 'busy';

  return (
    <figure className="image-view" data-testid="image-view" aria-busy={busy}>
      <ImageTools control={layout} onAddCut={addCut} />
      <div className="image-stage">
        <div className="image-frame" style={frameStyle}>
          {url === null ? null : (
            <img
              src={url}
              alt={`Imported image ${source.name}`}
              draggable={false}
              style={
                stored === null || isNoAdjustment(adjustment)
                  ? undefined
                  : picturePlacement(stored, adjustment)
              }
              onLoad={(event) =>
                setSize({
                  width: event.currentTarget.naturalWidth,
                  height: event.currentTarget.naturalHeight,
                })
              }
            />
          )}
          {result === null || !current ? null : (
            <svg
              className="image-overlay"
              viewBox={`0 0 ${result.width} ${result.height}`}
              preserveAspectRatio="none"
            >
              {result.paper === null ? null : (
                <rect
                  className="paper-box"
                  data-testid="paper-box"
                  x={result.paper.x}
                  y={result.paper.y}
                  width={result.paper.width}
                  height={result.paper.height}
                  vectorEffect="non-scaling-stroke"
                />
              )}
              <SymbolBoxes
                lines={props.page.lines}
                hovered={props.hovered}
                onHover={props.onHover}
                onOpen={props.onOpen}
                lineTestIds
                cut={props.cut}
              />
            </svg>
          )}
          {shown === null || cropping ? null : (
            <LineCutsOverlay
              size={shown}
              cuts={layout.cuts}
              drawing={layout.tool === 'cut'}
              onAdd={layout.addCut}
              onMove={layout.moveCut}
              onRemove={layout.removeCut}
              focus={focusCut}
              onFocused={() => setFocusCut(null)}
            />
          )}
          {shown === null || !cropping ? null : (
            <CropOverlay
              frame={shown}
              crop={layout.layout.crop}
              onApply={(crop) => {
                layout.setCrop(crop);
                layout.setTool('none');
              }}
              onCancel={() => layout.setTool('none')}
            />
          )}
          {busy ? (
            <div className="image-busy">
              <span className="spinner" aria-hidden="true" />
              Reading formulas…
            </div>
          ) : null}
        </div>
      </div>
      <figcaption className="image-caption">
        <span className="image-name">{source.name}</span>
        {result === null ? null : (
          <span>
            {result.width}×{result.height} px · {lineCount(result.lines.length)} ·{' '}
            {result.elapsedMs} ms
          </span>
        )}
      </figcaption>
    </figure>
  );
}

const lineCount = (n: number): string => (n === 1 ? '1 line' : `${n} lines`);
