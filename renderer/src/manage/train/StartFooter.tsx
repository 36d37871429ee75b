import type { JSX } from 'react';

/** The foot of a form that starts training: what holds it back, if anything, and its button. */
export function StartFooter(props: {
  /** The user tried to start, and some settings are not right. */
  blocked: boolean;
  /** What the form starts, as the alert names it: "run", "experiment". */
  what: string;
  starting: boolean;
  label: string;
}): JSX.Element {
  return (
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
  );
}
