/**
 * Electron main entry. Two things must happen before any back-end module is loaded, which is
 * why the rest of the app is imported dynamically below: on Linux, sharp must be steered to its
 * WebAssembly build before it loads (see sharp-wasm.ts), and the back end must learn where the
 * shipped model is before it reads the path.
 */
import './prefer-sharp-wasm.js';
import { app } from 'electron';
import { PRODUCT_NAME, bundledModelDir, userDataDirIn } from '../../services/shell/paths.js';

// Before the single-instance lock, which lives in the user-data folder.
app.setName(PRODUCT_NAME);
app.setPath('userData', userDataDirIn(app.getPath('appData')));

process.env.INKFORM_DEFAULT_MODEL ??= bundledModelDir({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
});

// A second launch hands its arguments to the first (`second-instance`) and leaves.
if (app.requestSingleInstanceLock()) {
  const { startApp } = await import('./app.js');
  startApp();
} else {
  app.quit();
}
