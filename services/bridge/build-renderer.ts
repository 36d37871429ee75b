/** Builds the page the bridge serves with Vite, from the same sources the desktop app bundles. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const RENDERER_ROOT = join(PROJECT_ROOT, 'renderer');
/** Where `npm run serve` keeps its build (ignored by git, like the rest of .cache). */
export const DEFAULT_WEB_DIR = join(PROJECT_ROOT, '.cache', 'web');

export const hasBuiltRenderer = (outDir: string): boolean => existsSync(join(outDir, 'index.html'));

export async function buildRenderer(outDir: string = DEFAULT_WEB_DIR): Promise<string> {
  if (!existsSync(join(RENDERER_ROOT, 'index.html')))
    throw new Error(`there is no renderer to build yet (${join(RENDERER_ROOT, 'index.html')})`);
  // Vite builds React's development bundle unless NODE_ENV is unset or "production", and test
  // runners set it to "test"; the page served must be the one users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: RENDERER_ROOT,
      // Only the options below: a stray vite.config in the tree must not change what is served.
      configFile: false,
      plugins: [react()],
      // KaTeX and React make one large chunk; read from this machine, its size costs nothing.
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
