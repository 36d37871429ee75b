/**
 * Saving a file the back end made (a model archive). The platform's `saveBytes` shows a save
 * dialog on the desktop and downloads in the browser; a platform object from before that method
 * existed falls back to a download made here, so Export works with either.
 */
import type { SaveBytesRequest, SaveTextResult } from '@services/contract';

interface MaybeSaveBytes {
  readonly saveBytes?: (request: SaveBytesRequest) => Promise<SaveTextResult>;
}

/** Long enough for the browser to start reading the blob before its address is revoked. */
const REVOKE_MS = 60_000;

function download(name: string, bytes: Uint8Array): SaveTextResult {
  const copy = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_MS);
  return { saved: true, path: null };
}

export async function saveBytes(
  api: MaybeSaveBytes,
  suggestedName: string,
  bytes: Uint8Array,
): Promise<SaveTextResult> {
  if (typeof api.saveBytes === 'function') return api.saveBytes({ suggestedName, bytes });
  return download(suggestedName, bytes);
}
