import { join } from 'node:path';
import { parseJsonObject, readJsonLines } from './json-lines.js';

/**
 * The shared data's pen-stroke expressions (`strokes/expressions.jsonl.gz`, one JSON object a
 * line; see the data set's README), read and checked in one place for the scripts and tests that
 * learn from them or measure against them.
 */

export interface StrokeSymbolLabel {
  /** A canonical class name, or `other:<CROHME label>` for symbols outside our set. */
  readonly label: string;
  /** Indices into the expression's strokes. */
  readonly strokes: number[];
  /** The row of the shared `symbols/` data holding this symbol rendered; absent for `other:`. */
  readonly image?: number;
}

export interface SharedStrokeExpression {
  readonly id: string;
  readonly writer: string;
  readonly split: string;
  /** Strokes of `[x, y]` points in writing order, the expression 1000 units tall, y down. */
  readonly strokes: number[][][];
  readonly symbols: StrokeSymbolLabel[];
  /** Every symbol is one of the 78 formula classes the data set started with. */
  readonly fol_only: boolean;
  /** Every symbol is one of all the data set's classes (96 since 2026-12-04). */
  readonly known_only: boolean;
  /** Written on one line: no fractions, roots, sub- or superscripts. */
  readonly linear: boolean;
}

export function strokeExpressionsFile(sharedDataDir: string): string {
  return join(sharedDataDir, 'strokes', 'expressions.jsonl.gz');
}

const isPoint = (p: unknown): boolean =>
  Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number';

const isStrokeList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((s) => Array.isArray(s) && s.every(isPoint));

const isSymbolList = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.every((s: { label?: unknown; strokes?: unknown; image?: unknown } | null) => {
    const strokes = s?.strokes;
    return (
      typeof s?.label === 'string' &&
      Array.isArray(strokes) &&
      strokes.every(Number.isInteger) &&
      (s?.image === undefined || Number.isInteger(s.image))
    );
  });

/** One line of the file; a line of another shape is an error naming it. */
export function parseStrokeExpression(line: string, where: string): SharedStrokeExpression {
  const e = parseJsonObject(line, where);
  if (
    typeof e.id !== 'string' ||
    typeof e.writer !== 'string' ||
    typeof e.split !== 'string' ||
    typeof e.fol_only !== 'boolean' ||
    typeof e.known_only !== 'boolean' ||
    typeof e.linear !== 'boolean' ||
    !isStrokeList(e.strokes) ||
    !isSymbolList(e.symbols)
  )
    throw new Error(`${where}: not a stroke expression`);
  return e as unknown as SharedStrokeExpression;
}

export async function readStrokeExpressions(file: string): Promise<SharedStrokeExpression[]> {
  return readJsonLines(file, parseStrokeExpression);
}
