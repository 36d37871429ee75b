import type { JSX } from 'react';
import type { TrainingSetInfo } from '@services/contract';
import { SymbolSelect } from '../common/SymbolSelect';
import { classCounts } from '../lib/class-balance';
import { count, plural } from '../lib/format';
import { symbolLabel } from '../lib/symbol-list';

/** Filter, outliers and what to do with the selected samples. */
export function ReviewToolbar(props: {
  set: TrainingSetInfo;
  label: string | null;
  onLabel(label: string | null): void;
  outliers: number | null;
  checking: boolean;
  onFindOutliers(): void;
  outliersOnly: boolean;
  onOutliersOnly(only: boolean): void;
  selected: number;
  relabelTo: string;
  onRelabelTo(label: string): void;
  busy: boolean;
  onRelabel(): void;
  onDelete(): void;
  onClearSelection(): void;
}): JSX.Element {
  const classes = classCounts(props.set.perClass);
  const none = props.selected === 0 || props.busy;
  return (
    <div className="review-toolbar">
      <div className="toolbar-row">
        <label className="inline-label">
          Class
          <select
            className="select"
            value={props.label ?? ''}
            onChange={(event) =>
              props.onLabel(event.target.value === '' ? null : event.target.value)
            }
          >
            <option value="">All classes ({count(props.set.samples)})</option>
            {classes.map((c) => (
              <option key={c.label} value={c.label}>
                {symbolLabel(c.label)} ({count(c.count)})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={props.onFindOutliers}
          disabled={props.checking || props.set.samples === 0}
          title="Samples the active model reads as another symbol with high confidence: often mislabelled"
        >
          {props.checking ? <span className="spinner" aria-hidden="true" /> : null}
          {props.checking ? 'Checking…' : 'Find outliers'}
        </button>
        {props.outliers === null ? null : (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={props.outliersOnly}
              onChange={(event) => props.onOutliersOnly(event.target.checked)}
            />
            Only outliers ({count(props.outliers)})
          </label>
        )}
      </div>
      <div className="toolbar-row selection-row" aria-label="Selected samples" role="group">
        <span className="selection-count" aria-live="polite">
          {props.selected === 0
            ? 'Click to select; Shift or Ctrl/Cmd-click for more'
            : `${plural(props.selected, 'sample')} selected`}
        </span>
        <SymbolSelect
          label="Relabel as"
          value={props.relabelTo}
          onChange={props.onRelabelTo}
          placeholder="Relabel as…"
          disabled={props.selected === 0}
        />
        <button
          type="button"
          className="button"
          onClick={props.onRelabel}
          disabled={none || props.relabelTo === ''}
        >
          Relabel
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={props.onDelete}
          disabled={none}
        >
          Delete
        </button>
        <button
          type="button"
          className="link-button"
          onClick={props.onClearSelection}
          disabled={props.selected === 0}
        >
          Select none
        </button>
      </div>
    </div>
  );
}
