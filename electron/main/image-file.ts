import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LIMITS, type OpenedImage } from '../../services/contract/app.js';
import { ServiceError } from '../../services/service-error.js';

/** What the open dialog offers; recognition decodes these with sharp. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'tif', 'tiff', 'gif', 'avif'];

export const isImagePath = (path: string): boolean =>
  IMAGE_EXTENSIONS.includes(extname(path).slice(1).toLowerCase());

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

function checkSize(name: string, size: number): void {
  if (size > LIMITS.maxImageBytes)
    throw new ServiceError(
      'bad-input',
      `${name} is too large (${megabytes(size)}; at most ${megabytes(LIMITS.maxImageBytes)})`,
    );
  if (size === 0) throw new ServiceError('bad-input', `${name} is empty (0 bytes)`);
}

/**
 * Reads an image the user picked. Folders, pipes and devices are refused before opening (a
 * pipe would block the read forever) and oversized files before reading them whole; the checks
 * are repeated on the open handle so a file swapped in between cannot slip past them.
 */
export async function readImageFile(path: string): Promise<OpenedImage> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ServiceError('bad-input', `${name} is not a file`);
    checkSize(name, info.size);
    const handle = await open(path, 'r');
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) throw new ServiceError('bad-input', `${name} is not a file`);
      checkSize(name, opened.size);
      const bytes = await handle.readFile();
      checkSize(name, bytes.length);
      return { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), path };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ServiceError('not-found', `${name} no longer exists`);
    throw new ServiceError('bad-input', `${name} could not be read (${code ?? String(error)})`);
  }
}
