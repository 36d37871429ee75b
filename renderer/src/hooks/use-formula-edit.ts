import { useCallback, useEffect, useState } from 'react';
import type { InkformApi, ParseFormulaResult } from '@services/contract';

/** Typing pauses shorter than this do not trigger a parse. */
export const PARSE_DELAY_MS = 300;

export interface FormulaEdit {
  readonly text: string;
  setText(text: string): void;
  /** The text differs from the recognised line's. */
  readonly edited: boolean;
  /** The parse of the edited text; null while unedited or not parsed yet. */
  readonly parse: ParseFormulaResult | null;
  readonly parsing: boolean;
  /** Back to the recognised text. */
  revert(): void;
}

interface Draft {
  /** Which line the draft belongs to. */
  readonly key: string;
  /** The recognised text the draft started from. */
  readonly source: string;
  readonly text: string;
}

interface Parsed {
  readonly text: string;
  readonly result: ParseFormulaResult;
}

/**
 * The text view's state: it follows the selected line until the user types, then parses what
 * was typed after a pause. Another line, or a new reading of this one (more ink, a
 * correction), replaces the draft.
 */
export function useFormulaEdit(api: InkformApi, source: string, key: string): FormulaEdit {
  const [draft, setDraft] = useState<Draft>({ key, source, text: source });
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const current =
    draft.source === source && draft.key === key ? draft : { key, source, text: source };
  if (current !== draft) setDraft(current);

  const edited = current.text !== current.source;
  const text = current.text;

  useEffect(() => {
    if (!edited) return;
    let live = true;
    const timer = setTimeout(() => {
      api.parseFormula({ text, format: 'unicode' }).then(
        (result) => {
          if (live) setParsed({ text, result });
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : 'The text could not be read.';
          if (live) setParsed({ text, result: { ok: false, message, offset: 0 } });
        },
      );
    }, PARSE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text, edited]);

  const setText = useCallback((next: string) => setDraft((d) => ({ ...d, text: next })), []);
  const revert = useCallback(() => setDraft((d) => ({ ...d, text: d.source })), []);
  const parse = edited && parsed !== null && parsed.text === text ? parsed.result : null;
  return { text, setText, edited, parse, parsing: edited && parse === null, revert };
}
