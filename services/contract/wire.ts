/**
 * JSON for the HTTP bridge. Plain JSON has no bytes, and images, glyphs and opened files are
 * `Uint8Array`s in the contract, so each one travels as `{"$bytes": "<base64>"}` and comes back
 * as a `Uint8Array`.
 *
 * Bundled into the page as well as run in Node, so it uses neither Buffer nor `atob`/`btoa`
 * (whose binary strings would need `String.fromCharCode(...chunk)` and blow the stack or the
 * heap on a 64 MB photo): base64 is done on byte arrays, and `TextEncoder`/`TextDecoder`, which
 * both platforms have, turn the ASCII result into a string in one native step.
 */

const BYTES_KEY = '$bytes';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='

const ENCODE = new Uint8Array(64);
/** Char code → 6-bit value, 255 for characters that are not base64. */
const DECODE = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}

export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = ENCODE[n >>> 18];
    out[o++] = ENCODE[(n >>> 12) & 63];
    out[o++] = ENCODE[(n >>> 6) & 63];
    out[o++] = ENCODE[n & 63];
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (bytes[whole] << 16) | (rest === 2 ? bytes[whole + 1] << 8 : 0);
    out[o++] = ENCODE[n >>> 18];
    out[o++] = ENCODE[(n >>> 12) & 63];
    out[o++] = rest === 2 ? ENCODE[(n >>> 6) & 63] : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder().decode(out);
}

export function base64ToBytes(text: string): Uint8Array {
  // Any non-ASCII character becomes bytes ≥ 0x80, which the table below refuses.
  const chars = new TextEncoder().encode(text);
  if (chars.length % 4 !== 0) throw new WireError('base64 text must be a multiple of 4 long');
  let padding = 0;
  if (chars.length > 0 && chars[chars.length - 1] === PAD) padding++;
  if (chars.length > 1 && chars[chars.length - 2] === PAD) padding++;
  const out = new Uint8Array((chars.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < chars.length; i += 4) {
    const last = i + 4 === chars.length;
    const a = DECODE[chars[i]];
    const b = DECODE[chars[i + 1]];
    const c = last && padding === 2 ? 0 : DECODE[chars[i + 2]];
    const d = last && padding >= 1 ? 0 : DECODE[chars[i + 3]];
    if ((a | b | c | d) === 255) throw new WireError('base64 text has a character out of place');
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** `JSON.stringify` with every `Uint8Array` (Node's Buffers included) as `{"$bytes": …}`. */
export function encodeWire(value: unknown): string {
  const text = JSON.stringify(value, function (this: unknown, key: string, item: unknown) {
    // Buffer's own toJSON has already run on `item`; the holder still has the Buffer itself.
    const original = (this as Record<string, unknown>)[key];
    return original instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(original) } : item;
  });
  // `undefined` (a `void` result) has no JSON text; null reads back as "no value" everywhere.
  return text ?? 'null';
}

function isBytesObject(item: unknown): item is { [BYTES_KEY]: string } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const keys = Object.keys(item);
  return (
    keys.length === 1 &&
    keys[0] === BYTES_KEY &&
    typeof (item as Record<string, unknown>)[BYTES_KEY] === 'string'
  );
}

/** `JSON.parse` that turns `{"$bytes": …}` back into a `Uint8Array`; throws on malformed text. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) =>
    isBytesObject(item) ? base64ToBytes(item[BYTES_KEY]) : item,
  );
}
