import { useEffect, useRef, useState, type JSX } from 'react';
import { LIMITS } from '@services/contract';
import type { SampleSaving } from '../../hooks/use-sample-saving';

/** The select's value for "a new set", which no set id can be (ids are folder names). */
const NEW_SET = ':new';

/**
 * "Save as training sample": which of the user's sets corrections go to, or a new one. The last
 * choice is remembered (a setting); a chosen set deleted meanwhile is said so, not replaced.
 */
export function SampleOption({ saving }: { saving: SampleSaving }): JSX.Element {
  const [naming, setNaming] = useState(false);
  const sets = saving.sets;
  const noSets = sets !== null && sets.length === 0;
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
      {saving.enabled && sets !== null && !noSets ? (
        <select
          className="select"
          aria-label="Training set for corrections"
          value={naming ? NEW_SET : (saving.setId ?? '')}
          onChange={(event) => {
            const value = event.target.value;
            setNaming(value === NEW_SET);
            if (value !== NEW_SET) void saving.chooseSet(value);
          }}
        >
          {saving.setId === null ? (
            <option value="" disabled>
              Choose a set…
            </option>
          ) : null}
          {saving.setMissing && saving.setId !== null ? (
            <option value={saving.setId} disabled>
              {saving.setName ?? 'Chosen set'} (deleted)
            </option>
          ) : null}
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name} ({set.samples})
            </option>
          ))}
          <option value={NEW_SET}>New set…</option>
        </select>
      ) : null}
      {saving.enabled && saving.setMissing && !naming ? (
        <p className="sample-missing" data-testid="sample-set-missing">
          {saving.setName === null ? 'The chosen set' : `“${saving.setName}”`} has been deleted.
          Choose another set or make a new one.
        </p>
      ) : null}
      {saving.enabled && (naming || noSets) ? (
        <NewSetForm
          key={saving.newSetName}
          initialName={saving.newSetName}
          intro={noSets ? 'Corrections are kept in a training set for your own models.' : null}
          creating={saving.creating}
          onCreate={async (name) => {
            await saving.createSet(name);
            setNaming(false);
          }}
        />
      ) : null}
    </div>
  );
}

function NewSetForm(props: {
  readonly initialName: string;
  readonly intro: string | null;
  readonly creating: boolean;
  onCreate(name: string): Promise<void>;
}): JSX.Element {
  const [name, setName] = useState(props.initialName);
  const input = useRef<HTMLInputElement>(null);
  // Chosen from the list, the form takes the focus; offered to a new user, it waits.
  const chosen = props.intro === null;
  useEffect(() => {
    if (chosen) input.current?.select();
  }, [chosen]);
  const trimmed = name.trim();
  return (
    <form
      className="sample-offer"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed !== '') void props.onCreate(trimmed);
      }}
    >
      {props.intro === null ? null : <span>{props.intro}</span>}
      <input
        ref={input}
        className="text-input"
        aria-label="Name of the new training set"
        value={name}
        maxLength={LIMITS.maxNameLength}
        onChange={(event) => setName(event.target.value)}
      />
      <button
        type="submit"
        className="button button-small"
        disabled={props.creating || trimmed === ''}
      >
        Create “{trimmed}”
      </button>
    </form>
  );
}
