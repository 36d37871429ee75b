import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { GLYPH_PIXELS, GLYPH_SIZE } from '../../recognition/imaging/gray-image.js';
import type { GlyphDataset } from '../data/dataset.js';

/** Shared by the CLI tests: run a CLI as a user would, and check how it fails. */

export const REPO = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliProcess(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  try {
    // Node with tsx's loader, as `npm run` would start it, without npx's own start-up in every
    // test (the CLI tests start several dozen processes).
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO,
      env: { ...process.env, INKFORM_DEBUG: '', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Glyphs with a filled box whose size and place vary, so that every image has ink to find. */
export function makeBoxData(classes: readonly string[], count: number): GlyphDataset {
  const images = new Uint8Array(count * GLYPH_PIXELS);
  const labels = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = i % classes.length;
    const size = 6 + (i % 5) * 3;
    const left = 4 + (i % 3);
    const top = 4 + ((i * 7) % 5);
    for (let y = top; y < top + size; y++)
      for (let x = left; x < left + size - (i % 4); x++)
        images[i * GLYPH_PIXELS + y * GLYPH_SIZE + x] = 255;
  }
  return { classes, images, labels, count };
}

/** One `error: …` line on stderr, nothing on stdout, no stack trace, the given exit code. */
export function expectCleanError(result: CliResult, code: number, pattern: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  // Progress lines may come first; the error itself is one line.
  const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}
