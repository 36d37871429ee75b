import { vi } from 'vitest';

/** jsdom has no object URLs: every one made is `url`, and revoking one does nothing. */
export function stubObjectUrls(url: string) {
  const createObjectURL = vi.fn<(blob: Blob) => string>(() => url);
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  return createObjectURL;
}

export interface Downloads {
  /** The links clicked to download, in order. */
  readonly clicked: readonly HTMLAnchorElement[];
  /** What each download was made from, in order. */
  blobs(): Blob[];
}

/**
 * Stands in for a browser download: the object URL is `url`, and the link the page clicks is
 * kept instead of followed (jsdom cannot navigate), to see its file name and what it holds.
 */
export function captureDownloads(url: string): Downloads {
  const createObjectURL = stubObjectUrls(url);
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });
  return { clicked, blobs: () => createObjectURL.mock.calls.map(([blob]) => blob) };
}
