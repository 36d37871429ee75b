/**
 * `npm run check:package`: builds the app, packages it for Linux as an unpacked folder, and
 * checks what went in (electron/packaging/package-checks.ts). No Electron binary is needed: electron-builder
 * copies a stub Electron folder instead of downloading one, since only the app's own files are
 * under test. Exits non-zero when a check fails. `--keep` leaves the package for inspection.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { getRawHeader } from '@electron/asar';
import {
  checkPackage,
  externalPackages,
  flattenHeader,
  missingImports,
  namedImports,
  type PackageFacts,
} from '../electron/packaging/package-checks.js';
import {
  checkWeight,
  describeWeight,
  firstScreenScripts,
  type Weight,
} from '../electron/packaging/weight.js';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const keep = process.argv.includes('--keep');

/** A package's CLI script; their `exports` do not list the bin files. */
const cli = (name: string, file: string) =>
  join(dirname(require.resolve(`${name}/package.json`)), file);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

/** Runs a Node CLI from node_modules; its output is shown only if it fails. */
function run(label: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** A page to package while the real renderer has not landed; never written into the project. */
function placeholderRenderer(scratch: string): string {
  const dir = join(scratch, 'renderer');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Inkform</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.js"></script></body></html>\n',
  );
  writeFileSync(join(dir, 'main.js'), "document.getElementById('root').textContent = 'Inkform';\n");
  return dir;
}

/**
 * What electron-builder copies for Linux: the `electron` executable (renamed to the app's) and
 * the licence files beside it. Nothing in it is run.
 */
function stubElectron(scratch: string, version: string): string {
  const dir = join(scratch, 'electron-dist');
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(
    join(dir, 'electron'),
    '#!/bin/sh\necho "stub Electron for check:package" >&2\nexit 1\n',
  );
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stub\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stub</p>\n');
  return dir;
}

/** Bytes of the scripts the built page loads up front (out/renderer/index.html). */
function firstScreenScriptBytes(): number {
  const pageDir = join(root, 'out', 'renderer');
  const scripts = firstScreenScripts(readFileSync(join(pageDir, 'index.html'), 'utf8'));
  return scripts.reduce((sum, src) => sum + statSync(join(pageDir, src)).size, 0);
}

/** The names each package main imports from exports, loaded as main loads them. */
async function exportsOfImported(
  imports: Record<string, string[]>,
): Promise<(specifier: string) => ReadonlySet<string>> {
  const exported = new Map<string, ReadonlySet<string>>();
  for (const specifier of Object.keys(imports)) {
    const module = (await import(specifier)) as Record<string, unknown>;
    exported.set(specifier, new Set(Object.keys(module)));
  }
  return (specifier) => exported.get(specifier) ?? new Set();
}

async function main(): Promise<number> {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const scratch = mkdtempSync(join(tmpdir(), 'inkform-package-'));
  const output = join(scratch, 'dist');
  try {
    const env: NodeJS.ProcessEnv = {};
    if (!existsSync(join(root, 'renderer', 'index.html'))) {
      env.INKFORM_RENDERER_ROOT = placeholderRenderer(scratch);
      console.log('! renderer/index.html does not exist yet: packaging a placeholder page');
    }
    run('electron-vite build', cli('electron-vite', 'bin/electron-vite.js'), ['build'], env);
    run(
      'electron-builder --linux dir',
      cli('electron-builder', 'cli.js'),
      [
        '--linux',
        'dir',
        '--publish',
        'never',
        `-c.electronDist=${stubElectron(scratch, electronVersion)}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${output}`,
      ],
      { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    );

    const unpacked = join(output, 'linux-unpacked');
    const resourcesDir = join(unpacked, 'resources');
    const archive = join(resourcesDir, 'app.asar');
    const asar = flattenHeader(getRawHeader(archive).header);
    const mainDir = join(root, 'out', 'main');
    const mainCode = filesUnder(mainDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(mainDir, file), 'utf8'));
    const mainImports = [...new Set(mainCode.flatMap(externalPackages))].sort();
    const named = namedImports(mainCode.join('\n'));
    const facts: PackageFacts = {
      platform: 'linux',
      asar,
      built: filesUnder(join(root, 'out')).map((file) => `out/${file}`),
      mainImports,
      resources: filesUnder(resourcesDir).filter(
        (file) => file !== 'app.asar' && !file.startsWith('app.asar.unpacked/'),
      ),
      dependencies: packageJson.dependencies ?? {},
    };
    const weight: Weight = {
      firstScreenScriptBytes: firstScreenScriptBytes(),
      asarFiles: asar.filter((entry) => !entry.unpacked).length,
      asarBytes: statSync(archive).size,
    };
    const checked = checkPackage(facts);
    const { warnings } = checked;
    const problems = [
      ...checked.problems,
      ...missingImports(named, await exportsOfImported(named)),
      ...checkWeight(weight),
    ];

    console.log(`  package:   ${relative(root, unpacked) || unpacked}`);
    for (const line of describeWeight(weight)) console.log(`  ${line}`);
    console.log(`  unpacked:  ${asar.filter((e) => e.unpacked).length} files beside app.asar`);
    console.log(`  main uses: ${mainImports.join(', ') || '(no packages)'}`);
    console.log(
      `  resources: ${facts.resources.filter((f) => f.startsWith('models/')).join(', ')}`,
    );
    for (const warning of warnings) console.log(`! ${warning}`);
    for (const problem of problems) console.log(`✗ ${problem}`);
    console.log(
      problems.length === 0
        ? '✓ package checks passed'
        : `✗ ${problems.length} package check(s) failed`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    if (keep) console.log(`  kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
