/**
 * Folder spelling of class names for ImageFolder trees.
 *
 * Windows and macOS file systems ignore case, so the classes `A` and `a` cannot live in folders
 * named `A` and `a`: the second `mkdir` silently returns the first folder and the two classes
 * merge. The encoding below keeps every class in its own folder on any file system, and stays
 * readable for the common names:
 *
 * - every uppercase ASCII letter is preceded by `^`: `A` → `^A`, `Rightarrow` → `^Rightarrow`;
 *   lowercase names are unchanged: `a` → `a`, `forall` → `forall`;
 * - characters that are illegal or risky in file names are written `%XX` (uppercase hex of their
 *   UTF-8 bytes): `<>:"/\|?*`, control characters, `%` and `^` themselves, a leading or trailing
 *   space or dot (Windows strips trailing ones, a leading dot hides the folder on Unix);
 * - non-ASCII characters that have case (`Σ`/`σ`, `É`) or that Unicode normalisation would
 *   rewrite (`é`, which macOS may hand back decomposed) are `%XX` too, so the folder name
 *   survives case-folding and normalising file systems byte for byte; so are invisible ones
 *   (zero-width marks, unusual spaces); caseless symbols such as `∀` or `→` stay as they are;
 * - Windows device names (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, also with an
 *   extension such as `nul.txt`) get their first character `%XX`-encoded: `con` → `%63on`.
 *
 * Decoding is lenient so that hand-made trees work: a folder without `^` or `%` is the class
 * name verbatim (`A`, `a`, `forall`, `∀`, `my symbol`), `^x` means the uppercase letter even when
 * typed in lowercase, and a `^` not followed by an ASCII letter or a `%` not starting a valid
 * UTF-8 `%XX` run is kept as written.
 */

const HEX = '0123456789ABCDEF';

/** Characters Windows, macOS or Linux refuse in names, plus our own escape characters. */
const ALWAYS_ESCAPED = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*', '%', '^']);

const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[1-9¹²³]|lpt[1-9¹²³])$/i;

const utf8 = new TextEncoder();

function percentEncode(char: string): string {
  let out = '';
  for (const byte of utf8.encode(char)) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
  return out;
}

function isAsciiUpper(char: string): boolean {
  return char >= 'A' && char <= 'Z';
}

function isAsciiLetter(char: string): boolean {
  return isAsciiUpper(char) || (char >= 'a' && char <= 'z');
}

function needsEscape(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return true;
  if (code < 0x80) return ALWAYS_ESCAPED.has(char);
  // Invisible or unassigned characters (C1 controls, zero-width marks, odd spaces) make names
  // that look alike but differ, or that some tools trim.
  if (/[\p{C}\p{Z}]/u.test(char)) return true;
  const cased = char.toLowerCase() !== char || char.toUpperCase() !== char;
  const unstable = char.normalize('NFD') !== char || char.normalize('NFC') !== char;
  return cased || unstable;
}

/** The folder name for class `name`; throws for names that no folder can hold faithfully. */
export function encodeClassFolder(name: string): string {
  if (name.length === 0) throw new Error('class name must not be empty');
  // In `u` mode a well-formed surrogate pair is one code point, so this only sees lone halves.
  if (/[\uD800-\uDFFF]/u.test(name)) {
    throw new Error(`class name ${JSON.stringify(name)} is not well-formed Unicode`);
  }
  const chars = Array.from(name);
  const last = chars.length - 1;
  let out = '';
  chars.forEach((char, i) => {
    const edge = (i === 0 || i === last) && (char === ' ' || char === '.');
    if (edge || needsEscape(char)) out += percentEncode(char);
    else if (isAsciiUpper(char)) out += `^${char}`;
    else out += char;
  });
  const base = out.split('.')[0].trimEnd();
  if (WINDOWS_DEVICE.test(base)) {
    const first = Array.from(out)[0];
    out = percentEncode(first) + out.slice(first.length);
  }
  return out;
}

function hexValue(char: string | undefined): number {
  if (char === undefined) return -1;
  return HEX.indexOf(char.toUpperCase());
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function escapedByte(folder: string, at: number): number {
  if (folder[at] !== '%') return -1;
  const hi = hexValue(folder[at + 1]);
  const lo = hexValue(folder[at + 2]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/**
 * The character whose UTF-8 escapes start at `at`, or undefined so the caller keeps the `%` as
 * written; decoding one character at a time keeps a stray `%FF` from spoiling its neighbours.
 */
function decodeEscapedChar(folder: string, at: number): { char: string; end: number } | undefined {
  const lead = escapedByte(folder, at);
  if (lead < 0) return undefined;
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (length === 0) return undefined;
  const bytes = new Uint8Array(length);
  for (let k = 0; k < length; k++) {
    const byte = escapedByte(folder, at + 3 * k);
    if (byte < 0) return undefined;
    bytes[k] = byte;
  }
  try {
    return { char: strictUtf8.decode(bytes), end: at + 3 * length };
  } catch {
    return undefined;
  }
}

/** The class name stored in folder `folder`; the inverse of `encodeClassFolder`. */
export function decodeClassFolder(folder: string): string {
  let out = '';
  let i = 0;
  while (i < folder.length) {
    const char = folder[i];
    if (char === '^' && i + 1 < folder.length && isAsciiLetter(folder[i + 1])) {
      out += folder[i + 1].toUpperCase();
      i += 2;
      continue;
    }
    if (char === '%') {
      const decoded = decodeEscapedChar(folder, i);
      if (decoded) {
        out += decoded.char;
        i = decoded.end;
        continue;
      }
    }
    out += char;
    i++;
  }
  return out;
}
