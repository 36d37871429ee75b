import { useState, type FormEvent, type JSX } from 'react';
import { LIMITS, type TrainingSetInfo } from '../../../../services/contract';
import { TrainIcon } from '../icons';
import { dateText, plural } from '../lib/format';

/** The selected set's name and figures, with rename, delete and "train with it". */
export function SetHeader(props: {
  set: TrainingSetInfo;
  onRename(name: string): Promise<boolean>;
  onDelete(): void;
  onTrain(): void;
}): JSX.Element {
  const { set } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(set.name);
  const classes = Object.keys(set.perClass).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || trimmed === set.name) {
      setRenaming(false);
      return;
    }
    if (await props.onRename(trimmed)) setRenaming(false);
  };

  return (
    <header className="detail-head">
      {renaming ? (
        <form className="rename-form" onSubmit={(event) => void submit(event)}>
          <input
            className="text-input"
            aria-label="Set name"
            value={name}
            maxLength={LIMITS.maxNameLength}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit" className="button button-primary button-small">
            Save name
          </button>
          <button type="button" className="button button-small" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="detail-title">
          <h2>{set.name}</h2>
          <p className="detail-meta">
            {plural(set.samples, 'sample')} · {plural(classes, 'class', 'classes')} · created{' '}
            {dateText(set.createdAt)}
          </p>
        </div>
      )}
      {renaming ? null : (
        <div className="detail-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setName(set.name);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={props.onDelete}
          >
            Delete set
          </button>
          <button
            type="button"
            className="button button-small button-primary"
            onClick={props.onTrain}
            disabled={set.samples === 0}
            title={set.samples === 0 ? 'Add samples first' : undefined}
          >
            <TrainIcon />
            Train with this set
          </button>
        </div>
      )}
    </header>
  );
}
