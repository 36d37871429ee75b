import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { pageAliases } from './services/page-aliases.js';
import { contentSecurityPolicy } from './services/shell/csp.js';

const root = import.meta.dirname;

/**
 * `spawnWorkerBeside` (recognition/worker) starts `./<name>.js` beside the bundled file that calls it, so every
 * worker module must become an entry of the main build, and entries and chunks must share one
 * flat folder. Any `*-worker.ts` in the back-end trees is picked up, so a new worker needs no
 * change here.
 */
function workerEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const dir of ['training', 'recognition', 'services']) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const file of readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('-worker.ts') || file.includes('.test.')) continue;
      entries[basename(file, '.ts')] = join(base, file);
    }
  }
  return entries;
}

const workers = workerEntries();

/**
 * Makes a worker's first import the module that steers sharp to WebAssembly on Linux, so it
 * runs before the worker's other imports load sharp (electron/main/sharp-wasm.ts).
 */
const workerBanner = (chunk: { name: string; isEntry: boolean }) =>
  chunk.isEntry && chunk.name in workers ? 'import "./prefer-sharp-wasm.js";' : '';

/**
 * The page is loaded from file:, where a response-header CSP may not be applied on every
 * Electron version; the same policy in a meta tag covers that case. Build only: the dev server
 * needs inline scripts (React refresh), and main sets a dev policy by header there.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'inkform-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ dev: false, delivery: 'meta' }),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `check:package` sets this when the renderer has not landed yet, to package a placeholder
 * page from a temporary folder; normal builds always use `renderer/`.
 */
const rendererRoot = process.env.INKFORM_RENDERER_ROOT ?? resolve(root, 'renderer');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'prefer-sharp-wasm': resolve(root, 'electron/main/prefer-sharp-wasm.ts'),
          ...workers,
        },
        output: {
          format: 'es',
          banner: workerBanner,
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload is run by Electron's own loader, which only understands
        // CommonJS; the package's "type": "module" would otherwise make it ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: rendererRoot,
    plugins: [react(), cspMetaTag()],
    resolve: { alias: pageAliases(root) },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the page unminified; minified, React is a third of its size, and
      // the first screen's script is what check:package weighs against its budget.
      minify: true,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  },
});
