import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPackage,
  externalPackages,
  flattenHeader,
  missingImports,
  namedImports,
  packageName,
  type AsarEntry,
  type PackageFacts,
} from './packaging/package-checks.js';

const root = join(import.meta.dirname, '..');

const packed = (...paths: string[]): AsarEntry[] =>
  paths.map((path) => ({ path, unpacked: false }));

const good: PackageFacts = {
  platform: 'linux',
  asar: [
    ...packed(
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'node_modules/@tensorflow/tfjs-core/package.json',
    ),
    { path: 'node_modules/sharp/package.json', unpacked: true },
    { path: 'node_modules/@img/sharp-wasm32/package.json', unpacked: true },
  ],
  built: ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'],
  mainImports: ['@tensorflow/tfjs-core', 'sharp'],
  resources: [
    'models/default/inkform.json',
    'models/default/model.json',
    'models/default/weights.bin',
  ],
  dependencies: { sharp: '^0.35.5', '@img/sharp-wasm32': '0.35.5' },
};

describe('package checks', () => {
  it('pass a package that holds exactly what the app needs', () => {
    expect(checkPackage(good)).toEqual({ problems: [], warnings: [] });
  });

  it('catch sources, tests, project files, a missing model and a missing dependency', () => {
    const { problems } = checkPackage({
      ...good,
      asar: [
        ...good.asar.filter((entry) => entry.path !== 'out/preload/index.cjs'),
        ...packed(
          'recognition/recognize.ts',
          'out/main/x.test.js',
          'datasets/symbols/images.u8.gz',
        ),
      ],
      mainImports: [...good.mainImports, 'fflate'],
      resources: ['models/default/model.json'],
    });
    expect(problems.join('\n')).toMatch(/lacks out\/preload\/index\.cjs/);
    expect(problems.join('\n')).toMatch(/built files left out of app\.asar: out\/preload/);
    expect(problems.join('\n')).toMatch(/project files: datasets, recognition/);
    expect(problems.join('\n')).toMatch(/1 TypeScript files/);
    expect(problems.join('\n')).toMatch(/1 test files/);
    expect(problems.join('\n')).toMatch(/shared data set/);
    expect(problems.join('\n')).toMatch(/inkform\.json/);
    expect(problems.join('\n')).toMatch(/main imports fflate/);
  });

  it('catch native sharp in the Linux package and native code left inside the archive', () => {
    const { problems } = checkPackage({
      ...good,
      asar: [
        ...good.asar,
        { path: 'node_modules/@img/sharp-linux-x64/lib/sharp.node', unpacked: true },
        ...packed('node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
      ],
    });
    expect(problems.join('\n')).toMatch(/native sharp/);
    expect(problems.join('\n')).toMatch(/left inside app\.asar: .*tfjs-backend-wasm\.wasm/);
  });

  it('warn, or fail once it is a dependency, when sharp has no WebAssembly build on Linux', () => {
    const asar = good.asar.filter((entry) => !entry.path.includes('sharp-wasm32'));
    const undeclared = checkPackage({ ...good, asar, dependencies: { sharp: '^0.35.5' } });
    expect(undeclared.problems).toEqual([]);
    expect(undeclared.warnings.join()).toMatch(/@img\/sharp-wasm32/);
    expect(checkPackage({ ...good, asar }).problems.join()).toMatch(/@img\/sharp-wasm32/);
  });

  it('read an archive header and the packages a bundle imports', () => {
    expect(
      flattenHeader({
        files: {
          'package.json': {},
          out: { files: { main: { files: { 'index.js': {} } } } },
          node_modules: {
            files: { sharp: { files: { 'a.node': { unpacked: true } } }, l: { link: 'x' } },
          },
        },
      }),
    ).toEqual([
      { path: 'package.json', unpacked: false },
      { path: 'out/main/index.js', unpacked: false },
      { path: 'node_modules/sharp/a.node', unpacked: true },
    ]);
    const code = [
      'import { app } from "electron";',
      'import * as tf from "@tensorflow/tfjs-core";',
      'import "@tensorflow/tfjs-backend-wasm";',
      'import sharp, { x } from "sharp";',
      'import { join } from "node:path";',
      'import fs from "fs";',
      'import { a } from "./chunk-1.js";',
      'export { b } from "fflate/esm";',
      'const later = await import("katex");',
      'const s = "import x from \'not-real\'";',
    ].join('\n');
    expect(externalPackages(code)).toEqual([
      '@tensorflow/tfjs-backend-wasm',
      '@tensorflow/tfjs-core',
      'fflate',
      'katex',
      'sharp',
    ]);
    expect(packageName('@img/sharp-wasm32/sharp.node')).toBe('@img/sharp-wasm32');
    expect(packageName('fflate/esm')).toBe('fflate');
  });
});

/**
 * The real thing: build, package for Linux against a stub Electron, inspect app.asar. It needs
 * electron-builder's Linux layout, so it runs on Linux only.
 */
describe.runIf(process.platform === 'linux')('npm run check:package', () => {
  it('packages the app with main, preload, page and model, and no sources or tests', async () => {
    // Asynchronously: a worker blocked for minutes in spawnSync misses Vitest's RPC deadline and
    // the run reports an unhandled error although the test passed.
    const result = await new Promise<{ status: number | string | null; output: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', join(root, 'scripts', 'check-package.ts')],
          { cwd: root, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) =>
            resolve({
              status: error === null ? 0 : (error.code ?? null),
              output: `${stdout}\n${stderr}`,
            }),
        );
      },
    );
    const { output } = result;
    expect(output).toContain('✓ electron-builder --linux dir');
    expect(output).toMatch(/first screen: [\d.]+ kB of script \(budget 600\.0 kB\)/);
    expect(output).toMatch(/app\.asar: +\d+ files, [\d.]+ MB \(budget 43\.0 MB\)/);
    expect(output).toContain('✓ package checks passed');
    expect(result.status, output).toBe(0);
  }, 180_000);
});

describe('named imports of main', () => {
  const code = [
    'import { app, BrowserWindow } from "electron";',
    'import { sequential, layers as layers$1, tidy } from "@tensorflow/tfjs-core";',
    'import sharp, { format } from "sharp";',
    'import { a } from "./chunk-1.js";',
    'import { join } from "node:path";',
    'import "@tensorflow/tfjs-layers";',
  ].join('\n');

  it('are read per package, without relative, built-in or Electron modules', () => {
    expect(namedImports(code)).toEqual({
      '@tensorflow/tfjs-core': ['layers', 'sequential', 'tidy'],
      sharp: ['format'],
    });
  });

  it('fail when a package does not export a name the bundle takes from it', () => {
    const exportsOf = (specifier: string) =>
      new Set(specifier === 'sharp' ? ['format', 'default'] : ['tidy', 'tensor']);
    expect(missingImports(namedImports(code), exportsOf)).toEqual([
      'main imports layers, sequential from @tensorflow/tfjs-core, which does not export them',
    ]);
    expect(missingImports({ sharp: ['format'] }, exportsOf)).toEqual([]);
  });
});
