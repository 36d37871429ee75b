import type { EnvelopeApi } from '@services/contract';

declare global {
  interface Window {
    /**
     * The app API as the Electron preload exposes it (electron/preload/index.ts): calls resolve
     * with envelopes, which `fromEnvelopeApi` unwraps into `ApiError`s with their codes. Absent
     * when the page runs in a plain browser.
     */
    inkform?: EnvelopeApi;
  }
}
