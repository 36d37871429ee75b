import { describe, expect, it } from 'vitest';
import { GLYPH_PIXELS } from '../../recognition/imaging/gray-image.js';
import { ofTestKind, type GlyphDataset } from './dataset.js';

describe('ofTestKind', () => {
  it('keeps the samples of one test kind, with their pixels, labels and writers', () => {
    const images = new Uint8Array(4 * GLYPH_PIXELS);
    for (let i = 0; i < 4; i++) images[i * GLYPH_PIXELS] = 10 + i;
    const data: GlyphDataset = {
      classes: ['a', 'b'],
      images,
      labels: Uint16Array.from([0, 1, 1, 0]),
      count: 4,
      writers: ['w0', 'w1', 'w2', 'w3'],
      testKinds: ['writer', 'random', 'writer', ''],
    };
    const writer = ofTestKind(data, 'writer');
    expect(writer.count).toBe(2);
    expect([...writer.labels]).toEqual([0, 1]);
    expect(writer.writers).toEqual(['w0', 'w2']);
    expect([writer.images[0], writer.images[GLYPH_PIXELS]]).toEqual([10, 12]);
    expect(ofTestKind(data, 'random').count).toBe(1);
    expect(ofTestKind({ ...data, testKinds: undefined }, 'writer').count).toBe(0);
  });
});
