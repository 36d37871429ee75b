import { describe, expect, it } from 'vitest';
import { fileFormatOf, isReadableFormat } from './image-signature.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('fileFormatOf', () => {
  it('knows each picture format by its first bytes', () => {
    expect(fileFormatOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(fileFormatOf(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(fileFormatOf(bytes('GIF89a'))).toBe('gif');
    expect(fileFormatOf(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(fileFormatOf(bytes('II*', [0]))).toBe('tiff');
    expect(fileFormatOf(bytes('MM', [0, 42]))).toBe('tiff');
    expect(fileFormatOf(bytes([0, 0, 0, 28], 'ftypavif'))).toBe('avif');
    expect(fileFormatOf(bytes([0, 0, 0, 28], 'ftypheic'))).toBe('heic');
    // An AVIF may name the generic HEIF brand first and AVIF among its compatible brands.
    expect(fileFormatOf(bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'))).toBe('avif');
    expect(fileFormatOf(bytes([0, 0, 0, 20], 'ftypmif1', [0, 0, 0, 0], 'heic'))).toBe('heic');
    expect(fileFormatOf(bytes('<?xml version="1.0"?>\n<svg xmlns="x">'))).toBe('svg');
    expect(fileFormatOf(bytes('%PDF-1.7'))).toBe('pdf');
    expect(fileFormatOf(bytes('BM', new Array<number>(20).fill(0)))).toBe('bmp');
  });

  it('gives null for text, a lone angle bracket and too few bytes', () => {
    expect(fileFormatOf(bytes('x = y, a plain text file'))).toBeNull();
    expect(fileFormatOf(bytes('<html><body>hi</body></html>'))).toBeNull();
    expect(fileFormatOf(bytes([0x89, 0x50]))).toBeNull();
    expect(fileFormatOf(new Uint8Array(0))).toBeNull();
  });

  it('sorts the formats the decoder reads from those it does not', () => {
    expect(isReadableFormat('png')).toBe(true);
    expect(isReadableFormat('pdf')).toBe(false);
    expect(isReadableFormat('bmp')).toBe(false);
  });
});
