// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  SERVICE_METHODS,
  type AppEvent,
  decodeWire,
  encodeWire,
} from '@services/contract';
import { captureDownloads } from '../test/object-urls';
import { createBridgeClient, UNREACHABLE_MESSAGE } from './bridge-client';

const TOKEN = 'test-token-0123456789abcdef';

function answer(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
}

/** Stands in for the browser's EventSource, which jsdom lacks. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  closed = false;
  private readonly listeners: ((message: MessageEvent<string>) => void)[] = [];
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(_type: 'message', listener: (message: MessageEvent<string>) => void) {
    this.listeners.push(listener);
  }
  close() {
    this.closed = true;
  }
  send(data: string) {
    for (const listener of this.listeners) listener(new MessageEvent('message', { data }));
  }
}

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

beforeEach(() => {
  document.head.innerHTML = `<meta name="inkform-bridge-token" content="${TOKEN}">`;
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('EventSource', FakeEventSource);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('createBridgeClient: back-end calls', () => {
  it('posts the wire-encoded argument with the page token and decodes bytes in the answer', async () => {
    const glyph = new Uint8Array([0, 255, 7]);
    fetchMock.mockResolvedValue(
      answer(
        encodeWire({
          ok: true,
          value: { lines: [{ symbols: [{ glyph }] }], modelId: 'default', elapsedMs: 3 },
        }),
      ),
    );
    const bytes = new Uint8Array([1, 2, 3]);
    const result = await createBridgeClient().recognizeImage({ bytes, name: 'a.png' });
    expect(result.lines[0].symbols[0].glyph).toEqual(glyph);
    expect(result.lines[0].symbols[0].glyph).toBeInstanceOf(Uint8Array);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/recognizeImage');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
    });
    expect(decodeWire(init?.body as string)).toEqual({ arg: { bytes, name: 'a.png' } });
  });

  it('calls the bridge for every back-end method of the contract', async () => {
    fetchMock.mockImplementation(async () => answer(encodeWire({ ok: true, value: null })));
    const api = createBridgeClient() as unknown as Record<string, (arg?: unknown) => unknown>;
    for (const method of SERVICE_METHODS) await api[method]({});
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(
      SERVICE_METHODS.map((method) => `/api/${method}`),
    );
  });

  it('sends no argument for methods without one', async () => {
    fetchMock.mockResolvedValue(answer(encodeWire({ ok: true, value: [] })));
    await expect(createBridgeClient().listTrainingSets()).resolves.toEqual([]);
    expect(decodeWire(fetchMock.mock.calls[0][1]?.body as string)).toEqual({});
  });

  it('throws the envelope error as an ApiError with its code and message', async () => {
    fetchMock.mockResolvedValue(
      answer(encodeWire({ ok: false, error: { code: 'bad-input', message: 'not an image' } }), 200),
    );
    const error = await createBridgeClient()
      .recognizeImage({ bytes: new Uint8Array([1]), name: 'x.png' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'bad-input', message: 'not an image' });
  });

  it('reads error envelopes sent with an HTTP error status', async () => {
    fetchMock.mockResolvedValue(
      answer(encodeWire({ ok: false, error: { code: 'bad-input', message: 'too large' } }), 413),
    );
    await expect(createBridgeClient().getSettings()).rejects.toMatchObject({
      code: 'bad-input',
      message: 'too large',
    });
  });

  it('turns a network failure into a message about the server', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(createBridgeClient().getAppInfo()).rejects.toEqual(
      new ApiError('internal', UNREACHABLE_MESSAGE),
    );
  });

  it('refuses answers that are not envelopes', async () => {
    fetchMock.mockResolvedValue(answer('<html>Bad gateway</html>', 502));
    await expect(createBridgeClient().getAppInfo()).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('HTTP 502'),
    });
    fetchMock.mockResolvedValue(answer('{"ok":false}'));
    await expect(createBridgeClient().getAppInfo()).rejects.toBeInstanceOf(ApiError);
  });

  it('says how to open the page when it has no token', async () => {
    document.head.innerHTML = '';
    await expect(createBridgeClient().getAppInfo()).rejects.toMatchObject({
      message: expect.stringContaining('npm run serve'),
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('createBridgeClient: events', () => {
  it('shares one stream among listeners and closes it when the last one leaves', () => {
    const api = createBridgeClient();
    const first: AppEvent[] = [];
    const second: AppEvent[] = [];
    const offFirst = api.onEvent((event) => first.push(event));
    const offSecond = api.onEvent((event) => second.push(event));
    const source = FakeEventSource.last!;
    expect(source.url).toBe(`/api/events?token=${TOKEN}`);
    const event: AppEvent = {
      type: 'open-image',
      image: { name: 'a.png', bytes: new Uint8Array([5]), path: null },
    };
    source.send(encodeWire(event));
    source.send('not json');
    source.send('{"no":"type"}');
    expect(first).toEqual([event]);
    expect(second).toEqual([event]);
    offFirst();
    expect(source.closed).toBe(false);
    offSecond();
    expect(source.closed).toBe(true);
  });
});

describe('createBridgeClient: platform methods with web APIs', () => {
  it('opens an image through a file input and reads its bytes', async () => {
    // jsdom's File has no arrayBuffer(); every browser the app supports has.
    const png = new Uint8Array([137, 80, 78, 71]);
    const file = { name: 'photo.png', size: png.length, arrayBuffer: async () => png.buffer };
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      expect(this.accept).toBe('image/*');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    await expect(createBridgeClient().openImage()).resolves.toEqual({
      name: 'photo.png',
      bytes: new Uint8Array([137, 80, 78, 71]),
      path: null,
    });
    expect(document.querySelector('input')).toBeNull();
  });

  it('resolves null when the picker is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(createBridgeClient().openImage()).resolves.toBeNull();
    expect(document.querySelector('input')).toBeNull();
  });

  it('saves text as a download', async () => {
    const { clicked, blobs } = captureDownloads('blob:inkform/1');
    await expect(
      createBridgeClient().saveText({ suggestedName: 'formula.tex', content: '\\forall x' }),
    ).resolves.toEqual({ saved: true, path: null });
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('formula.tex');
    expect(clicked[0].href).toBe('blob:inkform/1');
    expect(blobs()[0].type).toBe('text/plain;charset=utf-8');
  });

  it('copies through the Clipboard API and explains when the browser refuses', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await createBridgeClient().writeClipboard({ text: '∀x' });
    expect(writeText).toHaveBeenCalledWith('∀x');
    writeText.mockRejectedValue(new Error('NotAllowedError'));
    await expect(createBridgeClient().writeClipboard({ text: '∀x' })).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('clipboard'),
    });
  });

  it('has no recent files', async () => {
    const api = createBridgeClient();
    await expect(api.listRecentFiles()).resolves.toEqual([]);
    await expect(api.openRecentFile({ path: '/x.png' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
