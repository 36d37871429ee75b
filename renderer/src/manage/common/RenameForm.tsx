import { useState, type FormEvent, type JSX } from 'react';
import { LIMITS } from '@services/contract';

/**
 * The inline form that replaces a set's or a model's heading while it is renamed. It closes on
 * Cancel, Escape, an unchanged or blank name, or a rename the back end accepted; a refused one
 * keeps it open with the typed name, so nothing typed is lost.
 */
export function RenameForm(props: {
  /** The input's accessible name, e.g. "Set name". */
  label: string;
  current: string;
  onRename(name: string): Promise<boolean>;
  onClose(): void;
}): JSX.Element {
  const [name, setName] = useState(props.current);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || trimmed === props.current || (await props.onRename(trimmed)))
      props.onClose();
  };

  return (
    <form className="rename-form" onSubmit={(event) => void submit(event)}>
      <input
        className="text-input"
        aria-label={props.label}
        value={name}
        maxLength={LIMITS.maxNameLength}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') props.onClose();
        }}
      />
      <button type="submit" className="button button-primary button-small">
        Save name
      </button>
      <button type="button" className="button button-small" onClick={props.onClose}>
        Cancel
      </button>
    </form>
  );
}
