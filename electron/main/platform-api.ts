import { basename, extname, join } from 'node:path';
import type {
  OpenedImage,
  PlatformApi,
  RecentFile,
  SaveBytesRequest,
  SaveTextRequest,
  SaveTextResult,
} from '../../services/contract/app.js';
import { ServiceError } from '../../services/service-error.js';
import { writeFileAtomic } from '../../training/storage/atomic-file.js';
import { IMAGE_EXTENSIONS, readImageFile } from './image-file.js';

export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

/** The slice of Electron's dialogs and OS hooks the platform methods use, injected for tests. */
export interface PlatformHost {
  showOpenDialog(options: {
    title: string;
    filters: FileFilter[];
    properties: ['openFile'];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  writeClipboardText(text: string): void;
  /** The OS's own recent-documents list (Dock, jump list). */
  addRecentDocument(path: string): void;
  /** Folder a save dialog starts in. */
  readonly documentsDir: string;
}

export interface RecentFiles {
  list(): Promise<readonly RecentFile[]>;
  has(path: string): Promise<boolean>;
  add(path: string): Promise<readonly RecentFile[]>;
  remove(path: string): Promise<readonly RecentFile[]>;
}

export const IMAGE_FILTERS: FileFilter[] = [
  { name: 'Images', extensions: IMAGE_EXTENSIONS },
  { name: 'All files', extensions: ['*'] },
];

export const TEXT_FILTERS: FileFilter[] = [
  { name: 'Text', extensions: ['txt'] },
  { name: 'LaTeX', extensions: ['tex'] },
  { name: 'TPTP or Prover9', extensions: ['p'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * The page suggests only a file name: a path in it is dropped, so the page cannot steer the
 * dialog elsewhere, and a name with no extension gets `.txt`.
 */
export function suggestedFileName(suggested: string): string {
  const name = basename(suggested.replace(/\\/g, '/')).replace(/[<>:"|?*]/g, '_');
  const safe = name === '' || name === '.' || name === '..' ? 'formula' : name;
  return extname(safe) === '' ? `${safe}.txt` : safe;
}

/** Writes atomically; a failure (full disk, no permission) becomes a message for the user. */
async function writeOrExplain(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ServiceError('bad-input', `${basename(path)} could not be saved (${reason})`);
  }
}

/**
 * The shell half of the API in Electron: dialogs, clipboard and recent files. `onRecentChange`
 * lets main rebuild the Open Recent menu whenever the list changes.
 */
export function createPlatformApi(
  host: PlatformHost,
  recent: RecentFiles,
  onRecentChange: (files: readonly RecentFile[]) => void = () => {},
): PlatformApi {
  const openPath = createImageOpener(host, recent, onRecentChange);

  return {
    async openImage() {
      const choice = await host.showOpenDialog({
        title: 'Open image',
        filters: IMAGE_FILTERS,
        properties: ['openFile'],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      return openPath(path);
    },

    async saveText({ suggestedName, content }: SaveTextRequest): Promise<SaveTextResult> {
      const choice = await host.showSaveDialog({
        title: 'Save text',
        defaultPath: join(host.documentsDir, suggestedFileName(suggestedName)),
        filters: TEXT_FILTERS,
      });
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeOrExplain(choice.filePath, content);
      return { saved: true, path: choice.filePath };
    },

    async saveBytes({ suggestedName, bytes }: SaveBytesRequest): Promise<SaveTextResult> {
      const name = basename(suggestedName.replace(/\\/g, '/')).replace(/[<>:"|?*]/g, '_') || 'file';
      const extension = extname(name).slice(1);
      const choice = await host.showSaveDialog({
        title: 'Save',
        defaultPath: join(host.documentsDir, name),
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeOrExplain(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },

    async writeClipboard({ text }) {
      host.writeClipboardText(text);
    },

    listRecentFiles: () => recent.list(),

    async openRecentFile({ path }) {
      // The page names the path, so only files the user opened before may be read this way.
      if (!(await recent.has(path)))
        throw new ServiceError('not-found', `${basename(path)} is not among the recent files`);
      return openPath(path);
    },
  };
}

/** For files that reach the app from the OS or the menu rather than from the page. */
export function createImageOpener(
  host: Pick<PlatformHost, 'addRecentDocument'>,
  recent: RecentFiles,
  onRecentChange: (files: readonly RecentFile[]) => void,
): (path: string) => Promise<OpenedImage> {
  return async (path) => {
    try {
      const image = await readImageFile(path);
      host.addRecentDocument(path);
      onRecentChange(await recent.add(path));
      return image;
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not-found')
        onRecentChange(await recent.remove(path));
      throw error;
    }
  };
}
