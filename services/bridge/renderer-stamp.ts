/**
 * Whether the page `npm run serve` built last time is still the page its sources make. A build
 * takes 4–12 s, so it is reused until one of the files that went into it changes. The stamp
 * lists those files (the modules Vite bundled, from the renderer, the contract and the
 * recognition code the page imports, plus the lockfile and the build's own options) with their
 * sizes and change times, and sits beside the build.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Size and change time: cheap to read, and any edit changes one of them. */
export interface FileFacts {
  readonly size: number;
  readonly mtimeMs: number;
}

/** Every file a build came from, by path relative to the project root. */
export interface RendererStamp {
  readonly files: Readonly<Record<string, FileFacts>>;
}

/** `always`: `--rebuild`; `never`: `--no-build`; `auto`: when the sources changed. */
export const BUILD_MODES = ['auto', 'always', 'never'] as const;
export type BuildMode = (typeof BUILD_MODES)[number];

export type BuildDecision =
  | { readonly build: false; readonly why: 'up to date' | 'reused as asked' }
  | { readonly build: true; readonly why: string };

/**
 * Files that shape the page but are not modules Vite bundles: dependencies (through the
 * lockfile) and the build's own options.
 */
export const ALWAYS_STAMPED = [
  'package-lock.json',
  'services/bridge/build-renderer.ts',
  'services/page-aliases.ts',
  'tsconfig.json',
  'tsconfig.web.json',
] as const;

const MAX_NAMED = 3;

/** The files of `stamp` that changed or vanished, given what is on disk now (null = gone). */
export function changedFiles(
  stamp: RendererStamp,
  now: Readonly<Record<string, FileFacts | null>>,
): string[] {
  return Object.entries(stamp.files)
    .filter(([path, then]) => {
      const facts = now[path];
      return !facts || facts.size !== then.size || facts.mtimeMs !== then.mtimeMs;
    })
    .map(([path]) => path);
}

/**
 * Whether to build the page, and why, in words for the console. Pure: `now` holds the disk's
 * facts for each file of the stamp.
 */
export function decideBuild(input: {
  readonly mode: BuildMode;
  readonly hasBuild: boolean;
  readonly stamp: RendererStamp | null;
  readonly now: Readonly<Record<string, FileFacts | null>>;
}): BuildDecision {
  if (input.mode === 'always') return { build: true, why: 'asked to rebuild' };
  if (!input.hasBuild) return { build: true, why: 'there is no build yet' };
  if (input.mode === 'never') return { build: false, why: 'reused as asked' };
  if (input.stamp === null)
    return { build: true, why: 'the last build has no record of its sources' };
  const changed = changedFiles(input.stamp, input.now);
  if (changed.length === 0) return { build: false, why: 'up to date' };
  const named = changed.slice(0, MAX_NAMED).join(', ');
  const more = changed.length > MAX_NAMED ? ` and ${changed.length - MAX_NAMED} more` : '';
  return { build: true, why: `changed since the last build: ${named}${more}` };
}

/** Where the stamp of the build in `outDir` is kept: beside it, so it is never served. */
export const stampPathOf = (outDir: string): string => `${outDir}.sources.json`;

function isRendererStamp(value: unknown): value is RendererStamp {
  if (typeof value !== 'object' || value === null) return false;
  const files = (value as { files?: unknown }).files;
  if (typeof files !== 'object' || files === null) return false;
  return Object.values(files).every(
    (f: unknown) =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as FileFacts).size === 'number' &&
      typeof (f as FileFacts).mtimeMs === 'number',
  );
}

/** The stamp of the build in `outDir`, or null when there is none or it is unreadable. */
export async function readStamp(outDir: string): Promise<RendererStamp | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(stampPathOf(outDir), 'utf8'));
    return isRendererStamp(parsed) ? parsed : null;
  } catch {
    // A missing or damaged stamp only costs a rebuild.
    return null;
  }
}

async function factsOf(path: string): Promise<FileFacts | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null;
}

/** What is on disk now for each of `paths` (relative to `root`). */
export async function currentFacts(
  root: string,
  paths: readonly string[],
): Promise<Record<string, FileFacts | null>> {
  const entries = await Promise.all(
    paths.map(async (path) => [path, await factsOf(join(root, path))] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * The project files among the module ids a bundler reports: inside `root`, outside
 * node_modules (the lockfile stands for those), without virtual ids or query strings.
 */
export function projectSources(root: string, moduleIds: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const id of moduleIds) {
    if (id.startsWith('\0')) continue;
    const path = id.split('?')[0];
    if (!isAbsolute(path)) continue;
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
    if (rel.split(sep).includes('node_modules')) continue;
    files.add(rel.split(sep).join('/'));
  }
  return [...files].sort();
}

/**
 * Every file under `dir` (relative to `root`) but tests and hidden ones. Stylesheets that
 * `@import` others are inlined, so the bundler's module list does not name the others.
 */
export async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(
      (path) => !path.split('/').some((part) => part === 'node_modules' || part.startsWith('.')),
    )
    .sort();
}

/**
 * Records what the build in `outDir` was made from. A file changed after `startedMs` may have
 * changed after the bundler read it, so it is recorded as changed and the next start rebuilds.
 */
export async function writeStamp(
  outDir: string,
  root: string,
  sources: readonly string[],
  startedMs: number,
): Promise<void> {
  const paths = [...new Set([...sources, ...ALWAYS_STAMPED])].sort();
  const now = await currentFacts(root, paths);
  const files = Object.fromEntries(
    Object.entries(now)
      .filter((entry): entry is [string, FileFacts] => entry[1] !== null)
      .map(([path, facts]) => [
        path,
        facts.mtimeMs >= startedMs ? { ...facts, mtimeMs: -1 } : facts,
      ]),
  );
  await writeFile(stampPathOf(outDir), `${JSON.stringify({ files } satisfies RendererStamp)}\n`);
}
