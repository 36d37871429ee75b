/**
 * The app API in a plain browser (`npm run serve`): back-end calls go over HTTP to the bridge,
 * events arrive as Server-Sent Events, and what Electron's main process does for the desktop
 * app (dialogs, clipboard, saving) is done here with web APIs.
 *
 * Bundled into the page: imports nothing but the contract and the wire format.
 */
import {
  ApiError,
  LIMITS,
  type AppEvent,
  type Envelope,
  type InkformApi,
  type OpenedImage,
  type PlatformApi,
  type SaveBytesRequest,
  type SaveTextRequest,
  type ServiceApi,
  type ServiceMethod,
  SERVICE_METHODS,
  decodeWire,
  encodeWire,
} from '@services/contract';

/** Set by the bridge in the page it serves (services/bridge/pages.ts). */
const TOKEN_META_NAME = 'inkform-bridge-token';

export const UNREACHABLE_MESSAGE =
  'The Inkform server is not reachable — is `npm run serve` still running?';

const NOT_FROM_BRIDGE_MESSAGE =
  'This page was not opened from the address that `npm run serve` printed; open that address.';

/** Long enough for the browser to start the download, which reads the blob asynchronously. */
const REVOKE_DOWNLOAD_URL_MS = 60_000;

function readToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`);
  const token = meta?.content ?? '';
  if (token === '') throw new ApiError('internal', NOT_FROM_BRIDGE_MESSAGE);
  return token;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { ok } = value as { ok?: unknown };
  if (ok === true) return true;
  if (ok !== false) return false;
  const { error } = value as { error?: { code?: unknown; message?: unknown } };
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

async function call(method: ServiceMethod, arg: unknown): Promise<unknown> {
  const token = readToken();
  let text: string;
  let status: number;
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: encodeWire({ arg }),
    });
    status = response.status;
    text = await response.text();
  } catch {
    throw new ApiError('internal', UNREACHABLE_MESSAGE);
  }
  let envelope: unknown;
  try {
    envelope = decodeWire(text);
  } catch {
    envelope = null;
  }
  // The bridge answers every call, failures included, with an envelope; anything else came
  // from something in between.
  if (!isEnvelope(envelope))
    throw new ApiError(
      'internal',
      `The Inkform server sent an unreadable answer (HTTP ${status}).`,
    );
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

/**
 * One HTTP call per method the contract lists, so a method added there reaches the page with
 * no change here. The cast is the contract's word for what the bridge answers; the bridge
 * answers with what `dispatch` got from the real implementation of the same interface.
 */
function createServiceClient(): ServiceApi {
  const client: Partial<Record<ServiceMethod, (arg?: unknown) => Promise<unknown>>> = {};
  for (const method of SERVICE_METHODS) client[method] = (arg?: unknown) => call(method, arg);
  return client as ServiceApi;
}

function isAppEvent(value: unknown): value is AppEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** One EventSource for all listeners, open only while someone listens. */
function createEventSubscriptions(): InkformApi['onEvent'] {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;

  const onMessage = (message: MessageEvent<string>) => {
    let event: unknown;
    try {
      event = decodeWire(message.data);
    } catch {
      return;
    }
    if (!isAppEvent(event)) return;
    for (const listener of [...listeners]) listener(event);
  };

  return (listener) => {
    listeners.add(listener);
    if (source === null) {
      // EventSource cannot send headers, hence the token in the query.
      source = new EventSource(`/api/events?token=${encodeURIComponent(readToken())}`);
      source.addEventListener('message', onMessage);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source !== null) {
        source.close();
        source = null;
      }
    };
  };
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Async, so that any failure, even a synchronous one, ends as a rejection and not a hang. */
const readBytes = async (file: File): Promise<Uint8Array> =>
  new Uint8Array(await file.arrayBuffer());

function openImage(): Promise<OpenedImage | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.hidden = true;
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      finish();
      const file = input.files?.[0];
      if (!file) {
        resolve(null);
        return;
      }
      // Refused before reading, so a huge file never has to fit in the tab's memory.
      if (file.size > LIMITS.maxImageBytes) {
        reject(
          new ApiError(
            'bad-input',
            `“${file.name}” is ${megabytes(file.size)}; Inkform reads images up to ${megabytes(LIMITS.maxImageBytes)}.`,
          ),
        );
        return;
      }
      readBytes(file).then(
        (bytes) => resolve({ name: file.name, bytes, path: null }),
        () => reject(new ApiError('bad-input', `“${file.name}” could not be read.`)),
      );
    });
    // Some browsers only open the picker for an input that is in the document.
    document.body.append(input);
    input.click();
  });
}

function saveText({ suggestedName, content }: SaveTextRequest) {
  return download(suggestedName, new Blob([content], { type: 'text/plain;charset=utf-8' }));
}

function saveBytes({ suggestedName, bytes }: SaveBytesRequest) {
  // Copied into a plain ArrayBuffer: a Blob part must not be a view of shared memory.
  return download(suggestedName, new Blob([bytes.slice()], { type: 'application/octet-stream' }));
}

async function download(suggestedName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DOWNLOAD_URL_MS);
  // A browser download gives no path and no word on whether the user kept it.
  return { saved: true, path: null };
}

async function writeClipboard({ text }: { readonly text: string }): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new ApiError(
      'internal',
      'The browser did not allow copying to the clipboard; select the text and copy it instead.',
    );
  }
}

function createPlatformClient(): PlatformApi {
  return {
    openImage,
    saveText,
    saveBytes,
    writeClipboard,
    listRecentFiles: async () => [],
    openRecentFile: async () => {
      throw new ApiError('not-found', 'Recent files are only kept by the desktop app.');
    },
  };
}

export function createBridgeClient(): InkformApi {
  return {
    ...createServiceClient(),
    ...createPlatformClient(),
    onEvent: createEventSubscriptions(),
  };
}
