import type { JSX, MouseEvent } from 'react';
import type { Outlier } from '@services/contract';
import { GlyphThumb } from '../common/GlyphThumb';
import { percent } from '../lib/format';
import type { ClickModifiers } from '../lib/selection';
import { symbolChar } from '../lib/symbol-list';

export interface GridItem {
  readonly id: string;
  readonly label: string;
  readonly glyph: Uint8Array;
  readonly outlier: Outlier | null;
}

/** One thumbnail of the review grid: its label, and the model's reading when it disagrees. */
export function SampleCell(props: {
  item: GridItem;
  selected: boolean;
  onClick(modifiers: ClickModifiers): void;
}): JSX.Element {
  const { item } = props;
  const { outlier } = item;
  const name =
    outlier === null
      ? `${item.label} sample`
      : `${item.label} sample, the model reads ${outlier.predicted} (${percent(outlier.confidence, 0)})`;
  return (
    <button
      type="button"
      className={`sample-cell ${outlier === null ? '' : 'is-outlier'}`}
      aria-pressed={props.selected}
      aria-label={name}
      title={name}
      data-testid="sample-cell"
      data-sample-id={item.id}
      onClick={(event: MouseEvent) =>
        props.onClick({ shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey })
      }
    >
      <GlyphThumb glyph={item.glyph} />
      <span className="sample-caption">
        <span className="math">{symbolChar(item.label)}</span>
        {outlier === null ? null : (
          <>
            {' → '}
            <span className="math">{symbolChar(outlier.predicted)}</span>{' '}
            <span className="sample-confidence">{percent(outlier.confidence, 0)}</span>
          </>
        )}
      </span>
    </button>
  );
}
