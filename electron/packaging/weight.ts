/**
 * How heavy the packaged app is, against the budgets of issue #17: the script the first screen
 * loads before it can draw, and app.asar. Pure functions over a page and listings, so the rules
 * are tested without building; scripts/check-package.ts measures the real files.
 */

/** Bytes, the first screen's script: Vite's kB are 1,000 bytes. */
export const FIRST_SCREEN_SCRIPT_BUDGET = 600_000;
/** Bytes, app.asar: half the 86 MB (MiB) it weighed before the page and tfjs were trimmed. */
export const ASAR_BUDGET = 43 * 1024 * 1024;

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');

/**
 * The scripts a built page loads before it runs: its module entries and the chunks Vite marks
 * `modulepreload` (the entry's static imports). Chunks behind `import()` are left out: they are
 * fetched when first used. Paths as written in the page (`./assets/index-abc.js`).
 */
export function firstScreenScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = ATTRIBUTE('src').exec(tag)?.[1];
    if (src !== undefined && /\btype\s*=\s*["']module["']/i.test(tag)) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = ATTRIBUTE('href').exec(tag)?.[1];
    if (href !== undefined && /\brel\s*=\s*["']modulepreload["']/i.test(tag)) scripts.push(href);
  }
  return [...new Set(scripts)];
}

export interface Weight {
  /** Bytes of the first screen's scripts together. */
  readonly firstScreenScriptBytes: number;
  readonly asarFiles: number;
  /** Bytes of app.asar itself (files unpacked beside it not counted). */
  readonly asarBytes: number;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The two lines check:package prints. */
export function describeWeight(weight: Weight): string[] {
  return [
    `first screen: ${kB(weight.firstScreenScriptBytes)} of script (budget ${kB(FIRST_SCREEN_SCRIPT_BUDGET)})`,
    `app.asar:     ${weight.asarFiles} files, ${MB(weight.asarBytes)} (budget ${MB(ASAR_BUDGET)})`,
  ];
}

/** A problem for each budget exceeded. */
export function checkWeight(weight: Weight): string[] {
  const problems: string[] = [];
  if (weight.firstScreenScriptBytes > FIRST_SCREEN_SCRIPT_BUDGET)
    problems.push(
      `the first screen loads ${kB(weight.firstScreenScriptBytes)} of script, over its ${kB(FIRST_SCREEN_SCRIPT_BUDGET)} budget: load what it does not show with import()`,
    );
  if (weight.asarBytes > ASAR_BUDGET)
    problems.push(
      `app.asar weighs ${MB(weight.asarBytes)}, over its ${MB(ASAR_BUDGET)} budget: look for packages or files main does not load`,
    );
  return problems;
}
