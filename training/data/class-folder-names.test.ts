import { describe, expect, it } from 'vitest';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { decodeClassFolder, encodeClassFolder } from './class-folder-names.js';

/** Deterministic so a failing name can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = Array.from(
  'aAzZ09 ._-^%<>:"/\\|?*\t\n\u0000\u007f\u0085\u00a0\u200b\ufefféÉe\u0301ßσΣ∀∃→⇒≠ǅK𝒜😀',
);

function randomNames(count: number): string[] {
  const next = rng(42);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    const length = 1 + Math.floor(next() * 8);
    let name = '';
    for (let i = 0; i < length; i++) name += ALPHABET[Math.floor(next() * ALPHABET.length)];
    names.push(name);
  }
  return names;
}

const SPECIAL = [
  'A',
  'a',
  'forall',
  'Rightarrow',
  '∀',
  'my symbol',
  ' lead',
  'trail ',
  '.hidden',
  'dots..',
  '.',
  '..',
  'CON',
  'con',
  'nul.txt',
  'Com1',
  'lpt9.x',
  'aux ',
  'prn .tmp',
  '%41',
  '^A',
  '^',
  '%',
  'a/b',
  'x:y',
  'alt:longrightarrow',
  '\ufeff',
  'Ǆǅǆ',
];

function isSafeFolderName(folder: string): boolean {
  return (
    !/[<>:"/\\|?*\p{C}\p{Z}]/u.test(folder.replace(/ /g, '')) &&
    !/^[ .]|[ .]$/.test(folder) &&
    folder.length > 0
  );
}

describe('class folder names', () => {
  it('spells the common classes readably', () => {
    expect(encodeClassFolder('A')).toBe('^A');
    expect(encodeClassFolder('a')).toBe('a');
    expect(encodeClassFolder('Rightarrow')).toBe('^Rightarrow');
    expect(encodeClassFolder('forall')).toBe('forall');
    expect(encodeClassFolder('∀')).toBe('∀');
    expect(encodeClassFolder('my symbol')).toBe('my symbol');
    expect(encodeClassFolder('0')).toBe('0');
  });

  it('escapes reserved, risky and escape characters', () => {
    expect(encodeClassFolder('con')).toBe('%63on');
    expect(encodeClassFolder('nul.txt')).toBe('%6Eul.txt');
    expect(encodeClassFolder('CON')).toBe('^C^O^N');
    expect(encodeClassFolder('a/b')).toBe('a%2Fb');
    expect(encodeClassFolder('.x.')).toBe('%2Ex%2E');
    expect(encodeClassFolder(' x ')).toBe('%20x%20');
    expect(encodeClassFolder('%')).toBe('%25');
    expect(encodeClassFolder('^')).toBe('%5E');
    expect(encodeClassFolder('é')).toBe('%C3%A9');
    expect(() => encodeClassFolder('')).toThrow(/empty/);
    expect(() => encodeClassFolder('\ud800x')).toThrow(/well-formed/);
  });

  it('reads hand-made folder names verbatim', () => {
    for (const name of [
      'A',
      'a',
      'forall',
      '∀',
      'my symbol',
      '100%',
      '50%off',
      'x^2',
      '^',
      '%ZZ',
    ]) {
      expect(decodeClassFolder(name)).toBe(name);
    }
    expect(decodeClassFolder('^a')).toBe('A');
    expect(decodeClassFolder('%c3%a9')).toBe('é');
    expect(decodeClassFolder('%FF%41')).toBe('%FFA');
    expect(decodeClassFolder('%C3')).toBe('%C3');
  });

  it('round-trips every symbol, special and random name to a safe folder', () => {
    const names = [...SYMBOL_NAMES, ...SPECIAL, ...randomNames(5000)];
    for (const name of names) {
      const folder = encodeClassFolder(name);
      expect(decodeClassFolder(folder), JSON.stringify(name)).toBe(name);
      expect(isSafeFolderName(folder), JSON.stringify(folder)).toBe(true);
      expect(folder.normalize('NFD'), JSON.stringify(folder)).toBe(folder);
    }
  });

  it('never lets two classes share a folder on a case-insensitive file system', () => {
    const names = [...SYMBOL_NAMES, ...SPECIAL, ...randomNames(5000)];
    const withCaseVariants = new Set<string>();
    for (const name of names) {
      withCaseVariants.add(name);
      withCaseVariants.add(name.toLowerCase());
      withCaseVariants.add(name.toUpperCase());
    }
    const owner = new Map<string, string>();
    for (const name of withCaseVariants) {
      if (/[\uD800-\uDFFF]/u.test(name)) continue;
      const folded = encodeClassFolder(name).toLowerCase();
      const previous = owner.get(folded);
      expect(previous === undefined || previous === name, `${previous} vs ${name}`).toBe(true);
      owner.set(folded, name);
    }
  });
});
