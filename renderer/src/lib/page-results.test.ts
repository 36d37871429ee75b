import { describe, expect, it } from 'vitest';
import type { AppLine, AppSymbol, RecognizedLine } from '@services/contract';
import {
  EMPTY_PAGE,
  freshLine,
  mergeRecognition,
  pageReducer,
  readingsOf,
  withForced,
} from './page-results';

function symbol(char: string, x: number): AppSymbol {
  return {
    label: char,
    char,
    confidence: 0.9,
    box: { x, y: 0, width: 10, height: 20 },
    alternatives: [{ label: char, char, probability: 0.9 }],
    glyph: new Uint8Array([x]),
  };
}

function line(chars: string, dx = 0): AppLine {
  const symbols = [...chars].map((c, i) => symbol(c, i * 12 + dx));
  return {
    text: chars,
    wellFormed: true,
    kind: 'formula',
    error: null,
    exports: null,
    symbols,
    box: { x: dx, y: 0, width: chars.length * 12, height: 20 },
  };
}

const redecoded = (text: string, base: AppLine): RecognizedLine => ({
  ...base,
  text,
  symbols: base.symbols.map(({ glyph: _glyph, ...rest }, i) => ({ ...rest, char: text[i] })),
});

describe('page results', () => {
  it('keeps a corrected line whose symbols did not move, and drops it when they did', () => {
    const base = freshLine(line('Pa'));
    const corrected = { ...base, forced: ['P', 'b'] };
    const kept = mergeRecognition([corrected], [line('Pa'), line('Q')]);
    expect(kept[0]).toBe(corrected);
    expect(kept[1].forced).toEqual([null]);

    const moved = mergeRecognition([corrected], [line('Pa', 5)]);
    expect(moved[0].forced).toEqual([null, null]);
    const grown = mergeRecognition([corrected], [line('Pab')]);
    expect(grown[0].forced).toEqual([null, null, null]);
  });

  it('replaces uncorrected lines with the new reading', () => {
    const before = freshLine(line('Pa'));
    const incoming = line('Pa');
    expect(mergeRecognition([before], [incoming])[0].recognized).toBe(incoming);
  });

  it('applies a correction to its line and keeps the recognised glyphs', () => {
    const page = pageReducer(EMPTY_PAGE, { type: 'recognized', lines: [line('Pa'), line('Qb')] });
    const base = page.lines[1];
    const next = pageReducer(page, {
      type: 'corrected',
      base,
      line: redecoded('Qc', base.recognized),
      forced: withForced(base.forced, 1, 'c'),
    });
    expect(next.lines[0]).toBe(page.lines[0]);
    expect(next.lines[1].current.text).toBe('Qc');
    expect(next.lines[1].forced).toEqual([null, 'c']);
    expect(next.lines[1].current.symbols[1].glyph).toBe(base.recognized.symbols[1].glyph);
  });

  it('ignores a correction computed for a line that has since been replaced', () => {
    const page = pageReducer(EMPTY_PAGE, { type: 'recognized', lines: [line('Pa')] });
    const stale = page.lines[0];
    const newer = pageReducer(page, { type: 'recognized', lines: [line('Pa', 3)] });
    const after = pageReducer(newer, {
      type: 'corrected',
      base: stale,
      line: redecoded('Pb', stale.recognized),
      forced: [null, 'b'],
    });
    expect(after).toBe(newer);
  });

  it('keeps earlier choices when forcing another symbol', () => {
    expect(withForced(['a', null, null], 2, 'x')).toEqual(['a', null, 'x']);
  });

  it('hands the decoder the recognised candidates and boxes', () => {
    const l = line('P');
    expect(readingsOf(l)).toEqual([
      { alternatives: l.symbols[0].alternatives, box: l.symbols[0].box },
    ]);
  });
});
