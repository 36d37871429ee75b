/**
 * What the user is told when a picture cannot be read or holds no writing. Free of the decoder
 * so that the page, the back end and the command line can share the same words.
 */
import { FORMAT_NAMES, READABLE_FORMATS } from './image-signature.js';

const READABLE_NAMES = READABLE_FORMATS.map((format) => FORMAT_NAMES[format]);
const READABLE_LIST = `${READABLE_NAMES.slice(0, -1).join(', ')} or ${READABLE_NAMES.at(-1)}`;

function megapixels(pixels: number): string {
  return `${(pixels / 1e6).toFixed(1)} megapixels`;
}

const named = (name: string | undefined): name is string =>
  name !== undefined && name.trim() !== '';

/** How messages name the file: quoted when known, else "The file". */
export function fileLabel(name: string | undefined): string {
  return named(name) ? `“${name}”` : 'The file';
}

/** One message per way a file can fail to be a readable picture; `file` is a `fileLabel`. */
export const IMAGE_PROBLEMS = {
  empty: (file: string) => `${file} is empty (0 bytes). Choose another picture.`,
  notAPicture: (file: string) =>
    `${file} is not a picture Inkform can read. Use a ${READABLE_LIST} file.`,
  otherFormat: (file: string, format: string) =>
    `${file} is a ${format} file, which Inkform cannot read. Save it as PNG or JPEG and open that.`,
  damaged: (file: string) =>
    `${file} is damaged or cut short, so Inkform cannot read it. Save or download it again.`,
  noSize: (file: string) =>
    `${file} does not say how large it is, so Inkform cannot read it. Save it again as PNG or JPEG.`,
  tooLarge: (file: string, pixels: number, limit: number) =>
    `${file} has ${megapixels(pixels)}; Inkform reads pictures of up to ${megapixels(limit)}. Make it smaller and try again.`,
} as const;

/** Said instead of silence when a picture was read and no writing was found on it. */
export function noHandwritingMessage(name: string | undefined): string {
  return named(name)
    ? `No handwriting found in “${name}”.`
    : 'No handwriting found in the picture.';
}
