import type { JSX, ReactNode } from 'react';

/**
 * A form pane that starts training (a run, an experiment): its heading, its fields, and at its
 * foot what holds it back, if anything, and the start button.
 */
export function StartForm(props: {
  title: string;
  onStart(): void;
  /** The user tried to start, and some settings are not right. */
  blocked: boolean;
  /** What the form starts, as the alert names it: "run", "experiment". */
  what: string;
  starting: boolean;
  label: string;
  children: ReactNode;
}): JSX.Element {
  return (
    <form
      className="form-pane"
      aria-label={props.title}
      onSubmit={(event) => {
        event.preventDefault();
        props.onStart();
      }}
      noValidate
    >
      <div className="pane-head">
        <h2>{props.title}</h2>
      </div>
      {props.children}
      <div className="form-footer">
        {props.blocked ? (
          <p className="field-error" role="alert">
            {`Some settings need a look before the ${props.what} can start.`}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={props.starting}>
          {props.starting ? 'Starting…' : props.label}
        </button>
      </div>
    </form>
  );
}
