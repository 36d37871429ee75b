import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SERVICE_METHODS,
  type ImageResult,
  type ServiceApi,
  type Settings,
} from '../contract/app.js';
import { decodeWire, encodeWire } from '../contract/wire.js';
import { startBridge, type Bridge } from './server.js';

const SETTINGS: Settings = {
  theme: 'system',
  activeModelId: 'default',
  correctionSetId: null,
  liveRecognition: true,
  recognitionDelayMs: 400,
  penWidth: 3,
};

const notHere = (): Promise<never> => Promise.reject(new Error('not used in these tests'));

/** Just enough back end to see calls arrive validated and answers leave intact. */
const fakeServices: ServiceApi = {
  ...(Object.fromEntries(
    SERVICE_METHODS.map((method) => [method, notHere]),
  ) as unknown as ServiceApi),
  getAppInfo: async () => ({ version: '0.0.0', shell: 'browser', userDataDir: '/tmp/x' }),
  recognizeImage: async ({ bytes, name }): Promise<ImageResult> => ({
    lines: [
      {
        text: name,
        symbols: [
          {
            label: 'Q',
            char: 'Q',
            box: { x: 0, y: 0, width: 1, height: 1 },
            alternatives: [{ label: 'Q', char: 'Q', probability: 1 }],
            // Echoes the upload reversed, so the test sees bytes travel both ways.
            glyph: bytes.slice().reverse(),
          },
        ],
      } as unknown as ImageResult['lines'][number],
    ],
    modelId: 'default',
    elapsedMs: 1,
    width: 10,
    height: 10,
    paper: null,
  }),
  getSettings: async () => SETTINGS,
};

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let dir: string;
let bridge: Bridge;

function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (method: string, arg: unknown, token = bridge.token) =>
  call(`/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: encodeWire({ arg }),
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-bridge-'));
  const web = join(dir, 'web');
  await mkdir(join(web, 'assets'), { recursive: true });
  await writeFile(
    join(web, 'index.html'),
    '<!doctype html><html><head><title>Inkform</title></head><body></body></html>',
  );
  await writeFile(join(web, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(web, 'assets', 'style.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  bridge = await startBridge({ services: fakeServices, rendererDir: web, maxBodyBytes: 4096 });
});

afterAll(async () => {
  await bridge.close();
  await rm(dir, { recursive: true, force: true });
});

describe('startBridge', () => {
  it('listens on 127.0.0.1 with a random token and refuses any other host', async () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
    for (const host of ['0.0.0.0', 'localhost', '::1', '192.168.1.2'])
      await expect(startBridge({ services: fakeServices, rendererDir: dir, host })).rejects.toThrow(
        /only listens on 127\.0\.0\.1/,
      );
  });

  it('serves the page only with the right token, with the token injected', async () => {
    const page = await call(`/?token=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain(`<meta name="inkform-bridge-token" content="${bridge.token}">`);
    expect(page.body).toMatch(
      /<title>Inkform<\/title><meta name="inkform-bridge-token"[^>]*><\/head>/,
    );
    expect(page.headers['cache-control']).toBe('no-store');
    for (const path of ['/', '/?token=wrong', '/index.html']) {
      const refused = await call(path);
      expect(refused.status).toBe(403);
      expect(refused.body).toContain('npm run serve');
      expect(refused.body).not.toContain(bridge.token);
    }
  });

  it('sets the security headers on every response', async () => {
    for (const reply of [
      await call(`/?token=${bridge.token}`),
      await call('/assets/app.js'),
      await call('/missing'),
      await apiCall('getAppInfo', undefined),
    ]) {
      expect(reply.headers['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves static files with their content types and nothing outside the folder', async () => {
    const js = await call('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1);');
    expect((await call('/assets/style.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets',
      '/nothing.js',
      '/%E0%A4%A',
    ]) {
      const reply = await call(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('do not serve');
    }
    expect((await call('/assets/app.js', { method: 'DELETE' })).status).toBe(405);
    expect((await call('/favicon.ico')).status).toBe(204);
  });

  it('refuses requests addressed to any other host name (DNS rebinding)', async () => {
    for (const host of ['evil.example:' + bridge.port, '127.0.0.1:1', 'localhost']) {
      const reply = await call(`/?token=${bridge.token}`, { headers: { Host: host } });
      expect(reply.status, host).toBe(403);
      expect(reply.body).not.toContain(bridge.token);
    }
    const api = await call('/api/getAppInfo', {
      method: 'POST',
      headers: { Host: 'evil.example', Authorization: `Bearer ${bridge.token}` },
      body: '{}',
    });
    expect(api.status).toBe(403);
    expect(
      (await call('/assets/app.js', { headers: { Host: `localhost:${bridge.port}` } })).status,
    ).toBe(200);
  });

  it('answers API calls only with the bearer token', async () => {
    expect((await apiCall('getAppInfo', undefined, 'x'.repeat(43))).status).toBe(401);
    const missing = await call('/api/getAppInfo', { method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect(decodeWire(missing.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const ok = await apiCall('getSettings', undefined);
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(decodeWire(ok.body)).toEqual({ ok: true, value: SETTINGS });
  });

  it('dispatches calls with bytes both ways, validated', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const reply = await apiCall('recognizeImage', { bytes, name: 'scan.png' });
    const envelope = decodeWire(reply.body) as { ok: true; value: ImageResult };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.lines[0].text).toBe('scan.png');
    expect(envelope.value.lines[0].symbols[0].glyph).toEqual(new Uint8Array([250, 3, 2, 1]));
    const invalid = decodeWire(
      (await apiCall('recognizeImage', { bytes: [1, 2], name: 'x' })).body,
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const empty = decodeWire(
      (await apiCall('recognizeImage', { bytes: new Uint8Array(0), name: 'x' })).body,
    );
    expect(empty).toMatchObject({ ok: false, error: { message: 'the file is empty (0 bytes)' } });
  });

  it('refuses wrong verbs, unknown and platform methods, bad JSON and oversized bodies', async () => {
    const auth = { Authorization: `Bearer ${bridge.token}` };
    const get = await call('/api/getAppInfo', { headers: auth });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await apiCall('nope', undefined)).status).toBe(404);
    expect((await apiCall('openImage', undefined)).status).toBe(404);
    expect((await apiCall('constructor', undefined)).status).toBe(404);
    const bad = await call('/api/getAppInfo', { method: 'POST', headers: auth, body: '{' });
    expect(bad.status).toBe(400);
    expect(
      (await call('/api/getAppInfo', { method: 'POST', headers: auth, body: '[]' })).status,
    ).toBe(400);
    const big = await apiCall('recognizeImage', { bytes: new Uint8Array(4000), name: 'big.png' });
    expect(big.status).toBe(413);
    expect(decodeWire(big.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('streams emitted events to connected pages, and only with the token', async () => {
    expect((await call('/api/events?token=wrong')).status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: bridge.port,
          path: `/api/events?token=${bridge.token}`,
          headers: { Host: `127.0.0.1:${bridge.port}` },
        },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.startsWith('retry:') && !text.includes('data:')) {
              expect(bridge.listeners()).toBe(1);
              bridge.emit({
                type: 'open-image',
                image: { name: 'a.png', bytes: new Uint8Array([9, 8]), path: null },
              });
            }
            if (text.includes('data:') && text.endsWith('\n\n')) {
              res.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const data = received.split('\n').find((line) => line.startsWith('data: '));
    expect(decodeWire(data!.slice('data: '.length))).toEqual({
      type: 'open-image',
      image: { name: 'a.png', bytes: new Uint8Array([9, 8]), path: null },
    });
  });

  it('closes with event streams still open', async () => {
    const other = await startBridge({
      services: fakeServices,
      rendererDir: dir,
      token: 'a'.repeat(20),
    });
    expect(other.token).toBe('a'.repeat(20));
    await new Promise<void>((resolve) => {
      httpRequest(
        {
          host: '127.0.0.1',
          port: other.port,
          path: `/api/events?token=${other.token}`,
          headers: { Host: `127.0.0.1:${other.port}` },
        },
        (res) => {
          res.on('data', () => resolve());
          res.on('error', () => undefined);
        },
      ).end();
    });
    await expect(
      startBridge({ services: fakeServices, rendererDir: dir, port: other.port }),
    ).rejects.toThrow(/EADDRINUSE/);
    await other.close();
    await expect(
      startBridge({ services: fakeServices, rendererDir: dir, token: 'short' }),
    ).rejects.toThrow(/token/);
  });
});
