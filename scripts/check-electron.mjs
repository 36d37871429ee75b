// `npm start` needs Electron's binary, which electron's own install script downloads during
// `npm install`. Say plainly what to do when it is missing instead of Electron's stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;

if (binary === null || !existsSync(binary)) {
  console.error(
    [
      "Electron's binary is not installed, so the desktop app cannot start.",
      'It is downloaded when npm installs the "electron" package; the download was skipped',
      '(ELECTRON_SKIP_BINARY_DOWNLOAD, or install scripts blocked) or failed.',
      'Fix: node node_modules/electron/install.js',
      'Or run the same app in a browser: npm run serve',
    ].join('\n'),
  );
  process.exit(1);
}
