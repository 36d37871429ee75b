import type { JSX } from 'react';

export interface ExportChoiceProps<T extends string> {
  readonly label: string;
  /** What the choice changes, shown on hover. */
  readonly title: string;
  /** The closed list the choice is one of, in the order offered. */
  readonly choices: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly value: T;
  onChoose(choice: T): void;
  readonly testId: string;
}

/** One of the export panel's options that picks from a closed list (free variables, notation). */
export function ExportChoice<T extends string>(props: ExportChoiceProps<T>): JSX.Element {
  const { choices, labels } = props;
  return (
    <label className="export-option" title={props.title}>
      {props.label}
      <select
        className="select"
        value={props.value}
        onChange={(event) => {
          // The element's value is a plain string: take it back into the list's type.
          const chosen = choices.find((choice) => choice === event.target.value);
          if (chosen !== undefined) props.onChoose(chosen);
        }}
        data-testid={props.testId}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
