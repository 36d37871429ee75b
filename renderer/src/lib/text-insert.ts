export interface TextEdit {
  readonly text: string;
  /** Where the caret goes afterwards. */
  readonly caret: number;
}

/** Replaces the selection [start, end) with `insert`, as typing would. */
export function insertAt(text: string, start: number, end: number, insert: string): TextEdit {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
