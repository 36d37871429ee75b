/**
 * One build of the page for all end-to-end test files: they run in parallel processes, so the
 * build is keyed by the sources it comes from and shared through `.cache`, and a second run
 * with unchanged sources reuses it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildRenderer, PROJECT_ROOT } from '../services/bridge/build-renderer.js';

const CACHE_ROOT = join(PROJECT_ROOT, '.cache', 'e2e-web');

/**
 * Everything the page bundles can come from (it imports the contract and the symbol table, and
 * its Logic panel's worker the logic layer).
 */
const SOURCES = ['renderer', 'services', 'recognition', 'logic', 'package-lock.json'];

async function* filesUnder(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => null);
  if (info === null) return;
  if (info.isFile()) {
    yield path;
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    yield* filesUnder(join(path, entry.name));
  }
}

/** Names, sizes and change times: cheap, and any edit changes one of them. */
async function sourcesKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for await (const file of filesUnder(join(PROJECT_ROOT, source))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      const { size, mtimeMs } = await stat(file);
      hash.update(`${relative(PROJECT_ROOT, file)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

let pending: Promise<string> | null = null;

/** The folder of a built renderer for the current sources. */
export function builtRenderer(): Promise<string> {
  pending ??= buildOnce();
  return pending;
}

async function buildOnce(): Promise<string> {
  const dir = join(CACHE_ROOT, await sourcesKey());
  if (existsSync(join(dir, 'index.html'))) return dir;
  await mkdir(CACHE_ROOT, { recursive: true });
  const scratch = join(CACHE_ROOT, `building-${process.pid}-${Date.now()}`);
  await buildRenderer(scratch);
  try {
    await rename(scratch, dir);
  } catch (error) {
    // Another test file finished the same build first; theirs is as good as ours.
    await rm(scratch, { recursive: true, force: true });
    if (!existsSync(join(dir, 'index.html'))) throw error;
  }
  await removeStaleBuilds(dir);
  return dir;
}

async function removeStaleBuilds(keep: string): Promise<void> {
  for (const name of await readdir(CACHE_ROOT)) {
    const path = join(CACHE_ROOT, name);
    if (path === keep || name.startsWith('building-')) continue;
    const { mtimeMs } = await stat(path);
    // Builds a day old belong to sources long gone; fresher ones may still be in use.
    if (Date.now() - mtimeMs > 24 * 3600 * 1000) await rm(path, { recursive: true, force: true });
  }
}
