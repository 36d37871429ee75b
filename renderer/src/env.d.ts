import type { InkformApi } from '../../services/contract.js';

declare global {
  interface Window {
    /**
     * The app API, set by the Electron preload (electron/preload/index.ts); absent when the
     * page runs in a plain browser. Failed calls reject with an Error whose `message` is meant
     * for the user: Electron's context bridge copies only the message of an error, so the
     * `code` and class of the `ApiError` raised in the preload do not reach the page.
     */
    inkform?: InkformApi;
  }
}
