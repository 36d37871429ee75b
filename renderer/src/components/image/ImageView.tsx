import { useState, type CSSProperties, type JSX } from 'react';
import type { ImageResult } from '../../../../services/contract';
import type { ImageSource } from '../../hooks/use-image-page';
import type { RecognitionState } from '../../hooks/use-live-recognition';
import { useObjectUrl } from '../../hooks/use-object-url';
import type { PageResults } from '../../lib/page-results';
import type { SymbolRef } from '../../lib/symbol-ref';
import { SymbolBoxes, type CutPreview } from '../draw/SymbolBoxes';

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
  const { source, result } = props;
  const url = useObjectUrl(source.bytes, source.type);
  const [natural, setNatural] = useState<Size | null>(null);
  const size: Size | null = result ?? natural;
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
      <div className="image-stage">
        <div className="image-frame" style={frameStyle}>
          {url === null ? null : (
            <img
              src={url}
              alt={`Imported image ${source.name}`}
              draggable={false}
              onLoad={(event) =>
                setNatural({
                  width: event.currentTarget.naturalWidth,
                  height: event.currentTarget.naturalHeight,
                })
              }
            />
          )}
          {result === null ? null : (
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
