/**
 * What kind of file some bytes are, from their first bytes alone. The decoder's own error texts
 * cannot tell "this is not a picture" from "this picture is damaged", and the user needs to
 * hear which: a text file renamed `.png` wants another file, a cut-short download wants
 * downloading again.
 */

/** Formats the decoder reads. */
export const READABLE_FORMATS = ['png', 'jpeg', 'gif', 'webp', 'tiff', 'avif', 'svg'] as const;
/** Formats recognised on sight that the decoder cannot read. */
export const UNREADABLE_FORMATS = ['pdf', 'bmp', 'heic'] as const;

export type ReadableFormat = (typeof READABLE_FORMATS)[number];
export type UnreadableFormat = (typeof UNREADABLE_FORMATS)[number];
export type FileFormat = ReadableFormat | UnreadableFormat;

/** The formats as users name them, for messages. */
export const FORMAT_NAMES: Readonly<Record<FileFormat, string>> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  tiff: 'TIFF',
  avif: 'AVIF',
  svg: 'SVG',
  pdf: 'PDF',
  bmp: 'BMP',
  heic: 'HEIC',
};

const latin1 = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/**
 * ISO media files (AVIF, HEIC) list their brands in an `ftyp` box: the major one at bytes 8..12,
 * compatible ones from byte 16. An AVIF may name the generic `mif1` first, so any AVIF brand
 * makes it an AVIF.
 */
function mediaBrand(bytes: Uint8Array): FileFormat | null {
  if (bytes.length < 12 || latin1(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  const end = Math.min(bytes.length, Math.max(12, boxSize));
  const brands = [latin1(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(latin1(bytes, at, at + 4));
  if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
  const heif = ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'];
  return brands.some((b) => heif.includes(b)) ? 'heic' : null;
}

/** SVG is text: an `<svg` element near the start, perhaps after an XML declaration. */
function isSvg(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 0, Math.min(bytes.length, 1024)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  return /^\s*</.test(head) && /<svg[\s>]/i.test(head);
}

/** The file's format, or null when its first bytes match no picture format we know. */
export function fileFormatOf(bytes: Uint8Array): FileFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (bytes.length >= 12 && latin1(bytes, 0, 4) === 'RIFF' && latin1(bytes, 8, 12) === 'WEBP')
    return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 14) return 'bmp';
  return mediaBrand(bytes) ?? (isSvg(bytes) ? 'svg' : null);
}

export const isReadableFormat = (format: FileFormat): format is ReadableFormat =>
  (READABLE_FORMATS as readonly string[]).includes(format);
