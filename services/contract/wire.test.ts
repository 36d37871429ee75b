import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire, WireError } from './wire.js';

const randomBytes = (length: number, seed = 1): Uint8Array => {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
};

describe('base64', () => {
  it('agrees with Node for every length remainder, including empty', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 255, 256, 1000]) {
      const bytes = randomBytes(length, length + 1);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('abc')).toThrow(WireError);
    expect(() => base64ToBytes('ab!d')).toThrow(/out of place/);
    expect(() => base64ToBytes('a=bc')).toThrow(WireError);
    expect(() => base64ToBytes('ab=c')).toThrow(WireError);
    expect(() => base64ToBytes('a===')).toThrow(WireError);
    expect(() => base64ToBytes('aé==')).toThrow(WireError);
  });
});

describe('wire JSON', () => {
  it('round-trips bytes nested in objects and arrays, and everything else unchanged', () => {
    const value = {
      ok: true,
      value: {
        name: 'scan.png',
        bytes: new Uint8Array([0, 1, 254, 255]),
        lines: [{ symbols: [{ glyph: new Uint8Array(784).fill(7), label: 'Q' }] }],
        empty: new Uint8Array(0),
        paper: null,
        n: 1.5,
      },
    };
    const decoded = decodeWire(encodeWire(value));
    expect(decoded).toEqual(value);
    const bytes = (decoded as typeof value).value.lines[0].symbols[0].glyph;
    expect(bytes).toBeInstanceOf(Uint8Array);
  });

  it('encodes a Node Buffer as bytes and an absent value as null', () => {
    expect(decodeWire(encodeWire({ b: Buffer.from('hi') }))).toEqual({
      b: new Uint8Array([104, 105]),
    });
    expect(encodeWire(undefined)).toBe('null');
    expect(decodeWire(encodeWire({ arg: undefined }))).toEqual({});
  });

  it('leaves objects that merely have a $bytes key alongside others alone', () => {
    const value = { $bytes: 'AAAA', other: 1 };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });

  it('throws on malformed JSON and malformed embedded base64', () => {
    expect(() => decodeWire('{')).toThrow(SyntaxError);
    expect(() => decodeWire('{"$bytes":"***"}')).toThrow(WireError);
  });

  it('carries a 64 MB image without blowing the stack', () => {
    const bytes = randomBytes(64 * 1024 * 1024, 9);
    const text = encodeWire({ arg: { bytes, name: 'big.jpg' } });
    expect(text.length).toBeGreaterThan(bytes.length * 1.33);
    const decoded = decodeWire(text) as { arg: { bytes: Uint8Array } };
    expect(decoded.arg.bytes.length).toBe(bytes.length);
    // toEqual on 64 M elements is slow; Buffer.equals compares natively.
    expect(Buffer.from(decoded.arg.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});
