import { resolve } from 'node:path';

/**
 * The import aliases through which the page reaches the layers below it, each to the layer's one
 * entry file, so that a page import says which layer it uses. Declared here once for every
 * bundler that builds the page (electron-vite, `npm run serve`'s build, vitest);
 * tsconfig.web.json's `paths` must say the same (scripts/layer-rule.test.ts checks it).
 */
export const PAGE_ALIASES = {
  '@services/contract': 'services/contract/index.ts',
  '@services/logic/testing': 'services/logic/testing.ts',
  '@services/logic': 'services/logic/index.ts',
  '@recognition/testing': 'recognition/testing.ts',
  '@recognition': 'recognition/index.ts',
} as const;

export type PageAlias = keyof typeof PAGE_ALIASES;

/**
 * Vite's `resolve.alias` for the project at `root`: exact matches only, so `@recognition` does
 * not swallow `@recognition/testing`.
 */
export function pageAliases(root: string): { find: RegExp; replacement: string }[] {
  return Object.entries(PAGE_ALIASES).map(([alias, file]) => ({
    find: new RegExp(`^${alias.replace(/[/@]/g, '\\$&')}$`),
    replacement: resolve(root, file),
  }));
}
