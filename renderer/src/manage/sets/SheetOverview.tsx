import type { CSSProperties, JSX } from 'react';
import { useObjectUrl } from '../../hooks/use-object-url';
import { symbolChar } from '../lib/symbol-list';
import type { SheetChoice } from './SheetCandidates';

export interface SheetImage {
  readonly bytes: Uint8Array;
  readonly type: string;
  readonly name: string;
  /** The size the engine read it at, which its boxes are in. */
  readonly width: number;
  readonly height: number;
}

const MAX_HEIGHT = 420;

/** How a found symbol stands: kept as labelled, kept against the model's reading, or not kept. */
function choiceState(choice: SheetChoice): 'kept' | 'disputed' | 'unlabelled' | 'left-out' {
  if (!choice.keep) return 'left-out';
  if (choice.label === '') return 'unlabelled';
  return choice.candidate.predicted === choice.label ? 'kept' : 'disputed';
}

/**
 * The sheet as it was photographed, with a box for every symbol found, so specks, symbols cut in
 * two and symbols run together show where they are. Clicking a box keeps it or leaves it out; the
 * list below holds the same choices for the keyboard.
 */
export function SheetOverview(props: {
  image: SheetImage;
  choices: readonly SheetChoice[];
  onToggle(index: number): void;
}): JSX.Element {
  const { image } = props;
  const url = useObjectUrl(image.bytes, image.type);
  // As wide as the card, but no taller than MAX_HEIGHT: a tall page would push the list away.
  const frame: CSSProperties = {
    aspectRatio: `${image.width} / ${image.height}`,
    width: `min(100%, ${Math.round((MAX_HEIGHT * image.width) / image.height)}px)`,
  };
  return (
    <figure className="sheet-overview" data-testid="sheet-overview">
      <div className="sheet-overview-frame" style={frame}>
        {url === null ? null : <img src={url} alt={`Sheet ${image.name}`} draggable={false} />}
        <svg
          className="image-overlay"
          viewBox={`0 0 ${image.width} ${image.height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {props.choices.map((choice, i) => {
            const { box, line } = choice.candidate;
            const state = choiceState(choice);
            const label = choice.label === '' ? '?' : symbolChar(choice.label);
            return (
              <g
                key={i}
                className={`sheet-box is-${state}`}
                data-testid="sheet-box"
                data-state={state}
                onClick={() => props.onToggle(i)}
              >
                <title>
                  {`Symbol ${i + 1} (line ${line + 1}): ${label}, ` +
                    (choice.keep ? 'click to leave it out' : 'click to keep it')}
                </title>
                <rect
                  x={box.x}
                  y={box.y}
                  width={box.width}
                  height={box.height}
                  vectorEffect="non-scaling-stroke"
                />
                <text x={box.x} y={box.y} fontSize={Math.max(16, box.height * 0.45)} dy="-0.2em">
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
