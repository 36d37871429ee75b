import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp.js';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('allows only the app itself, with inline styles for KaTeX', () => {
    const csp = directives(contentSecurityPolicy({ dev: false, delivery: 'header' }));
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows eval or remote hosts', () => {
    for (const dev of [false, true]) {
      const policy = contentSecurityPolicy({ dev, delivery: 'header' });
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/https?:|\*/);
    }
  });

  it('relaxes only script-src for the dev server', () => {
    const strict = directives(contentSecurityPolicy({ dev: false, delivery: 'header' }));
    const dev = directives(contentSecurityPolicy({ dev: true, delivery: 'header' }));
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    for (const [name, value] of strict)
      if (name !== 'script-src') expect(dev.get(name)).toBe(value);
  });

  it('leaves frame-ancestors out of the meta-tag form, where browsers ignore it', () => {
    const meta = directives(contentSecurityPolicy({ dev: false, delivery: 'meta' }));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('script-src')).toBe("'self'");
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any policy the response carried, whatever its case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });

  it('adds the policy to a response without headers (file:)', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });
});
