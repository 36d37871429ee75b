import type { AppLine, ParseFormulaResult } from '@services/contract';

export type ParseView =
  | { readonly kind: 'empty' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'ok' }
  /** `offset`: UTF-16 index into the text where reading failed (may equal its length). */
  | { readonly kind: 'error'; readonly message: string; readonly offset: number };

/**
 * What the text view says about its text: the parse of what the user typed, or, while the text
 * is the recognised line's, the decoder's own verdict (its error position is a symbol index,
 * which is a character index, every symbol being one UTF-16 unit).
 */
export function parseView(
  text: string,
  edited: boolean,
  parse: ParseFormulaResult | null,
  line: AppLine | null,
): ParseView {
  if (text.trim() === '') return { kind: 'empty' };
  if (edited) {
    if (parse === null) return { kind: 'checking' };
    return parse.ok
      ? { kind: 'ok' }
      : { kind: 'error', message: parse.message, offset: parse.offset };
  }
  if (line === null || line.wellFormed) return { kind: 'ok' };
  return {
    kind: 'error',
    message: line.error?.message ?? 'Not a well-formed formula',
    offset: Math.min(line.error?.position ?? text.length, text.length),
  };
}

export interface ErrorMarker {
  readonly before: string;
  /** The character where reading failed; empty at the end of the text. */
  readonly at: string;
  readonly after: string;
}

/** Splits the text around the failing character, for highlighting it. */
export function errorMarker(text: string, offset: number): ErrorMarker {
  const i = Math.max(0, Math.min(offset, text.length));
  return { before: text.slice(0, i), at: text.slice(i, i + 1), after: text.slice(i + 1) };
}
