import type { JSX } from 'react';
import { ALL_CLASSES, symbolLabel } from '../lib/symbol-list';

/** A select of every class, shown as "∧  wedge". */
export function SymbolSelect(props: {
  value: string;
  onChange(label: string): void;
  label?: string;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
}): JSX.Element {
  return (
    <select
      id={props.id}
      className={`select symbol-select ${props.className ?? ''}`}
      aria-label={props.id === undefined ? props.label : undefined}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {props.placeholder === undefined ? null : (
        <option value="" disabled>
          {props.placeholder}
        </option>
      )}
      {ALL_CLASSES.map((name) => (
        <option key={name} value={name}>
          {symbolLabel(name)}
        </option>
      ))}
    </select>
  );
}
