/** Symbols as the user types and reads them: characters in, class names out, and back. */
import { SYMBOLS, symbolByChar, symbolByName } from '@recognition';

/** Every class in the table's order: the logic symbols first, then letters and digits. */
export const ALL_CLASSES: readonly string[] = SYMBOLS.map((s) => s.name);

export const LOGIC_CLASSES: readonly string[] = SYMBOLS.filter(
  (s) => s.kind !== 'lower' && s.kind !== 'upper' && s.kind !== 'digit',
).map((s) => s.name);

export const LETTER_CLASSES: readonly string[] = SYMBOLS.filter(
  (s) => s.kind === 'lower' || s.kind === 'upper',
).map((s) => s.name);

export const DIGIT_CLASSES: readonly string[] = SYMBOLS.filter((s) => s.kind === 'digit').map(
  (s) => s.name,
);

/** The character a class is written as; the name itself for anything unknown. */
export function symbolChar(name: string): string {
  return symbolByName(name)?.char ?? name;
}

/** "∧ wedge" for logic symbols, "x" for letters whose name is their character. */
export function symbolLabel(name: string): string {
  const char = symbolChar(name);
  return char === name ? name : `${char}  ${name}`;
}

/** The classes as a line of characters, for a text field: ['wedge', 'x'] → "∧ x". */
export function symbolsText(names: readonly string[]): string {
  return names.map(symbolChar).join(' ');
}

export interface ParsedSymbols {
  readonly labels: readonly string[];
  /** Tokens that are neither a class name nor made of known symbols. */
  readonly unknown: readonly string[];
}

/**
 * Reads a list such as "∧ ∨ → ↔", "wedge vee" or "∀∃xP": tokens are separated by white space;
 * a token that is a class name stands for that class, otherwise each of its characters must be a
 * symbol. Order and repeats are kept: a sheet's rows may repeat a class.
 */
export function parseSymbols(text: string): ParsedSymbols {
  const labels: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/\s+/).filter((t) => t !== '')) {
    const named = symbolByName(token);
    if (named !== undefined) {
      labels.push(named.name);
      continue;
    }
    const chars = [...token].map((c) => symbolByChar(c)?.name);
    const known = chars.filter((name): name is string => name !== undefined);
    if (known.length === chars.length) labels.push(...known);
    else unknown.push(token);
  }
  return { labels, unknown };
}

/** Each class once, in first-seen order (a capture list has no use for repeats). */
export function uniqueLabels(labels: readonly string[]): string[] {
  return [...new Set(labels)];
}
