import { randomBytes } from 'node:crypto';

/**
 * A folder-safe id that still reads like the name it came from (`my-style-3f9c2a1b`): the slug
 * is for people browsing the folder, the random part keeps ids unique without a lock.
 */
export function newId(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || fallback}-${randomBytes(4).toString('hex')}`;
}

/** Ids that name folders: no separators, nothing hidden, nothing a file system treats specially. */
export const FOLDER_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
