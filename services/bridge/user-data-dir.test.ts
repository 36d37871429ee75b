import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from './user-data-dir.js';

describe('defaultUserDataDir', () => {
  it('is $INKFORM_USER_DATA when set', () => {
    expect(defaultUserDataDir({ INKFORM_USER_DATA: '/data/ink' }, 'linux', '/home/u')).toBe(
      '/data/ink',
    );
  });

  it("is the desktop app's folder on each platform", () => {
    expect(defaultUserDataDir({}, 'linux', '/home/u')).toBe(join('/home/u', '.config', 'Inkform'));
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/u')).toBe(
      join('/cfg', 'Inkform'),
    );
    expect(defaultUserDataDir({}, 'darwin', '/Users/u')).toBe(
      join('/Users/u', 'Library', 'Application Support', 'Inkform'),
    );
    expect(
      defaultUserDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u'),
    ).toBe(join('C:\\Users\\u\\AppData\\Roaming', 'Inkform'));
  });
});
