import { describe, expect, it } from 'vitest';
import { PROJECT_URL, aboutText } from './about.js';

describe('aboutText', () => {
  it('names the app, its version, the runtime and the project page', () => {
    const text = aboutText({
      appName: 'Inkform',
      version: '0.1.0',
      versions: { electron: '45.5.0', chrome: '142', node: '22.20.0' },
    });
    expect(text.message).toBe('Inkform 0.1.0');
    expect(text.detail).toContain('Electron 45.5.0');
    expect(text.detail).toContain(PROJECT_URL);
  });
});
