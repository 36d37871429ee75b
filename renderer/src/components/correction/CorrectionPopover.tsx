import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent,
} from 'react';
import type { AppSymbol } from '@services/contract';
import { symbolByName } from '@recognition';
import type { SampleSaving } from '../../hooks/use-sample-saving';
import { percent } from '../../lib/confidence';
import { trapTab } from '../../lib/focus-trap';
import { placePopover, type Placement } from '../../lib/place-popover';
import { CloseIcon } from '../icons';
import { AlternativeList } from './AlternativeList';
import { SampleOption } from './SampleOption';
import { SegmentActions, segmentKey, SplitChooser, type Segmentation } from './SegmentControls';
import { SymbolPalette } from './SymbolPalette';

export interface CorrectionPopoverProps {
  readonly symbol: AppSymbol;
  /** Where the chip or box that opened it is on screen. */
  readonly anchor: DOMRect;
  onChoose(label: string): void;
  /** `returnFocus`: Escape and the close button give focus back to the chip; a click elsewhere does not. */
  onClose(returnFocus: boolean): void;
  readonly saving: SampleSaving;
  /** Splitting the symbol and joining it with a neighbour, where the page can. */
  readonly segmentation?: Segmentation;
}

/** The dialog "Correct symbol": the classifier's alternatives, then every symbol. */
export function CorrectionPopover(props: CorrectionPopoverProps): JSX.Element {
  const { symbol, anchor, onClose } = props;
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [splitting, setSplitting] = useState(false);
  const { segmentation } = props;

  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    setPlacement(
      placePopover(
        anchor,
        { width: element.offsetWidth, height: element.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
      ),
    );
  }, [anchor]);

  // Focus moves into the dialog, so Escape and the arrow keys reach it; and back to its first
  // list when the split chooser, which held it, goes.
  useEffect(() => {
    if (!splitting) ref.current?.querySelector<HTMLElement>('[data-roving][tabindex="0"]')?.focus();
  }, [splitting]);

  useEffect(() => {
    const onPointerDown = (event: Event) => {
      if (event.target instanceof Node && ref.current?.contains(event.target)) return;
      // The box being cut on the page belongs to the dialog while the cut is chosen.
      if (event.target instanceof Element && event.target.closest('[data-keeps-popover]')) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab' && ref.current !== null) {
      if (trapTab(ref.current, event.shiftKey, document.activeElement)) event.preventDefault();
    } else if (
      segmentation !== undefined &&
      !splitting &&
      !(event.target instanceof HTMLInputElement) &&
      segmentKey(event, segmentation, () => setSplitting(true))
    ) {
      event.preventDefault();
    }
  };

  const name = symbolByName(symbol.label)?.name ?? symbol.label;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="popover"
      style={{
        left: placement?.left ?? 0,
        top: placement?.top ?? 0,
        maxHeight: placement?.maxHeight,
        // Transparent rather than hidden while it is measured: a hidden element cannot take focus.
        opacity: placement === null ? 0 : undefined,
      }}
      onKeyDown={onKeyDown}
    >
      <header className="popover-head">
        <div>
          <h2 id={titleId} className="popover-title">
            Correct symbol
          </h2>
          <p className="popover-subtitle">
            Read as <span className="math">{symbol.char}</span> ({name}),{' '}
            {percent(symbol.confidence)}%
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close"
          onClick={() => onClose(true)}
        >
          <CloseIcon />
        </button>
      </header>
      {segmentation !== undefined && splitting ? (
        <div className="popover-body">
          <h3 className="popover-section">Split into two symbols</h3>
          <SplitChooser segmentation={segmentation} onBack={() => setSplitting(false)} />
        </div>
      ) : (
        <div className="popover-body">
          <h3 className="popover-section">Alternatives</h3>
          <AlternativeList
            alternatives={symbol.alternatives}
            current={symbol.label}
            onChoose={props.onChoose}
          />
          {segmentation === undefined ? null : (
            <>
              <h3 className="popover-section">Symbol boundaries</h3>
              <SegmentActions segmentation={segmentation} onStartSplit={() => setSplitting(true)} />
            </>
          )}
          <h3 className="popover-section">All symbols</h3>
          <SymbolPalette current={symbol.label} onChoose={props.onChoose} />
        </div>
      )}
      <footer className="popover-foot">
        <SampleOption saving={props.saving} />
      </footer>
    </div>
  );
}
