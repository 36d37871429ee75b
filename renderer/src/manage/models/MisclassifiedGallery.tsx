import { useState, type JSX } from 'react';
import type { ModelEvaluation } from '@services/contract';
import { GlyphThumb } from '../common/GlyphThumb';
import { percent } from '../lib/format';
import { symbolChar } from '../lib/symbol-list';

const FIRST_SHOWN = 48;

/** The model's most confident mistakes on its test samples, as the glyphs it saw. */
export function MisclassifiedGallery(props: {
  mistakes: ModelEvaluation['misclassified'];
}): JSX.Element {
  const [all, setAll] = useState(false);
  const { mistakes } = props;
  if (mistakes.length === 0) return <p className="pane-note">No mistakes on the test samples.</p>;
  const shown = all ? mistakes : mistakes.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul className="gallery" aria-label="Misclassified test samples">
        {shown.map((m, i) => (
          <li key={i} className="gallery-item" data-testid="misclassified">
            <GlyphThumb glyph={m.glyph} size={48} />
            <span className="gallery-caption">
              <span className="math">{symbolChar(m.label)}</span> →{' '}
              <span className="math">{symbolChar(m.predicted)}</span>{' '}
              <span className="sample-confidence">({percent(m.confidence, 0)})</span>
            </span>
            <span className="visually-hidden">
              {m.label} read as {m.predicted}
            </span>
          </li>
        ))}
      </ul>
      {mistakes.length > shown.length ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {mistakes.length}
        </button>
      ) : null}
    </>
  );
}
