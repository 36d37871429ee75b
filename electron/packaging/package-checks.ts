/**
 * What a packaged app must and must not contain, as pure functions over listings, so the rules
 * are tested without building anything; scripts/check-package.ts gathers the listings.
 */
import { builtinModules } from 'node:module';

export interface AsarEntry {
  /** Posix path inside the archive, no leading slash: `out/main/index.js`. */
  readonly path: string;
  /** Stored beside the archive in app.asar.unpacked (native code, wasm). */
  readonly unpacked: boolean;
}

interface HeaderNode {
  readonly files?: Record<string, HeaderNode>;
  readonly unpacked?: boolean;
  readonly link?: string;
}

/** Every file of an archive header (`getRawHeader(...).header`), directories left out. */
export function flattenHeader(root: HeaderNode, prefix = ''): AsarEntry[] {
  const entries: AsarEntry[] = [];
  for (const [name, node] of Object.entries(root.files ?? {})) {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (node.files) entries.push(...flattenHeader(node, path));
    else if (node.link === undefined) entries.push({ path, unpacked: node.unpacked === true });
  }
  return entries;
}

/** Static imports and re-exports at the start of a line (as bundles print them), and `import("x")`. */
const IMPORT_PATTERNS = [
  /^\s*import\s[^;]*?\bfrom\s*["']([^"'\s]+)["']/gm,
  /^\s*import\s*["']([^"'\s]+)["']/gm,
  /^\s*export\s[^;]*?\bfrom\s*["']([^"'\s]+)["']/gm,
  /\bimport\(\s*["']([^"'\s]+)["']\s*\)/g,
];

const BUILTINS = new Set(builtinModules);

/** Package names a bundle loads from node_modules at run time (not relative, built-in or Electron). */
export function externalPackages(code: string): string[] {
  const names = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
        continue;
      const name = packageName(specifier);
      if (BUILTINS.has(name) || name === 'electron') continue;
      names.add(name);
    }
  }
  return [...names].sort();
}

/** `import { a, b as c } from "pkg"` at the start of a line, as bundles print them. */
const NAMED_IMPORT = /^\s*import\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']([^"'\s]+)["']/gm;

/**
 * The names a bundle imports from each package (`sequential` from `@tensorflow/tfjs-layers`),
 * relative and built-in modules left out. A bundler that cannot tell which of two re-exported
 * packages a name comes from guesses, and the guess fails only when the app runs.
 */
export function namedImports(code: string): Record<string, string[]> {
  const names: Record<string, Set<string>> = {};
  for (const match of code.matchAll(NAMED_IMPORT)) {
    const specifier = match[2];
    if (externalPackages(`import "${specifier}";`).length === 0) continue;
    const imported = match[1]
      .split(',')
      .map((part) => part.trim().split(/\s+as\s+/)[0])
      .filter((name) => name !== '' && name !== 'default');
    for (const name of imported) (names[specifier] ??= new Set()).add(name);
  }
  return Object.fromEntries(
    Object.entries(names).map(([specifier, set]) => [specifier, [...set].sort()]),
  );
}

/** `main imports x from pkg, which does not export it`, for each name a package lacks. */
export function missingImports(
  imports: Readonly<Record<string, readonly string[]>>,
  exportsOf: (specifier: string) => ReadonlySet<string>,
): string[] {
  return Object.entries(imports).flatMap(([specifier, names]) => {
    const exported = exportsOf(specifier);
    const missing = names.filter((name) => !exported.has(name));
    return missing.length === 0
      ? []
      : [`main imports ${missing.join(', ')} from ${specifier}, which does not export them`];
  });
}

/** `@scope/pkg/sub/path` → `@scope/pkg`; `pkg/sub` → `pkg`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export interface PackageFacts {
  readonly platform: NodeJS.Platform;
  /** Contents of app.asar. */
  readonly asar: readonly AsarEntry[];
  /** Files built by electron-vite, relative to the project (`out/main/index.js`, …). */
  readonly built: readonly string[];
  /** Packages the main bundles import (`externalPackages` over out/main). */
  readonly mainImports: readonly string[];
  /** Files in the resources folder outside app.asar, relative to it. */
  readonly resources: readonly string[];
  /** package.json `dependencies`. */
  readonly dependencies: Readonly<Record<string, string>>;
}

export interface CheckResult {
  readonly problems: string[];
  readonly warnings: string[];
}

const REQUIRED = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
const MODEL_FILES = ['inkform.json', 'model.json', 'weights.bin'];
const ALLOWED_ROOTS = new Set(['package.json', 'out', 'node_modules']);
const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const TEST = /(?:^|\/)[^/]*\.test\.[^/]*$/;
/** The packed shared data (`images.u8.gz` + `meta.tsv.gz`) or a copy of its folder. */
const SHARED_DATA = /(?:^|\/)(?:images\.u8\.gz|meta\.tsv\.gz)$|^(?:shared|datasets)\//;
const NATIVE_LINUX_SHARP = /^node_modules\/@img\/sharp-(?:libvips-)?linux/;

function has(entries: readonly AsarEntry[], path: string): AsarEntry | undefined {
  return entries.find((entry) => entry.path === path);
}

function checkContents(facts: PackageFacts, problems: string[]): void {
  for (const path of REQUIRED) if (!has(facts.asar, path)) problems.push(`app.asar lacks ${path}`);
  const packed = new Set(facts.asar.map((entry) => entry.path));
  const missingBuilt = facts.built.filter((path) => !packed.has(path));
  if (missingBuilt.length > 0)
    problems.push(`built files left out of app.asar: ${missingBuilt.slice(0, 5).join(', ')}`);
  const roots = new Set(facts.asar.map((entry) => entry.path.split('/')[0]));
  const strayRoots = [...roots].filter((root) => !ALLOWED_ROOTS.has(root));
  if (strayRoots.length > 0)
    problems.push(`app.asar holds project files: ${strayRoots.sort().join(', ')}`);
  const sources = facts.asar.filter((entry) => SOURCE.test(entry.path));
  if (sources.length > 0)
    problems.push(`app.asar holds ${sources.length} TypeScript files, e.g. ${sources[0].path}`);
  const tests = facts.asar.filter((entry) => TEST.test(entry.path));
  if (tests.length > 0)
    problems.push(`app.asar holds ${tests.length} test files, e.g. ${tests[0].path}`);
  const data = [...facts.asar.map((entry) => entry.path), ...facts.resources].filter((path) =>
    SHARED_DATA.test(path),
  );
  if (data.length > 0) problems.push(`the package holds the shared data set: ${data[0]}`);
}

function checkModel(facts: PackageFacts, problems: string[]): void {
  for (const file of MODEL_FILES)
    if (!facts.resources.includes(`models/default/${file}`))
      problems.push(`resources lack the default model's ${file}`);
}

function checkDependencies(facts: PackageFacts, problems: string[]): void {
  for (const name of facts.mainImports)
    if (!has(facts.asar, `node_modules/${name}/package.json`))
      problems.push(`main imports ${name}, which is not packaged`);
}

function checkNativeCode(facts: PackageFacts, problems: string[], warnings: string[]): void {
  const packedInside = facts.asar.filter(
    (entry) =>
      !entry.unpacked &&
      (/^node_modules\/(?:sharp|@img)\//.test(entry.path) ||
        /^node_modules\/@tensorflow\/tfjs-backend-wasm\/dist\/[^/]+\.wasm$/.test(entry.path)),
  );
  if (packedInside.length > 0)
    problems.push(`native or wasm files left inside app.asar: ${packedInside[0].path}`);
  if (facts.platform !== 'linux' || !facts.mainImports.includes('sharp')) return;
  const native = facts.asar.filter((entry) => NATIVE_LINUX_SHARP.test(entry.path));
  if (native.length > 0)
    problems.push(
      `the Linux package holds native sharp (${native[0].path}), which crashes Electron`,
    );
  const wasm = has(facts.asar, 'node_modules/@img/sharp-wasm32/package.json');
  if (wasm) return;
  const message = 'the Linux package has no @img/sharp-wasm32, so sharp cannot load there';
  if ('@img/sharp-wasm32' in facts.dependencies) problems.push(message);
  else warnings.push(`${message} (add it to package.json dependencies)`);
}

export function checkPackage(facts: PackageFacts): CheckResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  checkContents(facts, problems);
  checkModel(facts, problems);
  checkDependencies(facts, problems);
  checkNativeCode(facts, problems, warnings);
  return { problems, warnings };
}
