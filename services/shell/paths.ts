import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the bundles sit relative to `out/main`, where electron-vite puts the main process. */
export interface BuildLayout {
  readonly preload: string;
  readonly rendererDir: string;
  readonly rendererIndex: string;
}

export function buildLayout(mainDir: string): BuildLayout {
  const rendererDir = join(mainDir, '..', 'renderer');
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir,
    rendererIndex: pathToFileURL(join(rendererDir, 'index.html')).href,
  };
}

/**
 * One name, run from source or packaged: Electron would otherwise take package.json's `name`
 * ("inkform") and keep the user's settings, models and training sets in a different folder
 * from the packaged app's.
 */
export const PRODUCT_NAME = 'Inkform';

export const userDataDirIn = (appDataDir: string): string => join(appDataDir, PRODUCT_NAME);

export interface ModelLocation {
  readonly isPackaged: boolean;
  /** `process.resourcesPath`: electron-builder's `extraResources` land there. */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the project root when run from source. */
  readonly appPath: string;
}

/**
 * The shipped model. The recognition code's own fallback is relative to its source file, which
 * is wrong once bundled, so the shell always says where the model is.
 */
export function bundledModelDir({ isPackaged, resourcesPath, appPath }: ModelLocation): string {
  return isPackaged ? join(resourcesPath, 'models', 'default') : join(appPath, 'models', 'default');
}
