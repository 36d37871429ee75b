import { useEffect, useRef, type JSX, type KeyboardEvent } from 'react';
import type { CutChoice } from '../../lib/segmentation';

/** What the correction popover can do to where a symbol begins and ends. */
export interface Segmentation {
  readonly cuts: CutChoice;
  readonly canJoinPrevious: boolean;
  readonly canJoinNext: boolean;
  /** The cut being chosen (one of `cuts`), or null before one is. */
  readonly cutX: number | null;
  /** Cuts the symbol in two at `x` (page coordinates): each side becomes a symbol. */
  onSplit(x: number): void;
  /** Makes the symbol and its neighbour one symbol. */
  onJoin(side: 'previous' | 'next'): void;
  /** The symbol's boxes are the user's (a split or join made them). */
  readonly delimited: boolean;
  /** Lets the recogniser decide the symbol's boxes again. */
  onRelease(): void;
  /** Chooses the cut nearest `x` (from the slider or the pointer on the page); null for none. */
  onPreview(x: number | null): void;
}

export interface SegmentActionsProps {
  readonly segmentation: Segmentation;
  onStartSplit(): void;
}

/** Joins the symbol with its neighbour on one side; its key is `segmentKey`'s. */
function JoinButton(props: { segmentation: Segmentation; side: 'previous' | 'next' }): JSX.Element {
  const { segmentation: s, side } = props;
  const previous = side === 'previous';
  return (
    <button
      type="button"
      className="button button-small"
      aria-keyshortcuts={previous ? 'Shift+J' : 'J'}
      disabled={!(previous ? s.canJoinPrevious : s.canJoinNext)}
      onClick={() => s.onJoin(side)}
    >
      {`Join with ${side}`}
    </button>
  );
}

/** Split and join buttons, under the alternatives. */
export function SegmentActions(props: SegmentActionsProps): JSX.Element {
  const { segmentation: s } = props;
  return (
    <div className="segment-actions" role="group" aria-label="Symbol boundaries">
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="S"
        onClick={props.onStartSplit}
      >
        Split…
      </button>
      <JoinButton segmentation={s} side="previous" />
      <JoinButton segmentation={s} side="next" />
      {s.delimited ? (
        <button type="button" className="button button-small" onClick={s.onRelease}>
          Let Inkform decide
        </button>
      ) : null}
    </div>
  );
}

/** The keys of `SegmentActions`, for the popover to offer wherever focus is inside it. */
export function segmentKey(
  event: KeyboardEvent,
  segmentation: Segmentation,
  startSplit: () => void,
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const key = event.key.toLowerCase();
  if (key === 's') startSplit();
  else if (key === 'j' && event.shiftKey && segmentation.canJoinPrevious)
    segmentation.onJoin('previous');
  else if (key === 'j' && !event.shiftKey && segmentation.canJoinNext) segmentation.onJoin('next');
  else return false;
  return true;
}

export interface SplitChooserProps {
  readonly segmentation: Segmentation;
  onBack(): void;
}

/**
 * Choosing where to cut: a slider over the places the symbol can be cut (arrow keys or the
 * pointer), the cut shown on the page as it moves; Enter or "Split here" cuts.
 */
export function SplitChooser(props: SplitChooserProps): JSX.Element {
  const { cuts, cutX, onPreview, onSplit } = props.segmentation;
  const positions = cuts.kind === 'cuts' ? cuts.positions : [];
  const chosen = cutX === null ? -1 : positions.indexOf(cutX);
  // The middle until the user moves the cut, here or on the page.
  const at = chosen >= 0 ? chosen : Math.floor((positions.length - 1) / 2);
  const x = positions[at];
  const slider = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  // Focus stays in the dialog as its content changes: on the slider, or on Back.
  useEffect(() => {
    (slider.current ?? back.current)?.focus();
  }, []);

  useEffect(() => {
    onPreview(x ?? null);
  }, [x, onPreview]);
  useEffect(() => () => onPreview(null), [onPreview]);

  if (positions.length === 0)
    return (
      <div className="split-chooser">
        <p className="split-note" role="status">
          {cuts.kind === 'single-stroke'
            ? 'This symbol is a single stroke. A drawing can be split only between strokes: erase the stroke and write the symbols apart.'
            : 'This symbol is too narrow to split.'}
        </p>
        <button ref={back} type="button" className="button button-small" onClick={props.onBack}>
          Back
        </button>
      </div>
    );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || x === undefined) return;
    event.preventDefault();
    onSplit(x);
  };
  return (
    <div className="split-chooser">
      <label className="split-label">
        Cut position
        <input
          ref={slider}
          type="range"
          className="split-slider"
          data-testid="split-slider"
          min={0}
          max={positions.length - 1}
          step={1}
          value={at}
          aria-valuetext={`${at + 1} of ${positions.length}`}
          onChange={(event) => onPreview(positions[Number(event.currentTarget.value)] ?? null)}
          onKeyDown={onKeyDown}
        />
      </label>
      <p className="split-note">
        Move the cut with the arrow keys, or point at the box on the page and click to cut there.
        Each side becomes a symbol that the reading keeps.
      </p>
      <div className="split-buttons">
        <button type="button" className="button button-small" onClick={props.onBack}>
          Back
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          onClick={() => x !== undefined && onSplit(x)}
        >
          Split here
        </button>
      </div>
    </div>
  );
}
