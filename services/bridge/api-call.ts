/** `POST /api/<method>`: one typed API call over HTTP, checked at every step before it runs. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SERVICE_METHODS, type ServiceApi } from '../contract/app.js';
import { dispatch } from '../dispatch.js';
import { decodeWire } from '../contract/wire.js';
import { sendApiError, sendEnvelope } from './respond.js';
import { bearerToken, tokensEqual } from './security.js';

export interface ApiCallContext {
  readonly services: ServiceApi;
  readonly token: string;
  readonly maxBodyBytes: number;
}

const isServiceMethod = (method: string): boolean =>
  (SERVICE_METHODS as readonly string[]).includes(method);

const TOO_LARGE = 'The request is too large for Inkform to accept.';

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  context: ApiCallContext,
): Promise<void> {
  if (req.method !== 'POST') {
    sendApiError(res, 405, 'bad-input', `API calls are POST requests`, { Allow: 'POST' });
    return;
  }
  if (!tokensEqual(bearerToken(req.headers.authorization), context.token)) {
    sendApiError(
      res,
      401,
      'bad-input',
      'This page is no longer connected to Inkform: open the address that `npm run serve` printed.',
    );
    return;
  }
  // Platform methods (dialogs, clipboard) are the page's own business in a browser.
  if (!isServiceMethod(method)) {
    sendApiError(res, 404, 'not-found', `"${method}" is not an Inkform API method`);
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > context.maxBodyBytes) {
    refuseTooLarge(req, res);
    return;
  }
  const body = await readBody(req, context.maxBodyBytes);
  if (body === null) {
    refuseTooLarge(req, res);
    return;
  }
  let arg: unknown;
  try {
    arg = requestArgument(decodeWire(body.toString('utf8')));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    sendApiError(res, 400, 'bad-input', `The request could not be read: ${why}`);
    return;
  }
  sendEnvelope(res, 200, await dispatch(context.services, method, arg));
}

function requestArgument(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('the body must be a JSON object {"arg": …}');
  return (body as { arg?: unknown }).arg;
}

/** The rest of an oversized upload is not worth reading: answer, then drop the connection. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.on('finish', () => req.destroy());
  sendApiError(res, 413, 'bad-input', TOO_LARGE, { Connection: 'close' });
}

/** The whole body, or null as soon as it exceeds `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks, size));
      settled = true;
    });
    req.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
  });
}
