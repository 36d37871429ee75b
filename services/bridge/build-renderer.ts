/** Builds the page the bridge serves with Vite, from the same sources the desktop app bundles. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Rollup } from 'vite';
import { pageAliases } from '../page-aliases.js';
import {
  ALWAYS_STAMPED,
  currentFacts,
  decideBuild,
  filesUnder,
  projectSources,
  readStamp,
  writeStamp,
  type BuildDecision,
  type BuildMode,
} from './renderer-stamp.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const RENDERER_ROOT = join(PROJECT_ROOT, 'renderer');
/** Where `npm run serve` keeps its build (ignored by git, like the rest of .cache). */
export const DEFAULT_WEB_DIR = join(PROJECT_ROOT, '.cache', 'web');

export const hasBuiltRenderer = (outDir: string): boolean => existsSync(join(outDir, 'index.html'));

/** The module ids of every chunk Vite wrote: the files the page was made from. */
function bundledModules(result: Awaited<ReturnType<typeof build>>): string[] {
  const outputs: Rollup.RollupOutput[] = Array.isArray(result)
    ? result
    : 'output' in result
      ? [result]
      : [];
  return outputs.flatMap((o) =>
    o.output.flatMap((item) => (item.type === 'chunk' ? [...item.moduleIds] : [])),
  );
}

/** Builds the page into `outDir`; gives the project files it was made from. */
async function buildPage(outDir: string): Promise<string[]> {
  if (!existsSync(join(RENDERER_ROOT, 'index.html')))
    throw new Error(`there is no renderer to build yet (${join(RENDERER_ROOT, 'index.html')})`);
  // Vite builds React's development bundle unless NODE_ENV is unset or "production", and test
  // runners set it to "test"; the page served must be the one users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({
      root: RENDERER_ROOT,
      // Only the options below: a stray vite.config in the tree must not change what is served.
      configFile: false,
      plugins: [react()],
      resolve: { alias: pageAliases(PROJECT_ROOT) },
      // The chunks are split as in the desktop build (KaTeX and the training pages on first
      // use); read from this machine, a large one would cost nothing worth a warning.
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
      logLevel: 'warn',
    });
    // The Logic panel's worker is bundled apart, so its modules are not among the page's
    // chunks: the logic layer it runs is stamped as a whole, like the renderer.
    return [
      ...projectSources(PROJECT_ROOT, bundledModules(result)),
      ...(await filesUnder(PROJECT_ROOT, 'renderer')),
      ...(existsSync(join(PROJECT_ROOT, 'logic')) ? await filesUnder(PROJECT_ROOT, 'logic') : []),
    ];
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function buildRenderer(outDir: string = DEFAULT_WEB_DIR): Promise<string> {
  await buildPage(outDir);
  return outDir;
}

/** Builds the page and records beside it which files it came from, for the next start. */
export async function buildRendererStamped(outDir: string = DEFAULT_WEB_DIR): Promise<string> {
  const startedMs = Date.now();
  const sources = await buildPage(outDir);
  await writeStamp(outDir, PROJECT_ROOT, sources, startedMs);
  return outDir;
}

/** Whether the build in `outDir` must be made (again) under `mode`, and why. */
export async function rendererBuildDecision(
  outDir: string,
  mode: BuildMode,
): Promise<BuildDecision> {
  const stamp = await readStamp(outDir);
  const paths = stamp === null ? [...ALWAYS_STAMPED] : Object.keys(stamp.files);
  const now = await currentFacts(PROJECT_ROOT, paths);
  return decideBuild({ mode, hasBuild: hasBuiltRenderer(outDir), stamp, now });
}
