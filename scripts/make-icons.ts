/**
 * Renders assets/icon.svg to assets/icon.png (1024×1024), the one icon electron-builder needs:
 * it derives the Windows .ico, the macOS .icns and the Linux sizes from it. Run after editing
 * the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const assets = join(import.meta.dirname, '..', 'assets');
const SIZE = 1024;

const svg = await readFile(join(assets, 'icon.svg'));
const info = await sharp(svg, { density: 72 })
  .resize(SIZE, SIZE)
  .png({ compressionLevel: 9 })
  .toFile(join(assets, 'icon.png'));
console.log(`assets/icon.png: ${info.width}×${info.height}, ${info.size} bytes`);
