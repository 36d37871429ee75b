import { useState, type JSX } from 'react';
import type { TrainingSetInfo } from '@services/contract';
import { RenameForm } from '../common/RenameForm';
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
  const classes = Object.keys(set.perClass).length;

  return (
    <header className="detail-head">
      {renaming ? (
        <RenameForm
          label="Set name"
          current={set.name}
          onRename={props.onRename}
          onClose={() => setRenaming(false)}
        />
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
          <button type="button" className="button button-small" onClick={() => setRenaming(true)}>
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
