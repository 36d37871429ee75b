/**
 * Recognition's entry for the page's tests (`@recognition/testing`): stroke fixtures that the
 * page itself never runs, kept out of `index.ts` so that the page's bundle does not carry them.
 */
export { strokeLattices } from './strokes/stroke-lattice.js';
export { TEMPLATES } from './strokes/templates.js';
