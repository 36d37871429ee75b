/**
 * The layers are a rule, not a convention: ESLint refuses an import from a layer above the
 * file's own, and a page import that reaches past a layer's entry file (eslint.config.js); the
 * page's aliases say the same in every tool; and no two modules import each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PAGE_ALIASES } from '../services/page-aliases.js';

const ROOT = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer-rule messages ESLint gives `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.line}: ${m.message}`);
}

describe('the layer rule', () => {
  it.each([
    ['recognition/x.ts', "import { buildNetwork } from '../training/model/network.js';"],
    [
      'recognition/imaging/x.ts',
      "import type { ServiceApi } from '../../services/contract/index.js';",
    ],
    ['training/x/x.ts', "import { newId } from '../../services/training/ids.js';"],
    ['training/x.ts', "export { parseFormula } from '../logic/api.js';"],
    ['logic/x.ts', "import { train } from '../training/trainer/train.js';"],
    ['services/bridge/x.ts', "import { contentSecurityPolicy } from '../../electron/main/csp.js';"],
    ['renderer/src/x.ts', "import { SYMBOLS } from '../../recognition/symbols';"],
    ['renderer/src/x.ts', "import type { InkformApi } from '../../services/contract/app';"],
    ['renderer/src/x.ts', "import { SYMBOLS } from '@recognition/symbols';"],
    ['renderer/src/x.ts', "import { saveModel } from '../../training/storage/atomic-file';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\n`)).toHaveLength(1);
  });

  it.each([
    ['recognition/x.ts', "import { SYMBOLS } from './symbols.js';"],
    ['training/x/x.ts', "import { loadModel } from '../../recognition/model-format/model-io.js';"],
    ['logic/x.ts', "import { SYMBOLS } from '../recognition/symbols.js';"],
    [
      'services/x.ts',
      "import { train } from '../training/trainer/train.js';\nimport './training/ids.js';",
    ],
    ['electron/main/x.ts', "import { dispatch } from '../../services/dispatch.js';"],
    [
      'renderer/src/x.ts',
      "import { SYMBOLS } from '@recognition';\nimport type { InkformApi } from '@services/contract';",
    ],
    ['renderer/src/x.test.ts', "import { TEMPLATES } from '@recognition/testing';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\n`)).toEqual([]);
  });
});

describe('the page aliases', () => {
  it('are the same in tsconfig.web.json as for the bundlers', () => {
    // tsconfig allows comments and trailing commas; this one has neither.
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.web.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromTsconfig = Object.fromEntries(
      Object.entries(tsconfig.compilerOptions.paths).map(([alias, [file]]) => [
        alias,
        normalize(file),
      ]),
    );
    expect(fromTsconfig).toEqual(PAGE_ALIASES);
  });
});

/** The folders whose modules are checked for import cycles. */
const SOURCE_FOLDERS = [
  'recognition',
  'training',
  'logic',
  'services',
  'electron',
  'renderer',
  'e2e',
  'scripts',
];

/**
 * Pairs that still import each other, to be ended by the folder's owners; the check below fails
 * both when a new pair appears and when one of these has gone (so the entry is removed).
 */
const KNOWN_PAIRS: readonly string[] = [];

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(): string[] {
  return SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('node_modules'))
      .map((file) => join(folder, file)),
  );
}

/** The project file an import names, or undefined for a package or a non-module file. */
function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const aliased = (PAGE_ALIASES as Record<string, string>)[spec];
  if (aliased) return aliased;
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec));
  const stem = base.replace(/\.js$/, '');
  return [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts')].find((f) => files.has(f));
}

/** Every pair of modules that import each other (type-only imports count: they tie the two). */
function mutualImports(): string[] {
  const files = sourceFiles();
  const known = new Set(files);
  const imports = new Map<string, Set<string>>();
  for (const file of files) {
    const targets = new Set<string>();
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2], known);
      if (target && target !== file) targets.add(target);
    }
    imports.set(file, targets);
  }
  const pairs: string[] = [];
  for (const [file, targets] of imports)
    for (const target of targets)
      if (file < target && imports.get(target)?.has(file))
        pairs.push(`${relative('.', file)} <-> ${relative('.', target)}`);
  return pairs.sort();
}

describe('the import graph', () => {
  it('has no two modules that import each other', () => {
    expect(mutualImports()).toEqual(KNOWN_PAIRS);
  });
});
