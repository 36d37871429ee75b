/** Every response the bridge writes goes through here, so none leaves without its headers. */
import type { ServerResponse } from 'node:http';
import type { Envelope, ErrorCode } from '../contract/app.js';
import { encodeWire } from '../contract/wire.js';
import { SECURITY_HEADERS } from './security.js';

export type Headers = Readonly<Record<string, string>>;

export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Uint8Array,
  headers: Headers = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

export function sendEnvelope(
  res: ServerResponse,
  status: number,
  envelope: Envelope<unknown>,
  headers: Headers = {},
): void {
  send(res, status, 'application/json; charset=utf-8', encodeWire(envelope), {
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** API failures are envelopes too, so the page shows one kind of message whatever went wrong. */
export function sendApiError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Headers = {},
): void {
  sendEnvelope(res, status, { ok: false, error: { code, message } }, headers);
}
