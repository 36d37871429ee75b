/**
 * The Node version the project promises (package.json `engines`, the README) must be one every
 * dependency installs and runs on, or the promise is a lie. Electron's own packages ask for Node
 * 22.12 since Electron 42; they are the desktop shell's tooling, work on Node 20.19 (which can
 * `require` their ES modules) and are the only exceptions, named below and in the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

interface LockedPackage {
  readonly version?: string;
  readonly dev?: boolean;
  readonly engines?: { readonly node?: string } | readonly string[];
}

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage & { engines?: { node?: string } }>;
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Packages of the Electron toolchain whose `engines` ask for more than our floor. */
const ELECTRON_TOOLCHAIN = [
  'electron',
  '@electron/get',
  '@electron-internal/extract-zip',
  '@electron/rebuild',
  'node-abi',
];

const floor = semver.minVersion(packageJson.engines.node);

function nodeRange(pkg: LockedPackage): string | undefined {
  const engines = pkg.engines;
  return engines !== undefined && !Array.isArray(engines)
    ? (engines as { node?: string }).node
    : undefined;
}

/** Installed packages whose `engines.node` our floor does not satisfy. */
function tooNewFor(version: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path, pkg]) => {
      const range = nodeRange(pkg);
      return path !== '' && range !== undefined && !semver.satisfies(version, range);
    })
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('the Node version the project asks for', () => {
  it('is the same in package.json, the lockfile and the README', () => {
    expect(floor).not.toBeNull();
    expect(lock.packages[''].engines?.node).toBe(packageJson.engines.node);
    expect(readme).toContain(`Node.js ${floor?.major}.${floor?.minor} or later`);
  });

  it('runs every dependency but the Electron toolchain, which needs only dev installs', () => {
    const version = floor?.version ?? '0.0.0';
    const exceptions = [...new Set(tooNewFor(version))].sort();
    expect(exceptions).toEqual([...ELECTRON_TOOLCHAIN].sort());
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      if (ELECTRON_TOOLCHAIN.includes(name))
        expect({ name, dev: pkg.dev }).toEqual({ name, dev: true });
    }
  });

  it('is the oldest Node the rest needs: one minor lower would break a dependency', () => {
    const lower = `${floor?.major}.${(floor?.minor ?? 1) - 1}.0`;
    expect(tooNewFor(lower).filter((name) => !ELECTRON_TOOLCHAIN.includes(name))).not.toEqual([]);
  });

  it('names the toolchain in the README, which explains their install warnings', () => {
    expect(readme).toContain('EBADENGINE');
    expect(readme).toContain(
      `Electron ${lock.packages['node_modules/electron'].version?.split('.')[0]}`,
    );
  });
});
