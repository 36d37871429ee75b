import type { JSX } from 'react';
import { Field } from './Field';

/**
 * A text field for a list of symbols ("∧ ∨ → ↔", "wedge vee"): the hint says how to write one,
 * and while some of it is not a symbol Inkform knows, the error names those tokens instead.
 */
export function SymbolListField(props: {
  label: string;
  hint: string;
  /** The tokens of `value` that are no symbol (`parseSymbols`). */
  unknown: readonly string[];
  value: string;
  onChange(text: string): void;
  className?: string;
  placeholder?: string;
}): JSX.Element {
  const { unknown } = props;
  return (
    <Field
      label={props.label}
      className={props.className}
      hint={props.hint}
      error={
        unknown.length === 0
          ? undefined
          : `Not a symbol Inkform knows: ${unknown.map((t) => `“${t}”`).join(', ')}`
      }
    >
      {(control) => (
        <input
          {...control}
          className="text-input math"
          value={props.value}
          placeholder={props.placeholder}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
