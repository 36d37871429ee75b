import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** The shared data's gzipped files of one JSON object a line, read and checked line by line. */

/** One line as an object; a line that is not JSON is an error naming it (`file:line`). */
export function parseJsonObject(line: string, where: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`${where}: not JSON`);
  }
}

/** Every line of a gzipped JSON-lines file through `parse`, which gets `file:line` to name. */
export async function readJsonLines<T>(
  file: string,
  parse: (line: string, where: string) => T,
): Promise<T[]> {
  return gunzipSync(await readFile(file))
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((line, i) => parse(line, `${file}:${i + 1}`));
}
