/** The building blocks of argument validation: each checks one value and names it in errors. */
import { SYMBOL_NAMES } from '../recognition/symbols.js';
import { LIMITS } from './contract/app.js';
import { ServiceError } from './service-error.js';

type Json = Record<string, unknown>;

export const bad = (message: string) => new ServiceError('bad-input', message);

export function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad(`${what} must be an object`);
  return value as Json;
}

export function string(
  value: unknown,
  what: string,
  maxLength: number = LIMITS.maxTextLength,
): string {
  if (typeof value !== 'string') throw bad(`${what} must be a string`);
  if (value.length > maxLength) throw bad(`${what} is too long (at most ${maxLength} characters)`);
  return value;
}

export function finite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(`${what} must be a number`);
  return value;
}

/** An object of the named numbers, each finite (a box, a line); nothing else is taken from it. */
export function finiteFields<K extends string>(
  value: unknown,
  what: string,
  keys: readonly K[],
): Record<K, number> {
  const o = object(value, what);
  const fields = keys.map((key) => [key, finite(o[key], `${what}.${key}`)] as const);
  return Object.fromEntries(fields) as Record<K, number>;
}

export function boolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw bad(`${what} must be true or false`);
  return value;
}

export function array(value: unknown, what: string, maxLength: number): unknown[] {
  if (!Array.isArray(value)) throw bad(`${what} must be an array`);
  if (value.length > maxLength) throw bad(`${what} has too many items (at most ${maxLength})`);
  return value;
}

export function bytes(value: unknown, what: string, maxLength: number): Uint8Array {
  if (!(value instanceof Uint8Array)) throw bad(`${what} must be bytes`);
  if (value.length > maxLength)
    throw bad(`${what} is too large (${value.length} bytes; at most ${maxLength})`);
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw bad(`${what} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function none(value: unknown, what: string): undefined {
  if (value !== undefined && value !== null) throw bad(`${what} takes no argument`);
  return undefined;
}

export const symbolLabel = (value: unknown, what: string): string =>
  oneOf(value, SYMBOL_NAMES, what);

/** Ids name folders: no separators, no dots at the start, nothing a file system treats specially. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
export function id(value: unknown, what: string): string {
  const text = string(value, what, LIMITS.maxNameLength);
  if (!ID.test(text)) throw bad(`${what} is not a valid id`);
  return text;
}
