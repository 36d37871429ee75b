import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, isExternalWebUrl, type AppOrigin } from './app-url.js';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../services/shell/csp.js';
import { isPermissionAllowed } from './permissions.js';

type SessionLike = {
  readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
} & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Session-wide rules: only the app's own files load, they carry our Content-Security-Policy,
 * and no web permission is granted except writing to the clipboard.
 */
export function secureSession(session: SessionLike, origin: AppOrigin): void {
  const policy = contentSecurityPolicy({ dev: origin.kind === 'dev-server', delivery: 'header' });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origin) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, origin)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Per-page rules: the page never navigates away or opens windows. Web links the user clicks
 * (say, a model card's source) go to the OS browser; any other scheme is dropped.
 */
export function secureContents(contents: ContentsLike, openExternal: (url: string) => void): void {
  const sendOut = (url: string) => {
    if (isExternalWebUrl(url)) openExternal(url);
  };
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    sendOut(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
