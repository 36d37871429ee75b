/**
 * Recognition's public entry for the page (`@recognition`): the symbol table and the few pure,
 * browser-safe helpers the page runs itself. The page imports recognition only from here (the
 * layer rule in eslint.config.js), so what it depends on is this list; nothing here may need
 * Node or TensorFlow, because the page bundles it.
 */
export * from './symbols.js';
export * from './imaging/adjust-image.js';
export * from './imaging/gray-image.js';
export * from './imaging/image-problems.js';
export * from './imaging/normalise.js';
export * from './imaging/rasterise-strokes.js';
export * from './segmentation/line-cuts.js';
export type * from './formula/ast.js';
export * from './formula/problem-exports.js';
export { parseUnicodeLine } from './formula/text-formats.js';
