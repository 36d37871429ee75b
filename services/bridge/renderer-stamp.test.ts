import { mkdtemp, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALWAYS_STAMPED,
  changedFiles,
  currentFacts,
  decideBuild,
  filesUnder,
  projectSources,
  readStamp,
  stampPathOf,
  writeStamp,
  type RendererStamp,
} from './renderer-stamp.js';

const stamp: RendererStamp = {
  files: {
    'renderer/src/App.tsx': { size: 100, mtimeMs: 1000 },
    'services/contract.ts': { size: 50, mtimeMs: 2000 },
  },
};
const same = { ...stamp.files };

describe('decideBuild', () => {
  it('reuses a build whose sources are as they were', () => {
    expect(decideBuild({ mode: 'auto', hasBuild: true, stamp, now: same })).toEqual({
      build: false,
      why: 'up to date',
    });
  });

  it('rebuilds when a source was edited, resized or removed, and names it', () => {
    const edited = { ...same, 'services/contract.ts': { size: 50, mtimeMs: 2001 } };
    expect(decideBuild({ mode: 'auto', hasBuild: true, stamp, now: edited })).toEqual({
      build: true,
      why: 'changed since the last build: services/contract.ts',
    });
    const resized = { ...same, 'renderer/src/App.tsx': { size: 101, mtimeMs: 1000 } };
    expect(decideBuild({ mode: 'auto', hasBuild: true, stamp, now: resized }).build).toBe(true);
    const removed = { ...same, 'renderer/src/App.tsx': null };
    expect(decideBuild({ mode: 'auto', hasBuild: true, stamp, now: removed }).build).toBe(true);
  });

  it('rebuilds without a build or a stamp, and always with --rebuild', () => {
    expect(decideBuild({ mode: 'auto', hasBuild: false, stamp, now: same }).build).toBe(true);
    expect(decideBuild({ mode: 'auto', hasBuild: true, stamp: null, now: {} }).build).toBe(true);
    expect(decideBuild({ mode: 'always', hasBuild: true, stamp, now: same })).toEqual({
      build: true,
      why: 'asked to rebuild',
    });
  });

  it('reuses a stale build with --no-build, unless there is none', () => {
    const edited = { ...same, 'services/contract.ts': null };
    expect(decideBuild({ mode: 'never', hasBuild: true, stamp, now: edited }).build).toBe(false);
    expect(decideBuild({ mode: 'never', hasBuild: false, stamp, now: same }).build).toBe(true);
  });

  it('names at most three changed files', () => {
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((f) => [f, { size: 1, mtimeMs: 1 }]),
    );
    const decision = decideBuild({ mode: 'auto', hasBuild: true, stamp: { files }, now: {} });
    expect(decision.why).toBe('changed since the last build: a, b, c and 2 more');
    expect(changedFiles({ files }, files)).toEqual([]);
  });
});

describe('projectSources', () => {
  it('keeps project files and drops dependencies, virtual ids and query strings', () => {
    const root = '/p';
    expect(
      projectSources(root, [
        '/p/renderer/src/main.tsx',
        '/p/recognition/symbols.ts?used',
        '/p/node_modules/react/index.js',
        '\0vite/modulepreload-polyfill',
        '/elsewhere/x.ts',
        'relative.ts',
        '/p/renderer/src/main.tsx',
      ]),
    ).toEqual(['recognition/symbols.ts', 'renderer/src/main.tsx']);
  });
});

describe('the stamp on disk', () => {
  let dir = '';
  afterEach(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('records the sources and notices an edit; a file touched during the build counts as changed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkform-stamp-'));
    await mkdir(join(dir, 'renderer'));
    await writeFile(join(dir, 'renderer', 'a.ts'), 'a');
    await writeFile(join(dir, 'renderer', 'late.ts'), 'b');
    for (const path of ALWAYS_STAMPED.filter((p) => !p.includes('/')))
      await writeFile(join(dir, path), '{}');
    const past = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'renderer', 'a.ts'), past, past);
    for (const path of ALWAYS_STAMPED.filter((p) => !p.includes('/')))
      await utimes(join(dir, path), past, past);
    const started = Date.now() - 1000;
    const out = join(dir, 'web');
    await writeStamp(out, dir, ['renderer/a.ts', 'renderer/late.ts'], started);

    const read = await readStamp(out);
    expect(read).not.toBeNull();
    const files = Object.keys(read?.files ?? {});
    expect(files).toContain('renderer/a.ts');
    expect(files).toContain('package-lock.json');
    const now = await currentFacts(dir, files);
    expect(changedFiles(read as RendererStamp, now)).toEqual(['renderer/late.ts']);

    await writeFile(join(dir, 'renderer', 'a.ts'), 'edited');
    const after = await currentFacts(dir, files);
    expect(changedFiles(read as RendererStamp, after)).toContain('renderer/a.ts');
  });

  it('lists the files under a folder but tests and hidden ones', async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkform-stamp-'));
    await mkdir(join(dir, 'renderer', 'src', '.hidden'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '');
    await writeFile(join(dir, 'renderer', 'src', 'tokens.css'), '');
    await writeFile(join(dir, 'renderer', 'src', 'App.test.tsx'), '');
    await writeFile(join(dir, 'renderer', 'src', '.hidden', 'x.ts'), '');
    expect(await filesUnder(dir, 'renderer')).toEqual([
      'renderer/index.html',
      'renderer/src/tokens.css',
    ]);
  });

  it('reads a missing or damaged stamp as none', async () => {
    dir = await mkdtemp(join(tmpdir(), 'inkform-stamp-'));
    expect(await readStamp(join(dir, 'web'))).toBeNull();
    await writeFile(stampPathOf(join(dir, 'web')), '{"files": {"a": {"size": "x"}}}');
    expect(await readStamp(join(dir, 'web'))).toBeNull();
  });
});
