/** The two pages the bridge writes itself: the app page with its token, and the refusal. */

export const TOKEN_META_NAME = 'inkform-bridge-token';

/**
 * The token goes into the page rather than into script, because the policy allows no inline
 * script; the client reads the meta tag.
 */
export function withToken(indexHtml: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${escapeAttribute(token)}">`;
  const end = /<\/head>/i.exec(indexHtml);
  if (!end) return meta + indexHtml;
  return indexHtml.slice(0, end.index) + meta + indexHtml.slice(end.index);
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const NEEDS_TOKEN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inkform — use the printed address</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1d1d1f; }
  code { background: #f0f0f3; padding: 0.1rem 0.3rem; border-radius: 4px; }
  @media (prefers-color-scheme: dark) { body { background: #18181b; color: #e4e4e7; } code { background: #27272a; } }
</style>
</head>
<body>
<h1>Open Inkform with its full address</h1>
<p>This page only opens from the address that <code>npm run serve</code> printed in your
terminal, the one that ends in <code>?token=…</code>. Copy that whole address into the browser.</p>
<p>If the terminal is gone, start <code>npm run serve</code> again: it prints a new address.</p>
</body>
</html>
`;

export const NOT_FOUND_TEXT = 'Not found\n';
