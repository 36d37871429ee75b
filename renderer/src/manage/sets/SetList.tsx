import { useState, type FormEvent, type JSX } from 'react';
import { LIMITS, type TrainingSetInfo } from '@services/contract';
import { Field } from '../common/Field';
import { ListItem } from '../common/ListItem';
import { PlusIcon } from '../icons';
import { plural } from '../lib/format';

/** The user's training sets, the one being worked on, and the form that makes a new one. */
export function SetList(props: {
  sets: readonly TrainingSetInfo[] | null;
  selectedId: string | null;
  onSelect(id: string): void;
  onCreate(name: string): Promise<boolean>;
}): JSX.Element {
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '' || busy) return;
    setBusy(true);
    const created = await props.onCreate(trimmed);
    setBusy(false);
    if (created) {
      setCreating(false);
      setName('');
    }
  };

  return (
    <aside className="list-pane" aria-label="Training sets">
      <div className="pane-head">
        <h2>Training sets</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => setCreating(true)}
          disabled={creating}
        >
          <PlusIcon />
          New set
        </button>
      </div>
      {creating ? (
        <form className="inline-form" onSubmit={(event) => void submit(event)}>
          <Field label="Name of the new set">
            {(control) => (
              <input
                {...control}
                className="text-input"
                value={name}
                maxLength={LIMITS.maxNameLength}
                placeholder="e.g. My handwriting"
                autoFocus
                onChange={(event) => setName(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') setCreating(false);
                }}
              />
            )}
          </Field>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary button-small"
              disabled={trimmed === '' || busy}
            >
              Create
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setCreating(false)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {props.sets === null ? (
        <p className="pane-note">Loading…</p>
      ) : props.sets.length === 0 && !creating ? (
        <p className="pane-note">
          No sets yet. A set holds samples of your handwriting to train on.
        </p>
      ) : (
        <ul className="item-list">
          {props.sets.map((set) => (
            <ListItem
              key={set.id}
              name={set.name}
              meta={`${plural(set.samples, 'sample')} · ${plural(Object.keys(set.perClass).length, 'class', 'classes')}`}
              selected={set.id === props.selectedId}
              onSelect={() => props.onSelect(set.id)}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
