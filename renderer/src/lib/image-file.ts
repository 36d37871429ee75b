import { fileLabel, IMAGE_PROBLEMS } from '@recognition';
import { LIMITS } from '@services/contract';

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

/**
 * Why an image file cannot be read, or null. Checked before the bytes travel to the back end,
 * which would refuse them anyway, with the same limit (LIMITS is shared with its validators).
 */
export function imageFileProblem(name: string, size: number): string | null {
  if (size <= 0) return IMAGE_PROBLEMS.empty(fileLabel(name));
  if (size > LIMITS.maxImageBytes)
    return `“${name}” is ${megabytes(size)}; Inkform reads images up to ${megabytes(LIMITS.maxImageBytes)}.`;
  return null;
}

/** A MIME type for showing the bytes, from the name; browsers sniff images anyway. */
export function imageTypeOf(name: string): string {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const types: Readonly<Record<string, string>> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    bmp: 'image/bmp',
    tif: 'image/tiff',
    tiff: 'image/tiff',
    avif: 'image/avif',
  };
  return types[extension] ?? '';
}
