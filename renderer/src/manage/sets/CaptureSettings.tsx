import type { JSX } from 'react';
import { Field } from '../common/Field';
import { SymbolListField } from '../common/SymbolListField';
import {
  ALL_CLASSES,
  DIGIT_CLASSES,
  LETTER_CLASSES,
  LOGIC_CLASSES,
  symbolsText,
} from '../lib/symbol-list';

const PRESETS = [
  { label: 'All', classes: ALL_CLASSES },
  { label: 'Logic symbols', classes: LOGIC_CLASSES },
  { label: 'Letters', classes: LETTER_CLASSES },
  { label: 'Digits', classes: DIGIT_CLASSES },
] as const;

/** Which symbols Capture asks for, and how many of each. */
export function CaptureSettings(props: {
  listText: string;
  onListText(text: string): void;
  unknown: readonly string[];
  targetText: string;
  onTargetText(text: string): void;
  targetValid: boolean;
}): JSX.Element {
  return (
    <div className="capture-settings">
      <SymbolListField
        label="Symbols to capture"
        className="capture-list-field"
        hint="Characters or class names, separated by spaces, e.g. ∧ ∨ → ↔ or wedge vee"
        unknown={props.unknown}
        value={props.listText}
        onChange={props.onListText}
      />
      <div className="preset-row" role="group" aria-label="Presets">
        {PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="chip-button"
            onClick={() => props.onListText(symbolsText(preset.classes))}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <Field
        label="Target per symbol"
        className="capture-target-field"
        error={props.targetValid ? undefined : 'A whole number from 1'}
      >
        {(control) => (
          <input
            {...control}
            className="text-input number-input"
            type="number"
            min={1}
            max={10000}
            value={props.targetText}
            onChange={(event) => props.onTargetText(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
