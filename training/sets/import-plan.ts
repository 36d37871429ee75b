/**
 * Which entries of an imported ImageFolder tree (a zip or a folder) are samples, and of which
 * class, decided from their names alone so that nothing is read or inflated for an entry that
 * would be refused anyway. Accepted layouts: `<class>/<image>`, `{train,test}/<class>/<image>`,
 * and either of them inside one wrapping folder, which is what "compress this folder" makes.
 */
import { extname } from 'node:path';
import { SYMBOL_NAMES } from '../../recognition/symbols.js';
import { classOfFolder } from '../data/image-folder.js';

export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.webp', '.bmp'];

export const SKIP = {
  unsafe: 'unsafe path',
  hidden: 'hidden file',
  notImage: 'not an image',
  noClass: 'not in a class folder',
} as const;

export const unknownClassReason = (name: string): string => `unknown class ${JSON.stringify(name)}`;

export type EntryPlan =
  | { readonly kind: 'sample'; readonly className: string }
  | { readonly kind: 'skip'; readonly reason: string }
  /** Folders: structure, not content, so not worth a line in the report. */
  | { readonly kind: 'folder' };

/**
 * The segments of an entry name, or undefined when the name could point anywhere but inside
 * the tree: `..` or `.` segments, absolute paths, drive letters, backslashes (a separator on
 * Windows), NUL and other control characters. Entry names are never used as file names (the
 * store names its own files), so this is about refusing hostile archives plainly; a colon
 * inside a name stays allowed because the shared data's `alt:` classes contain one.
 */
export function safeSegments(name: string): string[] | undefined {
  if (
    name.length === 0 ||
    // eslint-disable-next-line no-control-regex
    /[\\\u0000-\u001f\u007f]/.test(name) ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name)
  )
    return undefined;
  const segments = name.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return segments;
}

const isHidden = (segment: string): boolean =>
  segment.startsWith('.') || segment.toLowerCase() === '__macosx';

const isSplit = (segment: string): boolean => /^(train|test)$/i.test(segment);

export interface PlanOptions {
  /** Zips often hold the zipped folder itself; a picked folder is the tree already. */
  readonly allowWrapper: boolean;
}

/** One plan per name, in order; names ending in `/` are folders. */
export function planImport(names: readonly string[], options: PlanOptions): EntryPlan[] {
  const plans: EntryPlan[] = [];
  const images: { index: number; segments: string[] }[] = [];
  names.forEach((name, index) => {
    const isFolder = name.endsWith('/');
    const segments = safeSegments(isFolder ? name.slice(0, -1) : name);
    if (!segments) plans.push({ kind: 'skip', reason: SKIP.unsafe });
    else if (segments.some(isHidden)) plans.push({ kind: 'skip', reason: SKIP.hidden });
    else if (isFolder) plans.push({ kind: 'folder' });
    else if (!IMAGE_EXTENSIONS.includes(extname(name).toLowerCase()))
      plans.push({ kind: 'skip', reason: SKIP.notImage });
    else {
      images.push({ index, segments });
      // Filled in below, once the layout of the whole tree is known.
      plans.push({ kind: 'folder' });
    }
  });

  const first = images[0]?.segments[0];
  const wrapped =
    options.allowWrapper &&
    first !== undefined &&
    !isSplit(first) &&
    images.every((e) => e.segments.length >= 3 && e.segments[0] === first);

  for (const { index, segments } of images) {
    let rest = wrapped ? segments.slice(1) : segments;
    if (rest.length === 3 && isSplit(rest[0])) rest = rest.slice(1);
    if (rest.length !== 2) {
      plans[index] = { kind: 'skip', reason: SKIP.noClass };
      continue;
    }
    const className = classOfFolder(rest[0], SYMBOL_NAMES);
    plans[index] = SYMBOL_NAMES.includes(className)
      ? { kind: 'sample', className }
      : { kind: 'skip', reason: unknownClassReason(className) };
  }
  return plans;
}
