import type { FormulaExports, InkformApi } from '@services/contract';
import type { DrawnLine } from '../lib/drawn-lines';
import type { TypedPin } from '../lib/workspace-history';
import type { Drawing } from './use-drawing';
import type { FormulaEdit } from './use-formula-edit';
import { useTextParses } from './use-text-parses';

/** A line whose typed text differs from its reading. */
export interface TypedLineView {
  readonly text: string;
  /** Whether the typed text parses; null until it has been checked. */
  readonly wellFormed: boolean | null;
  /** The line's new reading while its ink changed under the typed text; null otherwise. */
  readonly newReading: string | null;
}

export interface TypedText {
  /** The text box of the selected line (of the page, while it has no lines). */
  readonly edit: FormulaEdit;
  /** Per line: its typed text, or null where the line says what its ink reads. */
  readonly views: readonly (TypedLineView | null)[];
  /** What line `index` says, typed or read; past the last line, the blank page's typed text. */
  exportsOf(index: number): FormulaExports | null;
  /** Lets the line follow its ink again ("Use it"). */
  takeReading(index: number): void;
  /** Keeps the typed text for the line's changed ink ("Keep my text"). */
  keepText(index: number): void;
}

const edited = (line: DrawnLine): TypedPin | null =>
  line.pin !== null && line.pin.text !== line.state.current.text ? line.pin : null;

/**
 * The Draw mode's typed text: each line's pin from the workspace history, the text box of the
 * selected one, and the parses that give typed lines their verdict and exports.
 */
export function useTypedText(api: InkformApi, drawing: Drawing, selected: number): TypedText {
  const { lines, blank, history } = drawing;
  const line = lines[selected] ?? null;
  const pin = line !== null ? line.pin : lines.length === 0 ? blank : null;
  const source = line?.state.current.text ?? '';
  const typedTexts = lines.flatMap((l) => edited(l)?.text ?? []);
  const parseOf = useTextParses(api, pin === null ? typedTexts : [...typedTexts, pin.text]);

  const exportsOfText = (text: string): FormulaExports | null => {
    const result = parseOf(text);
    return result?.ok === true ? result.exports : null;
  };
  const exportsOf = (index: number): FormulaExports | null => {
    const at = lines[index];
    if (at === undefined)
      return lines.length === 0 && blank !== null ? exportsOfText(blank.text) : null;
    const typed = edited(at);
    return typed === null ? at.state.current.exports : exportsOfText(typed.text);
  };
  const views = lines.map((l): TypedLineView | null => {
    const typed = edited(l);
    if (typed === null) return null;
    const result = parseOf(typed.text);
    return {
      text: typed.text,
      wellFormed: result === null ? null : result.ok,
      newReading: l.inkChanged ? l.state.current.text : null,
    };
  });

  const isEdited = pin !== null && pin.text !== source;
  const parse = isEdited ? parseOf(pin.text) : null;
  const { type, unpin, keep } = history;
  const edit: FormulaEdit = {
    text: pin?.text ?? source,
    setText: (text) => type(pin, line?.strokeIds ?? [], text),
    edited: isEdited,
    parse,
    parsing: isEdited && parse === null,
    revert: () => {
      if (pin !== null) unpin(pin);
    },
  };

  const takeReading = (index: number) => {
    const at = lines[index]?.pin;
    if (at !== undefined && at !== null) unpin(at);
  };
  const keepText = (index: number) => {
    const at = lines[index];
    if (at?.pin !== undefined && at.pin !== null) keep(at.pin, at.strokeIds);
  };
  return { edit, views, exportsOf, takeReading, keepText };
}
