/**
 * What keeps the bridge a private line between one browser tab and this machine's back end:
 * a loopback-only listener, a secret token, a Host check against DNS rebinding, and headers
 * that stop the page being framed, sniffed or leaking its URL.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { contentSecurityPolicy } from '../shell/csp.js';

/** The only address the bridge listens on: reachable from this machine and no other. */
export const LOOPBACK_HOST = '127.0.0.1';

/** 32 random bytes, URL-safe, so it can sit in a query string and a meta tag unescaped. */
export const newToken = (): string => randomBytes(32).toString('base64url');

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,256}$/;

export function checkToken(token: string): string {
  if (!TOKEN_SHAPE.test(token))
    throw new Error('the bridge token must be 16–256 characters of A–Z, a–z, 0–9, _ or -');
  return token;
}

/**
 * Compares digests rather than the tokens themselves, so neither the content nor the length
 * of the real token shows in how long a wrong guess takes.
 */
export function tokensEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match ? match[1] : null;
}

/**
 * A page on another site can resolve its own name to 127.0.0.1 (DNS rebinding) and so reach
 * us as "same origin"; the Host it sends is still its own name, which this refuses.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const value = host.toLowerCase();
  return value === `${LOOPBACK_HOST}:${port}` || value === `localhost:${port}`;
}

/** The desktop app's policy, by header, so `frame-ancestors` applies too. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ dev: false, delivery: 'header' });

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
