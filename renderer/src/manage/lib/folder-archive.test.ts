import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { folderName, FolderTooLarge, packFolder, type PickedFile } from './folder-archive';

const file = (path: string, content: string | number): PickedFile => {
  const bytes =
    typeof content === 'number' ? new Uint8Array(content) : new TextEncoder().encode(content);
  return { path, size: bytes.length, bytes: () => Promise.resolve(bytes) };
};

describe('packFolder', () => {
  it('keeps every file under its relative path, so the import sees the class folders', async () => {
    const packed = await packFolder([
      file('mine/train/^A/1.png', 'big A'),
      file('mine/train/a/2.png', 'small a'),
      file('mine/notes.txt', 'junk is for the importer to count'),
    ]);
    expect(packed.name).toBe('mine');
    expect(packed.files).toBe(3);
    const back = unzipSync(packed.zip);
    expect(Object.keys(back).sort()).toEqual([
      'mine/notes.txt',
      'mine/train/^A/1.png',
      'mine/train/a/2.png',
    ]);
    expect(new TextDecoder().decode(back['mine/train/a/2.png'])).toBe('small a');
  });

  it('leaves out files too large to be samples, without reading them', async () => {
    let read = 0;
    const huge: PickedFile = {
      path: 'set/x/video.png',
      size: 100,
      bytes: () => {
        read += 1;
        return Promise.resolve(new Uint8Array(100));
      },
    };
    const packed = await packFolder([huge, file('set/x/1.png', 10)], {
      maxFileBytes: 50,
      maxTotalBytes: 1000,
    });
    expect(packed).toMatchObject({ files: 1, tooLarge: 1 });
    expect(read).toBe(0);
    expect(Object.keys(unzipSync(packed.zip))).toEqual(['set/x/1.png']);
  });

  it('refuses a folder over the import limit and an empty one, with a reason', async () => {
    const limits = { maxFileBytes: 50, maxTotalBytes: 60 };
    await expect(
      packFolder([file('s/a/1.png', 40), file('s/a/2.png', 40)], limits),
    ).rejects.toBeInstanceOf(FolderTooLarge);
    await expect(packFolder([])).rejects.toThrow('empty');
  });

  it('names the folder after the shared first segment', () => {
    expect(folderName([file('hand/a/1.png', 1)])).toBe('hand');
    expect(folderName([])).toBe('folder');
  });
});
