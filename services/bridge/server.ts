/**
 * The browser bridge: the built renderer and the typed API over HTTP on 127.0.0.1, for users
 * (and tests) without Electron. The page is the same one Electron shows; only the transport
 * differs, and `dispatch` validates every call exactly as the IPC handlers do.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { LIMITS, type AppEvent, type ServiceApi } from '../contract/app.js';
import { MAX_ARCHIVE_BYTES } from '../training/archive-limits.js';
import { handleApiCall } from './api-call.js';
import { EventHub } from './event-stream.js';
import { NEEDS_TOKEN_PAGE, NOT_FOUND_TEXT, withToken } from './pages.js';
import { send, sendApiError } from './respond.js';
import { checkToken, isAllowedHost, LOOPBACK_HOST, newToken, tokensEqual } from './security.js';
import { contentTypeOf, resolveStaticFile } from './static-files.js';

export interface BridgeOptions {
  readonly services: ServiceApi;
  /** 0 (the default) takes any free port. */
  readonly port?: number;
  /** Only 127.0.0.1 is accepted; the option exists so a wrong value fails loudly. */
  readonly host?: string;
  /** The built renderer (Vite's output folder, with index.html). */
  readonly rendererDir: string;
  /** A fresh random token unless given. */
  readonly token?: string;
  /** Largest request body; by default enough for the largest image in base64. */
  readonly maxBodyBytes?: number;
}

export interface Bridge {
  /** The address to open: `http://127.0.0.1:<port>/?token=<token>`. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** Sends an event to every open page. */
  emit(event: AppEvent): void;
  /** How many pages are listening for events. */
  listeners(): number;
  close(): Promise<void>;
}

/** The largest byte argument a validator accepts: an image or a model archive. */
const LARGEST_UPLOAD_BYTES = Math.max(LIMITS.maxImageBytes, MAX_ARCHIVE_BYTES);

/** Base64 is 4/3 of the bytes; the rest is JSON around them. */
export const DEFAULT_MAX_BODY_BYTES = Math.ceil(LARGEST_UPLOAD_BYTES * 1.4);

const TEXT = 'text/plain; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const host = options.host ?? LOOPBACK_HOST;
  if (host !== LOOPBACK_HOST)
    throw new Error(
      `the bridge only listens on ${LOOPBACK_HOST}: it serves your files and models to whoever can reach it (got host "${host}")`,
    );
  const token = options.token === undefined ? newToken() : checkToken(options.token);
  const events = new EventHub();
  const api = {
    services: options.services,
    token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      send(res, 403, TEXT, 'Inkform only answers requests addressed to 127.0.0.1 or localhost.\n');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}`);
    const path = url.pathname;
    if (path === '/api/events') {
      if (req.method !== 'GET') send(res, 405, TEXT, 'Use GET\n', { Allow: 'GET' });
      else if (!tokensEqual(url.searchParams.get('token'), token))
        send(res, 401, TEXT, 'Wrong or missing token\n', { 'Cache-Control': 'no-store' });
      else events.attach(res);
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApiCall(req, res, path.slice('/api/'.length), api);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, TEXT, 'Use GET\n', { Allow: 'GET, HEAD' });
      return;
    }
    if (path === '/' || path === '/index.html') {
      await sendIndex(res, url.searchParams.get('token'));
      return;
    }
    const file = await resolveStaticFile(options.rendererDir, path);
    // Browsers ask for it unprompted; "none" is an answer, a 404 is an error in the console.
    if (file === null && path === '/favicon.ico') send(res, 204, TEXT, '');
    else if (file === null) send(res, 404, TEXT, NOT_FOUND_TEXT);
    else send(res, 200, contentTypeOf(file), await readFile(file), { 'Cache-Control': 'no-cache' });
  }

  /** The page carries the token, so it is served only to whoever already has it. */
  async function sendIndex(res: ServerResponse, given: string | null): Promise<void> {
    if (!tokensEqual(given, token)) {
      send(res, 403, HTML, NEEDS_TOKEN_PAGE, { 'Cache-Control': 'no-store' });
      return;
    }
    const html = await readFile(join(options.rendererDir, 'index.html'), 'utf8');
    send(res, 200, HTML, withToken(html, token), { 'Cache-Control': 'no-store' });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const message = `Something went wrong in the Inkform server: ${error instanceof Error ? error.message : String(error)}`;
      if (res.headersSent) res.destroy();
      else if ((req.url ?? '').startsWith('/api/')) sendApiError(res, 500, 'internal', message);
      else send(res, 500, TEXT, `${message}\n`);
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    events.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK_HOST}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    emit: (event) => events.emit(event),
    listeners: () => events.size,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
