import sharp from 'sharp';
import { expect, it } from 'vitest';
import { rasteriseStrokes } from './imaging/rasterise-strokes.js';
import { recognizeImage } from './recognize.js';
import { describeWithShippedModel } from './shipped-model-test-support.js';
import { composeFormula, FORALL_P_IMPLIES_Q } from './strokes/templates.js';
import { TILTED_LINES, tiltedTwoLinePhoto } from './writing/tilted-photo.js';

describeWithShippedModel('a picture read as the user turned and cropped it', () => {
  it('reads a formula photographed on its side once it is turned upright', async () => {
    const drawing = composeFormula(FORALL_P_IMPLIES_Q, { seed: 7, height: 80 });
    const ink = rasteriseStrokes(drawing.strokes, { width: 5, margin: 30, size: 1200 });
    // Written 200 px below the top of a wider sheet, then photographed on its side.
    const sheet = await sharp(Buffer.from(ink.data.map((v) => 255 - v)), {
      raw: { width: ink.width, height: ink.height, channels: 1 },
    })
      .extend({ top: 200, bottom: 0, left: 0, right: 0, background: '#ffffff' })
      .png()
      .toBuffer();
    const onItsSide = await sharp(sheet).rotate(90).png().toBuffer();

    const upright = await recognizeImage(onItsSide, {
      adjustment: { angle: -90, crop: { x: 0, y: 200, width: ink.width, height: ink.height } },
    });
    expect(upright.lines.map((l) => l.text)).toEqual(['∀x(P(x)→Q(x))']);
    // Boxes and size are the adjusted picture's: the crop's, the formula inside it.
    expect({ width: upright.width, height: upright.height }).toEqual({
      width: ink.width,
      height: ink.height,
    });
    const box = upright.lines[0].box;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(ink.height);
  });

  it('reads two touching lines apart along a separator drawn with their tilt', async () => {
    // Written a symbol height apart and turned 2.5°: ∀, x and ∃ are one piece of ink, and so are
    // a parenthesis of the first line and the P below it. The cut runs through the ∃'s top bar.
    const photo = await tiltedTwoLinePhoto({ tilt: 2.5, pitch: 1 });
    const slope = Math.tan((photo.tilt * Math.PI) / 180);
    const y = (x: number) => photo.between + slope * (x - photo.width / 2);
    const read = await recognizeImage(photo.png, {
      lineCuts: [{ x0: 100, y0: y(100), x1: 1300, y1: y(1300) }],
    });
    expect(read.lines.map((l) => l.text)).toEqual([...TILTED_LINES]);
  });
});
