import { join } from 'node:path';
import { parseJsonObject, readJsonLines } from './json-lines.js';

/**
 * The shared data's Detexify drawings of single logic symbols (`strokes/detexify-symbols.jsonl.gz`,
 * one JSON object a line; see the data set's README): half of each symbol's samples, the other
 * half held out by the project. They have no writer ids and probably duplicate HASYv2 images, so
 * they are test material for composed formulas, never training data.
 */

export interface DetexifySymbol {
  /** Canonical class name. */
  readonly label: string;
  /** `detexify:<symbol id>:<sample id>`. */
  readonly source: string;
  /** Strokes of `[x, y]` points in writing order, fitted to 0–1000, y down. */
  readonly strokes: number[][][];
}

export function detexifyFile(sharedDataDir: string): string {
  return join(sharedDataDir, 'strokes', 'detexify-symbols.jsonl.gz');
}

const isStroke = (s: unknown): boolean =>
  Array.isArray(s) &&
  s.length > 0 &&
  s.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));

/** One line of the file; a line of another shape is an error naming it. */
export function parseDetexifySymbol(line: string, where: string): DetexifySymbol {
  const e = parseJsonObject(line, where);
  if (
    typeof e.label !== 'string' ||
    typeof e.source !== 'string' ||
    !Array.isArray(e.strokes) ||
    e.strokes.length === 0 ||
    !e.strokes.every(isStroke)
  )
    throw new Error(`${where}: not a Detexify symbol`);
  return e as unknown as DetexifySymbol;
}

export async function readDetexifySymbols(file: string): Promise<DetexifySymbol[]> {
  return readJsonLines(file, parseDetexifySymbol);
}
