import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLayout, bundledModelDir, userDataDirIn } from './paths.js';

describe('paths', () => {
  it('finds the preload and the page beside out/main', () => {
    const layout = buildLayout(join('/app', 'out', 'main'));
    expect(layout.preload).toBe(join('/app', 'out', 'preload', 'index.cjs'));
    expect(layout.rendererDir).toBe(join('/app', 'out', 'renderer'));
    expect(layout.rendererIndex).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/);
  });

  it('puts the default model in resources when packaged, in the project otherwise', () => {
    const where = { resourcesPath: '/opt/Inkform/resources', appPath: '/src/inkform' };
    expect(bundledModelDir({ ...where, isPackaged: true })).toBe(
      join('/opt/Inkform/resources', 'models', 'default'),
    );
    expect(bundledModelDir({ ...where, isPackaged: false })).toBe(
      join('/src/inkform', 'models', 'default'),
    );
  });

  it('keeps user data in a folder named after the product', () => {
    expect(userDataDirIn('/home/u/.config')).toBe(join('/home/u/.config', 'Inkform'));
  });
});
