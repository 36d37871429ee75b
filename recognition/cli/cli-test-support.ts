import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

/**
 * Shared by the CLI tests of recognition and training: run a CLI as a user would, and check how
 * it fails. Here, in the lowest layer with CLIs, so that both may use it.
 */

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
