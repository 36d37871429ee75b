import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rasteriseStrokes } from '../recognition/imaging/rasterise-strokes.js';
import { defaultModelDir } from '../recognition/models.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from '../recognition/strokes/templates.js';
import { createAppServices, type AppServices } from './app-services.js';
import type { ImageResult } from './contract/app.js';
import { dispatch } from './dispatch.js';

const hasModel = existsSync(join(defaultModelDir(), 'inkform.json'));

let dir: string;
let services: AppServices;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inkform-layout-'));
  services = createAppServices({ userDataDir: dir, emit: () => undefined });
});

afterEach(async () => {
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
});

/** The formula written twice, one line above the other, photographed on its side. */
async function twoLinesOnTheirSide(): Promise<{
  bytes: Uint8Array;
  width: number;
  height: number;
}> {
  const drawing = composeFormula(FORALL_P_IMPLIES_Q, { seed: 7, height: 80 });
  const ink = rasteriseStrokes(drawing.strokes, { width: 5, margin: 30, size: 1200 });
  const line = sharp(Buffer.from(ink.data.map((v) => 255 - v)), {
    raw: { width: ink.width, height: ink.height, channels: 1 },
  });
  const one = await line.png().toBuffer();
  const page = await sharp({
    create: { width: ink.width, height: 2 * ink.height, channels: 3, background: '#ffffff' },
  })
    .composite([
      { input: one, left: 0, top: 0 },
      { input: one, left: 0, top: ink.height },
    ])
    .png()
    .toBuffer();
  const bytes = new Uint8Array(await sharp(page).rotate(90).png().toBuffer());
  return { bytes, width: ink.width, height: 2 * ink.height };
}

describe.runIf(hasModel)("a picture's turn, crop and line separators through the worker", () => {
  it('reads the picture as turned, cut and separated, in its own pixels', async () => {
    const { bytes, width, height } = await twoLinesOnTheirSide();
    const request = {
      bytes,
      name: 'side.png',
      adjustment: { angle: -90, crop: { x: 0, y: 0, width, height } },
      // Level with the join of the two lines.
      lineCuts: [{ x0: 0, y0: height / 2, x1: width, y1: height / 2 }],
    };
    const envelope = await dispatch(services, 'recognizeImage', request);
    if (!envelope.ok) throw new Error(envelope.error.message);
    // The envelope's type is the dispatcher's; the value is what recognizeImage answers.
    const result = envelope.value as ImageResult;
    expect({ width: result.width, height: result.height }).toEqual({ width, height });
    expect(result.lines.map((l) => l.text)).toEqual(['∀x(P(x)→Q(x))', '∀x(P(x)→Q(x))']);
    expect(result.lines[1].box.y).toBeGreaterThanOrEqual(height / 2);
  });
});
