import type { JSX } from 'react';
import type { SheetCandidate } from '@services/contract';
import { GlyphThumb } from '../common/GlyphThumb';
import { SymbolSelect } from '../common/SymbolSelect';
import { percent } from '../lib/format';
import { symbolChar } from '../lib/symbol-list';

export interface SheetChoice {
  readonly candidate: SheetCandidate;
  /** The label to save it under; '' until chosen. */
  readonly label: string;
  readonly keep: boolean;
}

/** The symbols found on a sheet, each with its label to check and a box to leave it out. */
export function SheetCandidates(props: {
  choices: readonly SheetChoice[];
  onChange(index: number, choice: SheetChoice): void;
}): JSX.Element {
  return (
    <ul className="sheet-grid" aria-label="Symbols found on the sheet">
      {props.choices.map((choice, i) => {
        const { candidate } = choice;
        const agrees = choice.label === '' || candidate.predicted === choice.label;
        return (
          <li
            key={i}
            className={`sheet-card ${choice.keep ? '' : 'is-left-out'} ${agrees ? '' : 'is-disputed'}`}
            data-testid="sheet-candidate"
          >
            <label className="sheet-keep">
              <input
                type="checkbox"
                checked={choice.keep}
                onChange={(event) => props.onChange(i, { ...choice, keep: event.target.checked })}
                aria-label={`Keep symbol ${i + 1} (line ${candidate.line + 1})`}
              />
              <span className="sheet-line">line {candidate.line + 1}</span>
            </label>
            <GlyphThumb glyph={candidate.glyph} size={48} />
            <SymbolSelect
              label={`Label of symbol ${i + 1}`}
              value={choice.label}
              placeholder="Label…"
              onChange={(label) => props.onChange(i, { ...choice, label, keep: true })}
            />
            <span className="sheet-reading" title="What the active model reads">
              model: <span className="math">{symbolChar(candidate.predicted)}</span>{' '}
              {percent(candidate.confidence, 0)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
