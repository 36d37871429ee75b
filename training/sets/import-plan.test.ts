import { describe, expect, it } from 'vitest';
import { planImport, safeSegments } from './import-plan.js';

describe('entry names', () => {
  it('accepts plain relative names', () => {
    expect(safeSegments('train/^A/1.png')).toEqual(['train', '^A', '1.png']);
    expect(safeSegments('∀/sample 1.png')).toEqual(['∀', 'sample 1.png']);
  });

  it.each([
    '../evil.png',
    'x/../../evil.png',
    './x/a.png',
    '/abs.png',
    'C:\\x.png',
    'C:/x.png',
    'x\\..\\evil.png',
    'x//a.png',
    'x/a.png\u0000.txt',
    'x/a\u001b.png',
    '',
  ])('refuses %j, which could point outside the tree', (name) => {
    expect(safeSegments(name)).toBeUndefined();
  });
});

describe('planning an import', () => {
  const plan = (names: string[], allowWrapper = true) =>
    planImport(names, { allowWrapper }).map((p) =>
      p.kind === 'sample' ? p.className : p.kind === 'skip' ? `skip: ${p.reason}` : 'folder',
    );

  it('reads classes from case-safe folder names, plain names, characters and variants', () => {
    expect(
      plan([
        '^A/1.png',
        'A/2.PNG',
        'a/3.jpg',
        '∀/4.jpeg',
        'alt:longrightarrow/5.webp',
        '%E2%88%A7/6.bmp',
      ]),
    ).toEqual(['A', 'A', 'a', 'forall', 'rightarrow', 'wedge']);
  });

  it('strips one wrapping folder and a train/test level, and nothing else', () => {
    expect(plan(['set/', 'set/train/x/1.png', 'set/test/y/2.png', 'set/z/3.png'])).toEqual([
      'folder',
      'x',
      'y',
      'z',
    ]);
    expect(plan(['train/x/1.png', 'train/y/2.png'])).toEqual(['x', 'y']);
    expect(plan(['set/x/1.png'], false)).toEqual(['skip: not in a class folder']);
    expect(plan(['x/1.png', 'set/y/2.png'])).toEqual(['x', 'skip: not in a class folder']);
  });

  it('says why everything else is skipped', () => {
    expect(
      plan(['x/notes.txt', 'x/.a.png', '__MACOSX/x/a.png', 'lambda/1.png', '1.png', '../x/1.png']),
    ).toEqual([
      'skip: not an image',
      'skip: hidden file',
      'skip: hidden file',
      'skip: unknown class "lambda"',
      'skip: not in a class folder',
      'skip: unsafe path',
    ]);
  });
});
