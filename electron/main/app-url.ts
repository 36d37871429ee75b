import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the app's own page comes from: the built files in a packaged or previewed app, the
 * Vite dev server under `electron-vite dev`. Exactly one is set, so a dev build never trusts
 * stray local files and a packaged build never trusts a local server.
 */
export type AppOrigin =
  | { readonly kind: 'files'; readonly rendererDir: string }
  | { readonly kind: 'dev-server'; readonly url: string };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** True for a URL of the app's own page or one of its files. */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (origin.kind === 'dev-server') {
    const server = parse(origin.url);
    return server !== null && parsed.origin === server.origin;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return isInside(origin.rendererDir, fileURLToPath(parsed));
}

/** The dev server's HMR socket: same host and port, ws(s) instead of http(s). */
function isDevServerSocket(parsed: URL, origin: AppOrigin): boolean {
  if (origin.kind !== 'dev-server' || !['ws:', 'wss:'].includes(parsed.protocol)) return false;
  const server = parse(origin.url);
  return server !== null && parsed.host === server.host;
}

/** Schemes that never leave the machine and never reach the file system. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether the page may load a URL at all. Anything that is not the app's own files is refused,
 * so a bug or injected markup cannot fetch remote content or read other local files.
 */
export function isAllowedRequest(url: string, origin: AppOrigin): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return isAppUrl(url, origin) || isDevServerSocket(parsed, origin);
}

/** Links the user may follow in the OS browser; nothing else is handed to `shell.openExternal`. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}
