import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, isExternalWebUrl, type AppOrigin } from './app-url.js';

const rendererDir = join('/opt', 'Inkform', 'resources', 'app.asar', 'out', 'renderer');
const files: AppOrigin = { kind: 'files', rendererDir };
const dev: AppOrigin = { kind: 'dev-server', url: 'http://localhost:5173' };
const fileUrl = (...parts: string[]) => pathToFileURL(join(rendererDir, ...parts)).href;

describe('isAppUrl', () => {
  it('accepts the built page and its assets', () => {
    expect(isAppUrl(fileUrl('index.html'), files)).toBe(true);
    expect(isAppUrl(fileUrl('assets', 'index-abc.js'), files)).toBe(true);
  });

  it('refuses other local files, traversal out of the folder and file URLs with a host', () => {
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, files)).toBe(false);
    expect(isAppUrl(pathToFileURL(join(rendererDir, '..', 'main', 'index.js')).href, files)).toBe(
      false,
    );
    expect(isAppUrl(`${pathToFileURL(rendererDir).href}/../main/index.js`, files)).toBe(false);
    expect(isAppUrl(pathToFileURL(`${rendererDir}-evil/index.html`).href, files)).toBe(false);
    expect(isAppUrl(fileUrl('index.html').replace('file:///', 'file://server/'), files)).toBe(
      false,
    );
  });

  it('refuses the web and nonsense when serving files', () => {
    expect(isAppUrl('https://example.com/index.html', files)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', files)).toBe(false);
    expect(isAppUrl('not a url', files)).toBe(false);
    expect(isAppUrl('', files)).toBe(false);
  });

  it('accepts exactly the dev server origin in dev, and no files', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl(fileUrl('index.html'), dev)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets the page load its own files, data and blob URLs only', () => {
    expect(isAllowedRequest(fileUrl('assets', 'KaTeX_Main.woff2'), files)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', files)).toBe(true);
    expect(isAllowedRequest('blob:file:///1234', files)).toBe(true);
    expect(isAllowedRequest('https://cdn.example.com/katex.css', files)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', files)).toBe(false);
    expect(isAllowedRequest(pathToFileURL('/home/user/secret.txt').href, files)).toBe(false);
  });

  it('lets the dev page reach the dev server and its hot-reload socket, nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('wss://example.com/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it('hands only http(s) links to the OS browser', () => {
    expect(isExternalWebUrl('https://github.com/')).toBe(true);
    expect(isExternalWebUrl('http://example.com/a')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'x'])
      expect(isExternalWebUrl(url)).toBe(false);
  });
});
