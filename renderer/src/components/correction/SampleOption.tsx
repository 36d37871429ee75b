import type { JSX } from 'react';
import { CORRECTION_SET_NAME, type SampleSaving } from '../../hooks/use-sample-saving';

/**
 * "Save as training sample": which of the user's sets it goes to, and the offer to create one
 * when there is none.
 */
export function SampleOption({ saving }: { saving: SampleSaving }): JSX.Element {
  return (
    <div className="sample-option">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={saving.enabled}
          onChange={(event) => saving.setEnabled(event.target.checked)}
        />
        Save as training sample
      </label>
      {saving.enabled && saving.hasSet && saving.sets.length > 1 ? (
        <select
          className="select"
          aria-label="Training set for corrections"
          value={saving.setId ?? ''}
          onChange={(event) => void saving.chooseSet(event.target.value)}
        >
          {saving.sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name} ({set.samples})
            </option>
          ))}
        </select>
      ) : null}
      {saving.enabled && !saving.hasSet ? (
        <div className="sample-offer">
          <span>Corrections are kept in a training set for your own models.</span>
          <button
            type="button"
            className="button button-small"
            disabled={saving.creating}
            onClick={() => void saving.createSet()}
          >
            Create “{CORRECTION_SET_NAME}”
          </button>
        </div>
      ) : null}
    </div>
  );
}
