import { fromEnvelopeApi, type InkformApi } from '@services/contract';
import { createBridgeClient } from './bridge-client';

let shared: InkformApi | null = null;

/**
 * The app API: Electron's preload puts it on `window.inkform`; in a plain browser the page
 * talks to the back end through the HTTP bridge. One instance per page, so event
 * subscriptions share one connection.
 */
export function getApi(): InkformApi {
  const api = shared ?? (window.inkform ? fromEnvelopeApi(window.inkform) : createBridgeClient());
  shared = api;
  return api;
}
