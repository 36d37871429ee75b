/**
 * Shared plumbing of the command-line tools: one `error: …` line and a meaningful exit code
 * instead of a stack trace (set INKFORM_DEBUG=1 to see the stack).
 */

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Bad invocation: exits with code 2, like most Unix tools. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] || err.name;
  return String(err);
}

/**
 * Runs a CLI entry point. Resolving leaves the exit code alone (0 unless `main` set it);
 * a `UsageError` or a `node:util` parseArgs error exits with 2 and the usage hint, anything else
 * with 1. Setting `process.exitCode` rather than calling `process.exit` lets piped stdout drain.
 */
export async function runCli(main: () => Promise<void>, usage?: string): Promise<void> {
  try {
    await main();
  } catch (err) {
    const usageError = err instanceof UsageError || isParseArgsError(err);
    process.stderr.write(`error: ${messageOf(err)}\n`);
    if (usageError && usage) process.stderr.write(`${usage.trimEnd()}\n`);
    if (process.env.INKFORM_DEBUG === '1' && err instanceof Error && err.stack)
      process.stderr.write(`${err.stack}\n`);
    process.exitCode = usageError ? EXIT_USAGE : EXIT_FAILURE;
  }
}

/**
 * Whether the module at `moduleUrl` is the script being run, not an import: a tool's help text
 * can then be imported (by its tests) without running the tool.
 */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

export interface NumberOptions {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

function describeRange(opts: NumberOptions): string {
  const kind = opts.integer ? 'an integer' : 'a number';
  if (opts.min !== undefined && opts.max !== undefined)
    return `${kind} in ${opts.min}..${opts.max}`;
  if (opts.min !== undefined) return `${kind} >= ${opts.min}`;
  if (opts.max !== undefined) return `${kind} <= ${opts.max}`;
  return kind;
}

function checkNumber(text: string, opts: NumberOptions): number | undefined {
  const trimmed = text.trim();
  // Number('') is 0 and Number('0x10') is 16; neither is what someone typing a flag means.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  if (opts.integer && !Number.isInteger(value)) return undefined;
  if (opts.min !== undefined && value < opts.min) return undefined;
  if (opts.max !== undefined && value > opts.max) return undefined;
  return value;
}

/** Parses the value of option `name` (e.g. `--epochs`); throws a `UsageError` naming it. */
export function parseNumber(
  value: string | undefined,
  name: string,
  opts: NumberOptions = {},
): number {
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  const parsed = checkNumber(value, opts);
  if (parsed === undefined)
    throw new UsageError(`${name} must be ${describeRange(opts)}, got ${JSON.stringify(value)}`);
  return parsed;
}

/** Parses a comma-separated list such as `512,256`; throws a `UsageError` naming the option. */
export function parseNumberList(
  value: string | undefined,
  name: string,
  opts: NumberOptions & { readonly minLength?: number } = {},
): number[] {
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  const items = value.trim() === '' ? [] : value.split(',');
  const parsed = items.map((item) => checkNumber(item, opts));
  const minLength = opts.minLength ?? 1;
  if (parsed.some((v) => v === undefined) || parsed.length < minLength)
    throw new UsageError(
      `${name} must be a comma-separated list of ${minLength > 1 ? `at least ${minLength} ` : ''}` +
        `values, each ${describeRange(opts)}, got ${JSON.stringify(value)}`,
    );
  return parsed as number[];
}

/** Narrows a string option to one of `choices`; throws a `UsageError` naming the option. */
export function parseChoice<T extends string>(
  value: string,
  name: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(
      `${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`,
    );
  return value as T;
}
