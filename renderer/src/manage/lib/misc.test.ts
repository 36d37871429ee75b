// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../../test/object-urls';
import { balanceSummary, classCounts } from './class-balance';
import { cellSize, cellTone, confusionCells, topConfusions } from './confusion';
import { count, duration, lossText, percent } from './format';
import { glyphToRgba } from './glyph-image';
import { saveBytes } from './save-bytes';
import { parseSymbols, symbolLabel, symbolsText } from './symbol-list';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('symbol lists', () => {
  it('reads characters, class names and runs of characters', () => {
    expect(parseSymbols('∧ ∨  → ↔')).toEqual({
      labels: ['wedge', 'vee', 'rightarrow', 'leftrightarrow'],
      unknown: [],
    });
    expect(parseSymbols('forall ∃xP top')).toEqual({
      labels: ['forall', 'exists', 'x', 'P', 'top'],
      unknown: [],
    });
    expect(parseSymbols('∧ λ a∘')).toEqual({ labels: ['wedge'], unknown: ['λ', 'a∘'] });
    expect(symbolsText(['wedge', 'x', 'comma'])).toBe('∧ x ,');
    expect(symbolLabel('wedge')).toBe('∧  wedge');
    expect(symbolLabel('x')).toBe('x');
  });
});

describe('confusion matrix colours', () => {
  const confusion = [
    [8, 2, 0],
    [0, 0, 0],
    [1, 0, 99],
  ];

  it('keeps only non-zero cells, normalised by their row', () => {
    expect(confusionCells(confusion)).toEqual([
      { truth: 0, predicted: 0, count: 8, rate: 0.8 },
      { truth: 0, predicted: 1, count: 2, rate: 0.2 },
      { truth: 2, predicted: 0, count: 1, rate: 0.01 },
      { truth: 2, predicted: 2, count: 99, rate: 0.99 },
    ]);
  });

  it('colours hits and misses apart, small error rates still visible', () => {
    const [hit, miss, rare] = confusionCells(confusion);
    expect(cellTone(hit)).toEqual({ tone: 'hit', opacity: 0.907 });
    expect(cellTone(miss).tone).toBe('miss');
    expect(cellTone(rare).opacity).toBeCloseTo(0.208, 3);
    expect(cellTone(miss).opacity).toBeGreaterThan(cellTone(rare).opacity);
  });

  it('finds the most frequent mistakes and fits 78 classes', () => {
    expect(topConfusions(confusion, 1)).toEqual([{ truth: 0, predicted: 1, count: 2, rate: 0.2 }]);
    expect(cellSize(78) * 78).toBeLessThanOrEqual(640);
    expect(cellSize(3)).toBe(28);
  });
});

describe('class balance', () => {
  it('orders classes as the symbol table does and sums them up', () => {
    const counts = classCounts({ x: 4, wedge: 9, forall: 2, empty: 0 });
    expect(counts.map((c) => c.label)).toEqual(['forall', 'wedge', 'x']);
    expect(balanceSummary(counts)).toEqual({
      classes: 3,
      total: 15,
      smallest: { label: 'forall', count: 2 },
      largest: { label: 'wedge', count: 9 },
    });
  });
});

describe('format', () => {
  it('writes figures the same way everywhere', () => {
    expect(percent(0.92134)).toBe('92.1%');
    expect(percent(null)).toBe('—');
    expect(count(20000)).toBe('20,000');
    expect(duration(42)).toBe('42 s');
    expect(duration(245)).toBe('4 min 05 s');
    expect(duration(3790)).toBe('1 h 03 min');
    expect(lossText(2.30259)).toBe('2.303');
    expect(lossText(0.012345)).toBe('0.0123');
  });
});

describe('glyph thumbnails', () => {
  it('turn ink into the alpha of black pixels', () => {
    const glyph = new Uint8Array(784);
    glyph[0] = 255;
    glyph[29] = 100;
    const rgba = glyphToRgba(glyph);
    expect(rgba).toHaveLength(784 * 4);
    expect([...rgba.subarray(0, 4)]).toEqual([0, 0, 0, 255]);
    expect(rgba[29 * 4 + 3]).toBe(100);
    expect(rgba[4 + 3]).toBe(0);
  });
});

describe('saveBytes', () => {
  it('uses the platform’s saveBytes when it has one', async () => {
    const platform = vi.fn(async () => ({ saved: true, path: '/tmp/m.zip' }));
    const bytes = new Uint8Array([1, 2]);
    await expect(saveBytes({ saveBytes: platform }, 'm.zip', bytes)).resolves.toEqual({
      saved: true,
      path: '/tmp/m.zip',
    });
    expect(platform).toHaveBeenCalledWith({ suggestedName: 'm.zip', bytes });
  });

  it('downloads a blob when the platform has none', async () => {
    const { clicked, blobs } = captureDownloads('blob:inkform/2');
    await expect(saveBytes({}, 'model.zip', new Uint8Array([0x50, 0x4b]))).resolves.toEqual({
      saved: true,
      path: null,
    });
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['model.zip', 'blob:inkform/2']]);
    const [blob] = blobs();
    expect(blob.type).toBe('application/zip');
    expect(blob.size).toBe(2);
    expect(document.querySelector('a')).toBeNull();
  });
});
