import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { AppOrigin } from './app-url.js';
import { secureContents, secureSession } from './guards.js';

type Listener = (...args: never[]) => unknown;

/** Records what the guards register, so each rule can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  return {
    contents,
    open: (url: string) => openHandler?.({ url }),
    emit(name: string, event: object) {
      const listener = listeners.get(name) as ((event: object) => void) | undefined;
      if (!listener) throw new Error(`no ${name} listener`);
      listener(event);
    },
  };
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('secureContents', () => {
  it('denies every new window and sends only web links to the OS browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    secureContents(fake.contents as never, openExternal);
    expect(fake.open('https://github.com/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://github.com/']]);
  });

  it('cancels every navigation of the page, redirects and webviews', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    secureContents(fake.contents as never, openExternal);
    const web = navigation('https://example.com/');
    fake.emit('will-navigate', web);
    const local = navigation('file:///home/user/');
    fake.emit('will-navigate', local);
    const redirect = navigation('https://example.com/');
    fake.emit('will-redirect', redirect);
    const webview = { preventDefault: vi.fn() };
    fake.emit('will-attach-webview', webview);
    for (const event of [web, local, redirect, webview])
      expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
});

const rendererDir = join('/app', 'out', 'renderer');
const origin: AppOrigin = { kind: 'files', rendererDir };
const pageUrl = pathToFileURL(join(rendererDir, 'index.html')).href;

function fakeSession() {
  const handlers: {
    beforeRequest?: (details: { url: string }, callback: (response: object) => void) => void;
    headers?: (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      callback: (response: object) => void,
    ) => void;
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (contents: unknown, permission: string) => boolean;
  } = {};
  const session = {
    webRequest: {
      onBeforeRequest: (listener: typeof handlers.beforeRequest) => {
        handlers.beforeRequest = listener;
      },
      onHeadersReceived: (listener: typeof handlers.headers) => {
        handlers.headers = listener;
      },
    },
    setPermissionRequestHandler: (handler: typeof handlers.request) => {
      handlers.request = handler;
    },
    setPermissionCheckHandler: (handler: typeof handlers.check) => {
      handlers.check = handler;
    },
  };
  return { session, handlers };
}

function respond<T>(register: (callback: (response: T) => void) => void): T {
  let response: T | undefined;
  register((value) => {
    response = value;
  });
  if (response === undefined) throw new Error('no response');
  return response;
}

describe('secureSession', () => {
  it('cancels requests for anything but the app’s own files', () => {
    const { session, handlers } = fakeSession();
    secureSession(session as never, origin);
    const cancelled = (url: string) =>
      respond<{ cancel: boolean }>((cb) => handlers.beforeRequest?.({ url }, cb as never)).cancel;
    expect(cancelled(pageUrl)).toBe(false);
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled(pathToFileURL('/home/user/.ssh/id_rsa').href)).toBe(true);
  });

  it('puts the strict policy on the app’s pages and leaves other responses alone', () => {
    const { session, handlers } = fakeSession();
    secureSession(session as never, origin);
    const page = respond<{ responseHeaders?: Record<string, string[]> }>((cb) =>
      handlers.headers?.({ url: pageUrl, responseHeaders: {} }, cb as never),
    );
    const policy = page.responseHeaders?.['Content-Security-Policy']?.[0] ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    const other = respond<object>((cb) =>
      handlers.headers?.({ url: 'https://example.com/' }, cb as never),
    );
    expect(other).toEqual({});
  });

  it('grants clipboard writing and refuses every other permission', () => {
    const { session, handlers } = fakeSession();
    secureSession(session as never, origin);
    const granted = (permission: string) =>
      respond<boolean>((cb) => handlers.request?.({}, permission, cb));
    expect(granted('clipboard-sanitized-write')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ])
      expect(granted(permission)).toBe(false);
    expect(handlers.check?.({}, 'clipboard-sanitized-write')).toBe(true);
    expect(handlers.check?.({}, 'media')).toBe(false);
  });
});
