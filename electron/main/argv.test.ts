import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imagePathFromArgv } from './argv.js';

describe('imagePathFromArgv', () => {
  it('finds an image among launch arguments, resolved against the working folder', () => {
    expect(imagePathFromArgv(['/opt/Inkform/inkform', 'scan.JPG'], '/home/u')).toBe(
      resolve('/home/u', 'scan.JPG'),
    );
    expect(imagePathFromArgv(['electron', '.', '--flag', '/p/a.png', '/p/b.webp'], '/')).toBe(
      resolve('/p/b.webp'),
    );
  });

  it('ignores flags and other files', () => {
    expect(imagePathFromArgv(['inkform', '--inspect=9229', 'notes.txt', '-x.png'], '/')).toBeNull();
    expect(imagePathFromArgv(['inkform'], '/')).toBeNull();
  });
});
