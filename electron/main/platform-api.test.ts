import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../services/contract/app.js';
import { ServiceError } from '../../services/service-error.js';
import {
  IMAGE_FILTERS,
  TEXT_FILTERS,
  createPlatformApi,
  suggestedFileName,
  type PlatformHost,
} from './platform-api.js';
import { RecentFilesStore } from './recent-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-platform-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function setup(choice: { open?: string | null; save?: string | null } = {}) {
  const host = {
    showOpenDialog: vi.fn(async () =>
      choice.open
        ? { canceled: false, filePaths: [choice.open] }
        : { canceled: true, filePaths: [] },
    ),
    showSaveDialog: vi.fn(async () =>
      choice.save ? { canceled: false, filePath: choice.save } : { canceled: true },
    ),
    writeClipboardText: vi.fn(),
    addRecentDocument: vi.fn(),
    documentsDir: join(dir, 'Documents'),
  } satisfies PlatformHost;
  const recent = new RecentFilesStore(join(dir, 'recent-files.json'));
  const onRecentChange = vi.fn();
  return { host, recent, onRecentChange, api: createPlatformApi(host, recent, onRecentChange) };
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ServiceError))
    throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

describe('openImage', () => {
  it('returns null when the dialog is cancelled', async () => {
    const { api, host } = setup();
    await expect(api.openImage()).resolves.toBeNull();
    expect(host.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: IMAGE_FILTERS, properties: ['openFile'] }),
    );
  });

  it('reads the chosen image and remembers it, in the app and in the OS', async () => {
    const path = join(dir, 'page.png');
    await writeFile(path, PNG);
    const { api, host, recent, onRecentChange } = setup({ open: path });
    const image = await api.openImage();
    expect(image).toEqual({ name: 'page.png', bytes: PNG, path });
    expect(image?.bytes).toBeInstanceOf(Uint8Array);
    expect(host.addRecentDocument).toHaveBeenCalledWith(path);
    expect((await recent.list()).map((f) => f.path)).toEqual([path]);
    expect(onRecentChange).toHaveBeenLastCalledWith([expect.objectContaining({ path })]);
  });

  it('refuses a file above the size limit without reading it', async () => {
    const path = join(dir, 'huge.png');
    await writeFile(path, PNG);
    await truncate(path, LIMITS.maxImageBytes + 1);
    const { api, recent } = setup({ open: path });
    const error = await failure(api.openImage());
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/huge\.png is too large \(65 MB; at most 64 MB\)/);
    expect(await recent.list()).toEqual([]);
  });

  it('refuses folders and empty files', async () => {
    const folder = join(dir, 'scans.png');
    await mkdir(folder);
    expect((await failure(setup({ open: folder }).api.openImage())).message).toMatch(
      /is not a file/,
    );
    const empty = join(dir, 'empty.png');
    await writeFile(empty, '');
    expect((await failure(setup({ open: empty }).api.openImage())).message).toMatch(/empty/);
  });
});

describe('openRecentFile', () => {
  it('opens a file from the recent list', async () => {
    const path = join(dir, 'a.png');
    await writeFile(path, PNG);
    const { api, recent } = setup();
    await recent.add(path);
    await expect(api.openRecentFile({ path })).resolves.toMatchObject({ name: 'a.png', path });
  });

  it('refuses any path the user has not opened before, without touching it', async () => {
    const path = join(dir, 'secret.png');
    await writeFile(path, PNG);
    const { api } = setup();
    const error = await failure(api.openRecentFile({ path }));
    expect(error.code).toBe('not-found');
  });

  it('drops a recent file that has since disappeared', async () => {
    const path = join(dir, 'gone.png');
    const { api, recent, onRecentChange } = setup();
    await recent.add(path);
    expect((await failure(api.openRecentFile({ path }))).code).toBe('not-found');
    expect(await recent.list()).toEqual([]);
    expect(onRecentChange).toHaveBeenLastCalledWith([]);
  });
});

describe('saveText', () => {
  it('writes the text where the user chose, atomically', async () => {
    const path = join(dir, 'formula.tex');
    const { api, host } = setup({ save: path });
    await expect(
      api.saveText({ suggestedName: 'formula.tex', content: '\\forall x' }),
    ).resolves.toEqual({ saved: true, path });
    expect(await readFile(path, 'utf8')).toBe('\\forall x');
    expect(await readdir(dir)).toEqual(['formula.tex']);
    expect(host.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save text',
      defaultPath: join(dir, 'Documents', 'formula.tex'),
      filters: TEXT_FILTERS,
    });
  });

  it('reports a cancelled dialog as not saved', async () => {
    const { api } = setup();
    await expect(api.saveText({ suggestedName: 'x.txt', content: 'x' })).resolves.toEqual({
      saved: false,
      path: null,
    });
  });

  it('turns a write failure into a message for the user', async () => {
    const { api } = setup({ save: join(dir, 'no-such-folder', 'x.txt') });
    const error = await failure(api.saveText({ suggestedName: 'x.txt', content: 'x' }));
    expect(error.message).toMatch(/x\.txt could not be saved \(ENOENT\)/);
  });

  it('offers text, LaTeX and TPTP/Prover9 files', () => {
    const extensions = TEXT_FILTERS.flatMap((filter) => filter.extensions);
    expect(extensions).toEqual(expect.arrayContaining(['txt', 'tex', 'p']));
  });
});

describe('saveBytes', () => {
  it('writes the bytes where the user chose, offering the file type of the suggested name', async () => {
    const path = join(dir, 'my-model.zip');
    const { api, host } = setup({ save: path });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    await expect(api.saveBytes({ suggestedName: '../evil/my-model.zip', bytes })).resolves.toEqual({
      saved: true,
      path,
    });
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['my-model.zip']);
    expect(host.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save',
      defaultPath: join(dir, 'Documents', 'my-model.zip'),
      filters: [{ name: 'ZIP', extensions: ['zip'] }],
    });
  });
});

describe('suggestedFileName', () => {
  it('keeps a plain name and adds .txt when there is no extension', () => {
    expect(suggestedFileName('formulas.p')).toBe('formulas.p');
    expect(suggestedFileName('formulas')).toBe('formulas.txt');
  });

  it('drops any folder the page put in the name', () => {
    expect(suggestedFileName('../../.bashrc')).toBe('.bashrc.txt');
    expect(suggestedFileName('C:\\Windows\\evil.tex')).toBe('evil.tex');
    expect(suggestedFileName('/etc/')).toBe('etc.txt');
    expect(suggestedFileName('')).toBe('formula.txt');
    expect(suggestedFileName('..')).toBe('formula.txt');
    expect(suggestedFileName('a:b?.tex')).toBe('a_b_.tex');
  });
});

describe('writeClipboard', () => {
  it('puts the text on the clipboard', async () => {
    const { api, host } = setup();
    await api.writeClipboard({ text: '∀x P(x)' });
    expect(host.writeClipboardText).toHaveBeenCalledWith('∀x P(x)');
  });
});
