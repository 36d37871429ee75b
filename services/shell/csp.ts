/**
 * The page's Content-Security-Policy. The app only ever shows its own bundled page, so
 * everything but that page's own files is refused; KaTeX sets inline styles, hence
 * 'unsafe-inline' for styles only.
 */

export interface CspOptions {
  /**
   * The Vite dev server injects an inline module script (React refresh) and talks to the page
   * over a WebSocket on its own origin; packaged builds get the strict policy.
   */
  readonly dev: boolean;
  /** `frame-ancestors` is ignored (with a console warning) when delivered by a meta tag. */
  readonly delivery: 'header' | 'meta';
}

export function contentSecurityPolicy({ dev, delivery }: CspOptions): string {
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', dev ? "'self' 'unsafe-inline'" : "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

type Headers = Record<string, string | string[]>;

/**
 * Response headers with our policy in place of any the response carried (the dev server's, a
 * file's none), matching the header name case-insensitively so no second policy survives.
 */
export function withContentSecurityPolicy(headers: Headers | undefined, policy: string): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {}))
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  result['Content-Security-Policy'] = [policy];
  return result;
}
