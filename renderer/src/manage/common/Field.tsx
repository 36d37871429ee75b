import { useId, type JSX, type ReactNode } from 'react';

export interface FieldControl {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean | undefined;
}

/** A labelled control with its hint or error below, wired for assistive technology. */
export function Field(props: {
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}): JSX.Element {
  const id = useId();
  const noteId = `${id}-note`;
  const note = props.error ?? props.hint;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      {props.children({
        id,
        'aria-describedby': note === undefined ? undefined : noteId,
        'aria-invalid': props.error === undefined ? undefined : true,
      })}
      {note === undefined ? null : (
        <p id={noteId} className={props.error === undefined ? 'field-hint' : 'field-error'}>
          {note}
        </p>
      )}
    </div>
  );
}
