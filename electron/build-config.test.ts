import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../electron.vite.config.js';

const root = join(import.meta.dirname, '..');

type Output = {
  format?: string;
  entryFileNames?: string;
  chunkFileNames?: string;
  banner?: (chunk: { name: string; isEntry: boolean }) => string;
};

function rollup(process: 'main' | 'preload') {
  const options = config[process]?.build?.rollupOptions;
  return {
    input: options?.input as Record<string, string>,
    output: options?.output as Output,
  };
}

describe('electron.vite.config', () => {
  it('builds main as flat ES modules with every worker as an entry', () => {
    const { input, output } = rollup('main');
    expect(input.index).toBe(join(root, 'electron', 'main', 'index.ts'));
    for (const worker of ['recognition-worker', 'train-worker', 'replica-worker']) {
      expect(input[worker]).toMatch(new RegExp(`${worker}\\.ts$`));
      expect(existsSync(input[worker])).toBe(true);
    }
    expect(output).toMatchObject({
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
    });
  });

  it('makes steering sharp to WebAssembly the first import of each worker, and only of workers', () => {
    const { output } = rollup('main');
    expect(output.banner?.({ name: 'recognition-worker', isEntry: true })).toBe(
      'import "./prefer-sharp-wasm.js";',
    );
    expect(output.banner?.({ name: 'index', isEntry: true })).toBe('');
    expect(output.banner?.({ name: 'recognition-worker', isEntry: false })).toBe('');
  });

  it('builds the sandboxed preload as one CommonJS file', () => {
    const { output } = rollup('preload');
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
  });

  it('builds the page from renderer/ into out/renderer', () => {
    expect(config.renderer?.root).toBe(join(root, 'renderer'));
    expect(config.renderer?.build?.outDir).toBe(join(root, 'out', 'renderer'));
  });
});
